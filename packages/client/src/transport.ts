import type { TokenSource } from "./auth";
import { asBody, readErrorBody, ZpaApiError, ZpaError, ZpaNetworkError, ZpaTimeoutError, type ZpaErrorContext } from "./errors";
import type { RateLimiter } from "./rate-limiter";
import { secretsInBody, type Redactor } from "./redact";
import { backoffMs, IDEMPOTENT, parseRetryAfter, RETRYABLE_5XX, sleep, type RetryOptions } from "./retry";

/** The `fetch` the client calls: the standard signature (pass one with your own agent or proxy). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * One logical call as the client sees it, handed through openapi-fetch to the transport. When the
 * caller will read the body, the transport leaves the answered attempt's deadline running, so the
 * timeout covers the body read too; the caller must then call `end()` once done.
 */
export interface ZpaCall {
  operation?: string;
  /** This call's own per-attempt timeout, when it gave one (else the client's applies). */
  timeoutMs?: number;
  /** Set by the caller: keep the deadline running after the headers (the caller reads the body). */
  hold?: boolean;
  /** Set by the transport for each attempt: stops its deadline (calling it again does nothing). */
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
  declare readonly call: ZpaCall;
  /** Masks this request's own body secrets besides the client's; made on first need (see {@link about}). */
  declare redactor?: Redactor;

  // Only openapi-fetch (which passes the URL as a string, the method upper-cased, the headers as a
  // `Headers` and our wrapper's `zpa`) and the token requests build one.
  constructor(url: string, init: RequestInit & { method: string; headers: Headers; zpa: ZpaCall }) {
    this.url = url;
    this.method = init.method;
    // A `Headers` iterates as [lower-case name, value] pairs (the DOM lib types here lack that).
    this.headers = Object.fromEntries(init.headers as unknown as Iterable<[string, string]>);
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
const NOT_SENT = ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"];

// Failed responses remember their request so `unwrap` can name the operation in the error.
const failed = new WeakMap<Response, ZpaRequest>();

/** A redactor that masks the client's secrets plus those of this request's body. */
const masksFor = (request: ZpaRequest, base: Redactor): Redactor => (request.redactor ??= base.with(secretsInBody(request.body)));

/** What an error about a request may say: its operation, method and path+query with secrets masked. */
export const about = (request: ZpaRequest, base: Redactor): ZpaErrorContext => ({
  operation: request.call.operation,
  method: request.method,
  path: masksFor(request, base).redact(request.url.replace(/^\w+:\/\/[^/]+/, "")),
});

/**
 * The error for a failed response from its already-parsed body, naming the request it answered when
 * it came through a transport; every string passes the redactor.
 */
export const apiError = (response: Response, body: unknown, base: Redactor, note?: string): ZpaApiError => {
  const request = failed.get(response);
  const masks = request ? masksFor(request, base) : base;
  const { headers } = response;
  const requestId = headers.get("x-request-id") ?? headers.get("x-zscaler-request-id");
  // The path in `about` is already redacted.
  return new ZpaApiError(response.status, asBody(body, masks), {
    ...(request && about(request, base)),
    requestId: requestId ? masks.redact(requestId) : undefined,
    retryAfterMs: parseRetryAfter(headers.get("retry-after")),
    note,
  });
};

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

  const context = (request: ZpaRequest) => about(request, redactor);
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
        // Each attempt still running now holds its own timeout error, which is what its caller
        // sees; the abort's own reason never surfaces.
        if (b.live.size) b.controller.abort();
      }, ms + (own ? 0 : window)).unref?.();
    }
    return b;
  };

  // One try. Leaves `call.end`, which marks the attempt done (after the body has been read when the
  // caller holds it) and detaches from the caller's signal.
  const attempt = (request: ZpaRequest): Promise<Response> => {
    const { signal: outer, call } = request;
    // Only what differs from fetch's defaults: each extra field costs fetch (undici) time to check.
    const init: RequestInit = { headers: request.headers };
    if (request.method !== "GET") init.method = request.method;
    if (request.body != null) init.body = request.body;
    let end = noop;
    const ms = call.timeoutMs ?? timeoutMs;
    if (ms > 0 || outer) {
      const b = batch(!!outer || !call.hold || ms !== timeoutMs, ms);
      const follow = () => b.controller.abort(outer!.reason);
      const expire = () => (call.timeout = new ZpaTimeoutError(ms, context(request)));
      init.signal = b.controller.signal;
      b.live.add(expire);
      end = () => {
        b.live.delete(expire);
        outer?.removeEventListener("abort", follow);
      };
      if (outer?.aborted) follow();
      else outer?.addEventListener("abort", follow);
    }
    call.end = end;
    // An earlier attempt's timeout is not this one's.
    call.timeout = undefined;
    return fetch(request.url, init).catch((error) => {
      end();
      if (call.timeout) throw call.timeout;
      if (outer?.aborted) throw outer.reason;
      const detail = error?.cause?.message ?? error?.message ?? error;
      const code = error?.cause?.code ?? error?.code ?? error?.cause?.errors?.[0]?.code;
      throw new ZpaNetworkError(code, masksFor(request, redactor).redact(String(detail)), context(request));
    });
  };

  return async (request, tokens) => {
    const { method, call } = request;
    const started = log ? Date.now() : 0;
    const done = (response: Response, n: number) => {
      if (log) note(request, `→ ${response.status} in ${Date.now() - started} ms (attempt ${n})`);
      // The caller that reads the body keeps the deadline running until it has (see ZpaCall).
      call.answered = request;
      call.status = response.status;
      if (!call.hold) call.end!();
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
      let delay = 0;
      let why: string;
      const left = retry.maxTotalWaitMs - waited;
      try {
        response = await attempt(request);
      } catch (error) {
        if (!(error instanceof ZpaNetworkError || error instanceof ZpaTimeoutError) || !(IDEMPOTENT.includes(method) || NOT_SENT.includes((error as ZpaNetworkError).code!)) || n >= retry.maxAttempts) throw error;
        delay = backoffMs(n, retry);
        if (delay > left) throw error;
        why = `failed (${error.name}); retrying in ${delay} ms`;
      }
      // A network failure or timeout to retry (above) leaves no response.
      if (response) {
        const { status } = response;
        if (status < 400) return done(response, n);
        if (status === 401 && tokens && !refreshed) {
          // An expired or revoked token: fetch a new one once and repeat, without counting an attempt.
          refreshed = true;
          tokens.invalidate(token!);
          why = `→ ${status}; refreshing the token`;
          n--;
        } else {
          const header = response.headers.get("retry-after");
          const asked = parseRetryAfter(header);
          failed.set(response, request);
          if (n >= retry.maxAttempts || !(status === 429 || (IDEMPOTENT.includes(method) && RETRYABLE_5XX.includes(status)))) return done(response, n);
          if (asked! > left) {
            const body = await readErrorBody(response);
            call.end!();
            throw apiError(response, body, redactor, `retry-after ${header} exceeds the ${left} ms left of retry.maxTotalWaitMs`);
          }
          delay = asked ?? backoffMs(n, retry);
          if (delay > left) return done(response, n);
          why = `→ ${status}; retrying in ${delay} ms`;
        }
        await response.arrayBuffer().catch(noop);
      }
      call.end!();
      note(request, why!);
      if (delay) await sleep(delay, request.signal);
      waited += delay;
    }
  };
}
