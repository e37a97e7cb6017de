import type { TokenSource } from "./auth";
import { asBody, readErrorBody, ZpaApiError, ZpaError, ZpaNetworkError, ZpaTimeoutError, type ZpaErrorContext } from "./errors";
import type { RateLimiter } from "./rate-limiter";
import { secretsInBody, type Redactor } from "./redact";
import { backoffMs, IDEMPOTENT, parseRetryAfter, RETRYABLE_5XX, sleep, type RetryOptions } from "./retry";

/** The `fetch` the client calls: the standard signature (pass one with your own agent or proxy). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * One logical call as the client sees it, handed through openapi-fetch to the transport. When the
 * caller will read the body, the transport leaves the attempt's deadline running and stores `end`
 * here, so the timeout covers the body read too; the caller must then call `end()` once done.
 */
export interface ZpaCall {
  operation?: string;
  /** This call's own per-attempt timeout, when it gave one (else the client's applies). */
  timeoutMs?: number;
  /** Set by the caller: keep the deadline running after the headers (the caller reads the body). */
  hold?: boolean;
  /** Set by the transport when it kept a deadline running: stops it. */
  end?: () => void;
  /** Set by the transport when the deadline of the answered attempt fired during the body read. */
  timeout?: ZpaTimeoutError;
  /** Set by the transport: the request that got the answer and its status (for an error about its body). */
  answered?: ZpaRequest;
  status?: number;
}

/**
 * The request object openapi-fetch builds for us (its `Request` option). A plain record instead of a
 * `Request`: the body stays a string, so a retry can resend it without cloning a stream, and the
 * request is turned into a real `Request` only once, by `fetch` itself.
 */
export class ZpaRequest {
  declare readonly url: string;
  declare readonly method: string;
  /** Lower-case names; a plain record because `fetch` takes one faster than a `Headers`. */
  declare readonly headers: Record<string, string>;
  declare readonly body: BodyInit | null | undefined;
  declare readonly signal: AbortSignal | null | undefined;
  declare readonly call: ZpaCall | undefined;
  /** Masks this request's own body secrets besides the client's; made on first need (see {@link about}). */
  declare redactor?: Redactor;

  constructor(url: string | URL, init: RequestInit & { zpa?: ZpaCall } = {}) {
    this.url = String(url);
    this.method = (init.method ?? "GET").toUpperCase();
    const headers: Record<string, string> = (this.headers = {});
    const given = init.headers;
    (given instanceof Headers ? given : new Headers(given)).forEach((value, name) => (headers[name] = value));
    this.body = init.body;
    this.signal = init.signal;
    this.call = init.zpa;
  }
}

/** What the transport composes; see `createZpaClient` for the user-facing options. */
export interface TransportOptions {
  fetch: FetchLike;
  timeoutMs: number;
  /** `retry: false` comes here as one attempt. */
  retry: Required<RetryOptions>;
  limiter?: RateLimiter;
  redactor: Redactor;
  log?: (line: string) => void;
}

/** Sends one logical call: rate limit, bearer token, timeout, retries, and one token refresh on 401. */
export type Transport = (request: ZpaRequest, tokens?: TokenSource) => Promise<Response>;

// Failures that happen before any byte reaches the server, so even a POST may be sent again.
const NOT_SENT = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN)$/;

// Failed responses remember their request so `unwrap` can name the operation in the error.
const failed = new WeakMap<Response, ZpaRequest>();

/**
 * What an error about a request may say: its operation, method and path+query with secrets masked,
 * and a redactor that masks the client's secrets plus those of this request's body.
 */
export const about = (request: ZpaRequest, base: Redactor): [ZpaErrorContext, Redactor] => {
  const masks = (request.redactor ??= base.with(secretsInBody(request.body)));
  return [{ operation: request.call?.operation, method: request.method, path: masks.redact(request.url.replace(/^\w+:\/\/[^/]+/, "")) }, masks];
};

/**
 * The error for a failed response from its already-parsed body, naming the request it answered when
 * it came through a transport; every string passes the redactor.
 */
export const apiError = (response: Response, body: unknown, base: Redactor, extra?: { retryAfterMs?: number; note?: string }): ZpaApiError => {
  const request = failed.get(response);
  const [where, masks] = request ? about(request, base) : [{}, base];
  const { headers } = response;
  const requestId = headers.get("x-request-id") ?? headers.get("x-zscaler-request-id");
  // `where.path` is already redacted.
  return new ZpaApiError(response.status, asBody(body, masks), {
    ...where,
    requestId: requestId ? masks.redact(requestId) : undefined,
    retryAfterMs: extra?.retryAfterMs ?? parseRetryAfter(headers.get("retry-after")),
    note: extra?.note,
  });
};

const errorCode = (error: any): string | undefined => error?.cause?.code ?? error?.code ?? error?.cause?.errors?.[0]?.code;

const noop = () => {};

/**
 * Attempts started close together share one AbortController: a fresh signal costs `fetch` (undici)
 * more than the rest of the client per request. A batch takes up to 8 attempts (undici slows down
 * from a signal's tenth listener on) started within a tenth of the timeout (at most 1 s). Its one
 * timer fires that long after the timeout of its first attempt, when every attempt in it is past its
 * own deadline, and aborts the batch if any of them is still running. An attempt with the caller's
 * own signal, or whose body the caller takes as a stream, gets a batch of its own. So a timeout
 * fires, and its socket closes, up to a tenth of the timeout late.
 */
interface Batch {
  controller: AbortController;
  /** Attempts still running, each with what turns it into a timeout. */
  live: Set<() => void>;
  size: number;
  until: number;
}

/** Builds the transport; the returned function is what openapi-fetch calls as its `fetch`. */
export function createTransport(options: TransportOptions): Transport {
  const { fetch, timeoutMs, retry, limiter, redactor, log } = options;
  const window = Math.min(1000, timeoutMs / 10);
  let shared: Batch | undefined;
  let checked: string | undefined;

  const context = (request: ZpaRequest) => about(request, redactor)[0];
  const note = (request: ZpaRequest, text: string) => log?.(`zpa: ${request.method} ${context(request).path} ${text}`);

  // Only attempts on the client's own timeout share a batch; a call's own `timeoutMs` gets its own.
  const batch = (own: boolean, ms: number): Batch => {
    const now = Date.now();
    if (!own && shared && shared.size < 8 && now < shared.until) return shared.size++, shared;
    const b: Batch = { controller: new AbortController(), live: new Set(), size: 1, until: now + window };
    if (!own) shared = b;
    // The option checks keep a timeout below 2^31 ms, what a timer can wait.
    if (ms > 0) {
      setTimeout(() => {
        for (const expire of b.live) expire();
        if (b.live.size) b.controller.abort(new ZpaTimeoutError(ms, {}));
      }, ms + (own ? 0 : window)).unref?.();
    }
    return b;
  };

  // One try. Resolves to the response and `end`, which marks the attempt done (after the body has
  // been read when the caller holds it) and detaches from the caller's signal.
  const attempt = (request: ZpaRequest): Promise<[Response, () => void]> => {
    const { signal: outer, call } = request;
    let timedOut: ZpaTimeoutError | undefined;
    let end = noop;
    let signal: AbortSignal | undefined;
    const ms = call?.timeoutMs ?? timeoutMs;
    if (ms > 0 || outer) {
      const b = batch(!!outer || !call?.hold || ms !== timeoutMs, ms);
      const follow = () => b.controller.abort(outer!.reason);
      const expire = () => {
        timedOut = new ZpaTimeoutError(ms, context(request));
        if (call) call.timeout = timedOut;
      };
      signal = b.controller.signal;
      b.live.add(expire);
      end = () => {
        b.live.delete(expire);
        outer?.removeEventListener("abort", follow);
      };
      if (outer?.aborted) follow();
      else outer?.addEventListener("abort", follow);
    }
    // Only what differs from fetch's defaults: each extra field costs fetch (undici) time to check.
    const init: RequestInit = { headers: request.headers };
    if (request.method !== "GET") init.method = request.method;
    if (request.body != null) init.body = request.body;
    if (signal) init.signal = signal;
    return fetch(request.url, init).then(
      (response) => [response, end],
      (error) => {
        end();
        if (timedOut) throw timedOut;
        if (outer?.aborted) throw outer.reason;
        const detail = error?.cause?.message ?? error?.message ?? error;
        const [where, masks] = about(request, redactor);
        throw new ZpaNetworkError(errorCode(error), masks.redact(String(detail)), where);
      },
    );
  };

  return async (request, tokens) => {
    const { method, call } = request;
    const started = log ? Date.now() : 0;
    const done = (response: Response, end: () => void, n: number) => {
      if (log) note(request, `→ ${response.status} in ${Date.now() - started} ms (attempt ${n})`);
      // The caller that reads the body keeps the deadline running until it has (see ZpaCall).
      // An earlier attempt's timeout is not this one's.
      if (call) (call.answered = request), (call.status = response.status);
      if (call?.hold) (call.end = end), (call.timeout = undefined);
      else end();
      return response;
    };
    let waited = 0;
    let refreshed = false;
    for (let n = 1; ; n++) {
      if (limiter) await limiter.acquire(method, request.signal);
      let token: string | undefined;
      if (tokens) {
        const got = tokens.get();
        token = typeof got === "string" ? got : await got;
        // fetch's own error about a bad header value would quote the token.
        if (token !== checked) {
          if (!/^[\x21-\x7e]+$/.test(token)) throw new ZpaError("the bearer token is not a valid header value", context(request));
          checked = token;
        }
        request.headers.authorization = `Bearer ${token}`;
      }
      let response: Response | undefined;
      let end = noop;
      let delay = 0;
      let why: string;
      try {
        [response, end] = await attempt(request);
      } catch (error) {
        if (!(error instanceof ZpaNetworkError || error instanceof ZpaTimeoutError) || !(IDEMPOTENT.has(method) || NOT_SENT.test(errorCode(error) ?? "")) || n >= retry.maxAttempts) throw error;
        delay = backoffMs(n, retry);
        if (waited + delay > retry.maxTotalWaitMs) throw error;
        why = `failed (${error.name}); retrying in ${delay} ms`;
      }
      const status = response?.status;
      if (!response) {
        // A network failure or timeout to retry (above).
      } else if (status! < 400) return done(response, end, n);
      else if (status === 401 && tokens && !refreshed) {
        // An expired or revoked token: fetch a new one once and repeat, without counting an attempt.
        refreshed = true;
        tokens.invalidate(token!);
        delay = 0;
        why = "→ 401; refreshing the token";
        n--;
      } else {
        const header = response.headers.get("retry-after");
        const asked = parseRetryAfter(header);
        const left = retry.maxTotalWaitMs - waited;
        failed.set(response, request);
        if (n >= retry.maxAttempts || !(status === 429 || (IDEMPOTENT.has(method) && RETRYABLE_5XX.has(status!)))) return done(response, end, n);
        if (asked! > left) {
          const body = await readErrorBody(response);
          end();
          throw apiError(response, body, redactor, { retryAfterMs: asked, note: `retry-after ${header} exceeds the ${left} ms left of retry.maxTotalWaitMs` });
        }
        delay = asked ?? backoffMs(n, retry);
        if (delay > left) return done(response, end, n);
        why = `→ ${status}; retrying in ${delay} ms`;
      }
      await response?.arrayBuffer().catch(noop);
      end();
      note(request, why!);
      if (delay) await sleep(delay, request.signal);
      waited += delay;
    }
  };
}
