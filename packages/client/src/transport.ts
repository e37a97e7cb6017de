import type { TokenSource } from "./auth";
import { apiErrorFrom, readErrorBody, ZpaError, ZpaNetworkError, ZpaTimeoutError, type ZpaErrorContext } from "./errors";
import type { RateLimiter } from "./rate-limiter";
import { secretsInBody, type Redactor } from "./redact";
import { backoffMs, IDEMPOTENT, parseRetryAfter, RETRYABLE_5XX, sleep, type RetryOptions } from "./retry";

/** The `fetch` the client calls: the standard signature (pass one with your own agent or proxy). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

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
  /** The operationId, when known; used in errors and logs. */
  declare readonly operation: string | undefined;

  constructor(url: string | URL, init: RequestInit & { zpaOperation?: string } = {}) {
    this.url = String(url);
    this.method = (init.method ?? "GET").toUpperCase();
    const headers: Record<string, string> = {};
    const given = init.headers;
    if (given instanceof Headers) given.forEach((value, name) => (headers[name] = value));
    else for (const [name, value] of Object.entries(given ?? {})) headers[name.toLowerCase()] = String(value);
    this.headers = headers;
    this.body = init.body;
    this.signal = init.signal;
    this.operation = init.zpaOperation;
  }
}

/** What the transport composes; see `createZpaClient` for the user-facing options. */
export interface TransportOptions {
  fetch: FetchLike;
  timeoutMs: number;
  retry: Required<RetryOptions> | false;
  limiter?: RateLimiter;
  redactor: Redactor;
  log?: (line: string) => void;
}

interface Deadline {
  at: number;
  expire(): void;
}

/** Sends one logical call: rate limit, bearer token, timeout, retries, and one token refresh on 401. */
export type Transport = (request: ZpaRequest, tokens?: TokenSource) => Promise<Response>;

// Failures that happen before any byte reaches the server, so even a POST may be sent again.
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

// Failed responses remember their request so `unwrap` can name the operation in the error.
const failed = new WeakMap<Response, ZpaRequest>();

/** The request a failed response answered, if it came through a transport. */
export const failedRequest = (response: Response): ZpaRequest | undefined => failed.get(response);

/** Operation, method and redacted path+query of a request, for errors and logs. */
export function describeRequest(request: ZpaRequest, redactor: Redactor): ZpaErrorContext {
  return { operation: request.operation, method: request.method, path: redactor.redact(request.url.replace(/^\w+:\/\/[^/]+/, "")) };
}

function errorCode(error: any): string | undefined {
  return error?.cause?.code ?? error?.code ?? error?.cause?.errors?.[0]?.code;
}

/** Builds the transport; the returned function is what openapi-fetch calls as its `fetch`. */
export function createTransport(options: TransportOptions): Transport {
  const { fetch, timeoutMs, retry, limiter, redactor, log } = options;

  const context = (request: ZpaRequest) => describeRequest(request, redactor);
  const note = (request: ZpaRequest, text: string) => log?.(`zpa: ${request.method} ${context(request).path} ${text}`);

  // Deadlines of attempts in flight, checked by one shared timer rather than a timer per request
  // (cheaper on the hot path); a timeout fires up to a tenth of itself late.
  const deadlines = new Set<Deadline>();
  let sweeper: ReturnType<typeof setInterval> | undefined;
  const sweep = () => {
    const now = Date.now();
    for (const d of deadlines) if (d.at <= now) deadlines.delete(d), d.expire();
    if (!deadlines.size) sweeper = void clearInterval(sweeper);
  };
  const watch = (d: Deadline) => {
    deadlines.add(d);
    if (!sweeper) (sweeper = setInterval(sweep, Math.min(1000, Math.max(5, timeoutMs / 10)))).unref?.();
  };

  const failure = (request: ZpaRequest, error: unknown) => {
    if (request.signal?.aborted) return request.signal.reason;
    const detail = (error as any)?.cause?.message ?? (error as Error)?.message ?? String(error);
    return new ZpaNetworkError(errorCode(error), redactor.redact(String(detail)), context(request));
  };

  // One try. The timeout races the response instead of aborting it through a signal of our own:
  // a signal costs more than the rest of the client per request. A timed-out request is therefore
  // abandoned (its response, should it come, is discarded); with a caller's signal it is aborted.
  const attempt = (request: ZpaRequest): Promise<Response> => {
    const outer = request.signal;
    let controller: AbortController | undefined;
    if (outer) {
      controller = new AbortController();
      if (outer.aborted) controller.abort(outer.reason);
      else outer.addEventListener("abort", () => controller!.abort(outer.reason), { once: true });
    }
    const sent = fetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal: controller?.signal });
    if (!(timeoutMs > 0 && timeoutMs < Infinity)) return sent.catch((e) => Promise.reject(failure(request, e)));
    return new Promise((resolve, reject) => {
      const entry: Deadline = {
        at: Date.now() + timeoutMs,
        expire() {
          controller?.abort();
          sent.then((late) => late.body?.cancel().catch(() => undefined), () => undefined);
          reject(new ZpaTimeoutError(timeoutMs, context(request)));
        },
      };
      watch(entry);
      sent.then(
        (response) => (deadlines.delete(entry), resolve(response)),
        (error) => (deadlines.delete(entry), reject(failure(request, error))),
      );
    });
  };

  return async (request, tokens) => {
    const { method } = request;
    const started = log ? Date.now() : 0;
    let waited = 0;
    let refreshed = false;
    for (let n = 1; ; n++) {
      if (limiter) await limiter.acquire(method, request.signal);
      let token: string | undefined;
      if (tokens) {
        const got = tokens.get();
        token = typeof got === "string" ? got : await got;
        // fetch's own error about a bad header value would quote the token.
        if (!/^[\x21-\x7e]+$/.test(token)) throw new ZpaError("the bearer token holds characters an HTTP header cannot carry", context(request));
        request.headers.authorization = `Bearer ${token}`;
      }
      let response: Response;
      let delay: number | undefined;
      try {
        response = await attempt(request);
      } catch (error) {
        const replayable = IDEMPOTENT.has(method) || NOT_SENT.has(errorCode(error) ?? "");
        if (!(error instanceof ZpaNetworkError || error instanceof ZpaTimeoutError) || !retry || !replayable || n >= retry.maxAttempts) throw error;
        delay = backoffMs(n, retry);
        if (waited + delay > retry.maxTotalWaitMs) throw error;
        note(request, `failed (${error.name}); retrying in ${delay} ms`);
        await sleep(delay, request.signal);
        waited += delay;
        continue;
      }
      const { status } = response;
      if (status < 400) {
        if (log) note(request, `→ ${status} in ${Date.now() - started} ms (attempt ${n})`);
        return response;
      }
      for (const secret of secretsInBody(request.body)) redactor.add(secret);
      if (status === 401 && tokens && !refreshed) {
        // An expired or revoked token: fetch a new one once and repeat, without counting an attempt.
        refreshed = true;
        tokens.invalidate(token!);
        await response.arrayBuffer().catch(() => undefined);
        note(request, "→ 401; refreshing the token");
        n--;
        continue;
      }
      const retryable = status === 429 || (IDEMPOTENT.has(method) && RETRYABLE_5XX.has(status));
      if (retry && retryable && n < retry.maxAttempts) {
        const header = response.headers.get("retry-after");
        const asked = parseRetryAfter(header);
        const left = retry.maxTotalWaitMs - waited;
        if (asked !== undefined && asked > left) {
          throw apiErrorFrom(response, await readErrorBody(response), {
            ...context(request),
            retryAfterMs: asked,
            note: `server asked to wait ${header}, more than the ${left} ms left of retry.maxTotalWaitMs; not retried`,
          }, redactor);
        }
        delay = asked ?? backoffMs(n, retry);
        if (delay <= left) {
          await response.arrayBuffer().catch(() => undefined);
          note(request, `→ ${status}; retrying in ${delay} ms`);
          await sleep(delay, request.signal);
          waited += delay;
          continue;
        }
      }
      if (log) note(request, `→ ${status} in ${Date.now() - started} ms (attempt ${n})`);
      failed.set(response, request);
      return response;
    }
  };
}
