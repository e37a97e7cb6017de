import http from "node:http";
import https from "node:https";
import openapiFetch from "openapi-fetch";
import { createRateLimiter, parseRetryAfter, type paths, type RateLimiter, type RateLimitOptions } from "@zpa-openapi/client";
import type { RequestSpec } from "../arbitraries/request";
import type { OperationModel } from "../spec-model";
import type { Exchange } from "../types";
import { Redactor } from "./redact";

/** How a request authenticates. */
export type AuthMode = "valid" | "none" | { header: string };

/** Extra control over one request, for probes that break the protocol on purpose. */
export interface SendOptions {
  auth?: AuthMode;
  /** Send with this method instead of the operation's. */
  method?: string;
  /** Send this body verbatim with this content type (`null`: no content type at all). */
  raw?: { body: string; contentType: string | null };
}

/** Options of a transport. */
export interface TransportOptions {
  baseUrl: string;
  /** `true`: the documented limits with a slot of headroom; or limits of its own. */
  rateLimit?: boolean | RateLimitOptions;
  /** Sent with every request, under the suite's own headers (which win). */
  headers?: Record<string, string>;
  /** Per-request timeout in ms. */
  timeoutMs?: number;
  /** Interrupts the transport when aborted (see {@link Transport.interrupt}). */
  signal?: AbortSignal;
  /** Called with every exchange as it completes, secrets redacted. */
  onExchange?: (exchange: Exchange) => void;
  /** The target is a mock: its tokens are example values, redacted by field name only (see {@link Redactor}). */
  mock?: boolean;
}

// Our CommonJS build loads openapi-fetch's CJS file through Node's interop, which hands over the
// whole module object as the default import; the ESM build gets the function itself.
const createClient: typeof openapiFetch = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

function headersToObject(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((v, k) => (out[k] = v));
  return out;
}

/** What openapi-fetch builds a request into; the body is already serialized to a string. */
class LiteRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly bodyText?: string;
  constructor(url: string, init: { method?: string; headers?: Headers; body?: unknown }) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers instanceof Headers ? init.headers : new Headers((init.headers ?? {}) as Record<string, string>);
    this.bodyText = init.body === undefined || init.body === null ? undefined : String(init.body);
  }
}

/** What openapi-fetch reads of a response. */
class LiteResponse {
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };
  readonly status: number;
  /** The exchange this answers, handed back through openapi-fetch (requests run concurrently). */
  constructor(readonly exchange: Exchange & { response: NonNullable<Exchange["response"]> }) {
    this.status = exchange.response.status;
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = { get: (name: string) => exchange.response.headers[name.toLowerCase()] ?? null };
  }
  async text(): Promise<string> {
    return this.exchange.response.body;
  }
}

/** Thrown for a request the run no longer sends: it was interrupted (Ctrl-C, SIGTERM). */
export class InterruptedError extends Error {
  constructor() {
    super("interrupted");
  }
}

/** Resolves after `ms`, or rejects when the run is aborted first (Ctrl-C while waiting out a 429). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new InterruptedError());
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(t), reject(new InterruptedError())), { once: true });
  });
}

/** Methods a server must treat the same whether it gets them once or twice (RFC 9110, 9.2.2). */
const REPEATABLE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

type StaleSocketError = Error & { staleSocket?: boolean };

/** How long cleanup may still take after a second interrupt, and how long each of its requests may take. */
const HURRY_DEADLINE_MS = 10_000;
const HURRY_TIMEOUT_MS = 3_000;
/** How long a kept-alive connection may sit idle before the suite closes it rather than reuse it. */
const IDLE_CONNECTION_MS = 4_000;

function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name) => {
    if (values[name] === undefined) throw new Error(`Path parameter ${name} has no value for ${path}`);
    return encodeURIComponent(values[name]);
  });
}

function formEncode(body: unknown): string {
  return new URLSearchParams(Object.entries((body as Record<string, unknown>) ?? {}).map(([k, v]) => [k, String(v)])).toString();
}

function queryString(query: Record<string, unknown>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null) qs.append(k, String(v));
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/**
 * Sends requests through the generated client (openapi-fetch over the spec's `paths`), records
 * every exchange with its timing, stays under the rate limits when asked and waits out a 429.
 */
export class Transport {
  readonly baseUrl: string;
  requests = 0;
  /** Latencies summed over requests (overlapping requests count twice). */
  serverMs = 0;
  /** Wall time with at least one request in flight: the time spent waiting on the target. */
  waitingMs = 0;
  /** Milliseconds spent waiting for a rate-limit slot or out a 429's `retry-after` (summed over requests). */
  rateLimitWaitMs = 0;
  /** Requests waiting on a rate limit right now (the progress line says so). */
  rateLimitWaiting = 0;
  /** Requests sent again because the kept-alive connection they went out on had been closed. */
  staleSocketRetries = 0;
  private inFlight = 0;
  private busySince = 0;
  private readonly limiter?: RateLimiter;
  private readonly client: ReturnType<typeof createClient<paths>>;
  // An idle kept-alive connection is given up after 4 s, or a second before the server's own
  // `Keep-Alive: timeout=N` runs out when that is sooner (Prism's is 5 s). Without an agent
  // timeout node ignores that hint, and a connection idle for 5 s may be reused at the moment the
  // server closes it: a create sent on it is lost with "socket hang up" and cannot be sent again.
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16, timeout: IDLE_CONNECTION_MS });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16, timeout: IDLE_CONNECTION_MS });
  /** Every exchange is redacted here, as it is recorded: nothing downstream sees a secret. */
  readonly redactor: Redactor;
  private sessionToken?: string;
  /** Aborted on interrupt: run requests waiting for a slot or a retry give up, new ones are refused. */
  private readonly stopped = new AbortController();
  /** Aborted by a second interrupt: nobody waits out a 429 any more. */
  private readonly hurried = new AbortController();
  /** Aborted when cleanup, hurried, runs out of time: its rate-limit waits give up too. */
  private readonly deadline = new AbortController();
  private cleaning = false;

  constructor(private readonly options: TransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.redactor = new Redactor(!options.mock);
    if (options.signal?.aborted) this.interrupt();
    else options.signal?.addEventListener("abort", () => this.interrupt(), { once: true });
    // One slot of headroom under the documented 20 GET / 10 writes per 10 s: the server's window
    // and ours do not start at the same instant.
    this.limiter = options.rateLimit === true ? createRateLimiter({ reads: 19, writes: 9 }) : options.rateLimit ? createRateLimiter(options.rateLimit) : undefined;
    this.client = createClient<paths>({
      baseUrl: this.baseUrl,
      // Lightweight Request/Response stand-ins: the client only reads url, method, headers and the
      // text of each, and undici's stream-backed objects cost a quarter of the suite's own time.
      Request: LiteRequest as unknown as typeof Request,
      fetch: ((input: LiteRequest) => this.recordingFetch(input)) as unknown as typeof fetch,
    });
  }

  /**
   * One request, sent again once on a fresh connection when the kept-alive one it went out on
   * turned out to be closed by the server (a reset before any answer). That is a race between the
   * server dropping an idle connection and our reuse of it, not an answer, so reporting it would
   * fail a check on the server's behalf. Only methods that may be repeated are sent again: a
   * create that did reach the server must not be made twice.
   */
  private async httpSend(method: string, url: string, headers: Record<string, string>, body?: string): Promise<NonNullable<Exchange["response"]>> {
    try {
      return await this.httpSendOnce(method, url, headers, body);
    } catch (e) {
      if (!(e as StaleSocketError).staleSocket || !REPEATABLE_METHODS.has(method.toUpperCase())) throw e;
      this.staleSocketRetries++;
      return this.httpSendOnce(method, url, headers, body);
    }
  }

  /**
   * One request over a keep-alive node:http agent: several times cheaper per request than fetch,
   * which matters when the suite's own overhead is measured against the server's answer time.
   */
  private httpSendOnce(method: string, url: string, headers: Record<string, string>, body?: string): Promise<NonNullable<Exchange["response"]>> {
    const u = new URL(url);
    const secure = u.protocol === "https:";
    // A string body lets node:http send head and body in one write instead of a writev of two.
    const h: Record<string, string> = { ...headers };
    const timeout = this.hurried.signal.aborted ? Math.min(HURRY_TIMEOUT_MS, this.options.timeoutMs ?? HURRY_TIMEOUT_MS) : this.options.timeoutMs ?? 30_000;
    if (body !== undefined) h["content-length"] = String(Buffer.byteLength(body, "utf8"));
    return new Promise((resolve, reject) => {
      const req = (secure ? https : http).request(
        u,
        { method, headers: h, agent: secure ? this.httpsAgent : this.httpAgent, timeout },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("error", reject);
          res.on("end", () => {
            const out: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(", ") : v;
            resolve({ status: res.statusCode ?? 0, headers: out, body: Buffer.concat(chunks).toString("utf8") });
          });
        },
      );
      let answered = false;
      req.on("response", () => (answered = true));
      req.on("timeout", () => req.destroy(new Error(`timed out after ${timeout} ms`)));
      req.on("error", (e: NodeJS.ErrnoException) => {
        const stale = req.reusedSocket && !answered && (e.code === "ECONNRESET" || e.code === "EPIPE");
        reject(stale ? Object.assign(e, { staleSocket: true }) : e);
      });
      req.end(body);
    });
  }

  /** The bearer token sent with requests; registered as a secret, so no exchange shows it. */
  get token(): string | undefined {
    return this.sessionToken;
  }
  set token(value: string | undefined) {
    if (!this.options.mock) this.redactor.add(value);
    this.sessionToken = value;
  }

  /**
   * Stops the run: requests waiting for a rate-limit slot or a retry give up, and new ones are
   * refused with {@link InterruptedError} until {@link beginCleanup}. Requests already on the wire
   * are left to finish, so a create that the server carried out is still registered and removed.
   */
  interrupt(): void {
    this.stopped.abort();
  }

  /** Lets the requests that remove what the run created go out, also after an interrupt. */
  beginCleanup(): void {
    this.cleaning = true;
  }

  /**
   * A second interrupt: cleanup goes on, but quickly. No more waiting out a 429, a short timeout
   * per request, and after a few seconds every wait gives up (what is left is reported for a sweep).
   */
  hurry(): void {
    if (this.hurried.signal.aborted) return;
    this.hurried.abort();
    this.interrupt();
    setTimeout(() => this.deadline.abort(), HURRY_DEADLINE_MS).unref();
  }

  /** Closes kept-alive connections. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private async recordingFetch(request: LiteRequest): Promise<LiteResponse> {
    const { exchange: x } = await this.exchange(request.method, request.url, headersToObject(request.headers), request.bodyText);
    if (!x.response) throw Object.assign(new Error(x.error ?? "no response"), { exchange: x });
    return new LiteResponse(x as LiteResponse["exchange"]);
  }

  /** Sends one request as given; never throws on HTTP errors, records network errors in `error`. The exchange is redacted. */
  async sendRaw(method: string, url: string, headers: Record<string, string>, body?: string): Promise<Exchange> {
    return (await this.exchange(method, url, headers, body)).exchange;
  }

  /**
   * Sends one request and reads a value out of the answer before it is redacted (the token of a
   * sign-in); that value is registered as a secret, so the exchange returned does not show it.
   */
  async sendForSecret(op: OperationModel, req: RequestSpec, read: (body: unknown) => unknown): Promise<{ exchange: Exchange; secret?: string }> {
    let secret: string | undefined;
    const onRaw = (raw: Exchange) => {
      let parsed: unknown;
      try {
        parsed = raw.response?.body ? JSON.parse(raw.response.body) : undefined;
      } catch {
        parsed = undefined;
      }
      const v = read(parsed);
      if (typeof v === "string" && v) {
        secret = v;
        if (!this.options.mock) this.redactor.add(v);
      }
    };
    // Sent directly rather than through openapi-fetch, which hands back only the redacted exchange.
    const url = `${this.baseUrl}${fillPath(op.path, req.path)}${queryString(req.query)}`;
    const mediaType = op.body?.mediaType;
    const body = req.body === undefined || !mediaType ? undefined : mediaType === "application/x-www-form-urlencoded" ? formEncode(req.body) : JSON.stringify(req.body);
    const headers: Record<string, string> = { accept: "application/json", ...(op.secured ? this.authHeader() : {}), ...(body !== undefined ? { "content-type": mediaType! } : {}) };
    const { exchange } = await this.exchange(op.method, url, headers, body, onRaw);
    return { exchange, secret };
  }

  /** Runs `wait`, counting its time as time spent on rate limits. */
  private async rateLimitWait<T>(wait: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    this.rateLimitWaiting++;
    try {
      return await wait();
    } finally {
      this.rateLimitWaiting--;
      this.rateLimitWaitMs += performance.now() - t0;
    }
  }

  private async exchange(method: string, url: string, given: Record<string, string>, body?: string, onRaw?: (raw: Exchange) => void): Promise<{ exchange: Exchange }> {
    const headers = this.options.headers ? { ...this.options.headers, ...given } : given;
    for (let attempt = 0; ; attempt++) {
      if (this.stopped.signal.aborted && !this.cleaning) throw new InterruptedError();
      const waits = this.cleaning ? this.deadline.signal : this.stopped.signal;
      const limiter = this.limiter;
      if (limiter) await this.rateLimitWait(() => limiter.acquire(method, waits)).catch((e) => {
        throw waits.aborted ? new InterruptedError() : e;
      });
      const startedAt = new Date().toISOString();
      const t0 = performance.now();
      if (this.inFlight++ === 0) this.busySince = t0;
      const raw: Exchange = { request: { method, url, headers, body }, elapsedMs: 0, startedAt };
      try {
        raw.response = await this.httpSend(method, url, headers, body);
      } catch (e) {
        raw.error = (e as Error).message;
      }
      const t1 = performance.now();
      raw.elapsedMs = t1 - t0;
      if (--this.inFlight === 0) this.waitingMs += t1 - this.busySince;
      this.requests++;
      this.serverMs += raw.elapsedMs;
      onRaw?.(raw);
      const x = this.redactor.redact(raw);
      if (this.options.onExchange) this.options.onExchange(x);
      const wait = x.response?.status === 429 ? parseRetryAfter(x.response.headers["retry-after"]) ?? 10_000 : undefined;
      if (wait === undefined || attempt >= 2 || this.hurried.signal.aborted || waits.aborted) return { exchange: x };
      // A second interrupt ends this wait at once: the 429 is the answer.
      const retryWaits = this.cleaning ? this.hurried.signal : waits;
      try {
        await this.rateLimitWait(() => sleep(Math.min(wait, 60_000), retryWaits));
      } catch (e) {
        if (this.cleaning && e instanceof InterruptedError) return { exchange: x };
        throw e;
      }
    }
  }

  private authHeader(auth: AuthMode = "valid"): Record<string, string> {
    if (auth === "none") return {};
    if (auth === "valid") return this.token ? { authorization: `Bearer ${this.token}` } : {};
    return { authorization: auth.header };
  }

  /** Sends a request for an operation through the generated client. */
  async send(op: OperationModel, req: RequestSpec, options: SendOptions = {}): Promise<Exchange> {
    const auth = op.secured ? this.authHeader(options.auth) : {};
    const extra = Object.fromEntries(Object.entries(req.headers ?? {}).filter(([, v]) => v !== null)) as Record<string, string>;
    if (options.method || options.raw) {
      const url = `${this.baseUrl}${fillPath(op.path, req.path)}${queryString(req.query)}`;
      const headers: Record<string, string> = { accept: "application/json", ...this.authHeader(options.auth), ...extra };
      if (options.raw?.contentType) headers["content-type"] = options.raw.contentType;
      return this.sendRaw(options.method ?? op.method, url, headers, options.raw ? options.raw.body : undefined);
    }
    const form = op.body?.mediaType === "application/x-www-form-urlencoded";
    // One shape for every call (undefined where unused: openapi-fetch then takes its defaults), so
    // its request building stays optimized instead of being recompiled for each new shape.
    const withBody = !!op.body && !req.omitBody && req.body !== undefined;
    const init = {
      params: { path: req.path, query: req.query },
      headers: { accept: "application/json", ...auth, ...extra, ...(form ? { "content-type": op.body!.mediaType } : {}) },
      parseAs: "text",
      body: withBody ? req.body : undefined,
      bodySerializer: withBody && form ? formEncode : undefined,
    };
    try {
      const { response } = await (this.client as any).request(op.method.toLowerCase(), op.path, init);
      return (response as LiteResponse).exchange;
    } catch (e) {
      if (e instanceof InterruptedError) throw e;
      const sent = (e as { exchange?: Exchange }).exchange;
      if (sent) return sent;
      return { request: { method: op.method, url: `${this.baseUrl}${op.path}`, headers: {}, body: undefined }, elapsedMs: 0, error: (e as Error).message, startedAt: new Date().toISOString() };
    }
  }

}
