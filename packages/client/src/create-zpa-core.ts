import openapiFetch, { createQuerySerializer } from "openapi-fetch";
import type { OperationInfo, ZpaClientCore } from "./client-core";
import { createTokenSource, CREDENTIALS, type ZpaCredentials } from "./auth";
import { CLOUD, resolveEndpoints, type ZpaCloud } from "./clouds";
import { readErrorBody, ZpaInvalidResponseError } from "./errors";
import { collectAll, paginate } from "./paginate";
import { createRateLimiter, RATE_LIMIT, type RateLimiter, type RateLimitOptions } from "./rate-limiter";
import { ABSOLUTE_URL, badOption, BOOLEAN, checkOptions, FUNCTION, Flag, isDigits, isObject, TIMEOUT, type Table } from "./option-checks";
import { createRedactor } from "./redact";
import { REQUEST } from "./request-options";
import { resolveRetry, type RetryOptions } from "./retry";
import { about, apiError, createTransport, ZpaRequest, type FetchLike, type ZpaCall } from "./transport";
import type { ZpaPaths } from "./zpa-paths";

/** Options of {@link createZpaCore} and `createZpaClient`. */
export interface ZpaClientOptions {
  /**
   * A documented cloud (PRODUCTION, ZPATWO, BETA, GOV, GOVUS, PREVIEW; default PRODUCTION). With
   * sign-in credentials or a token provider it picks the legacy host; with OneAPI credentials, the
   * cloud's OneAPI gateway and the cloud's token host for `vanityDomain`.
   */
  cloud?: ZpaCloud;
  /** Base URL of the API; wins over `cloud`. Must be https:// unless its host is loopback or `allowInsecureHttp` is set. */
  baseUrl?: string;
  /** Allows `http://` base and token URLs on hosts other than loopback (credentials and tokens then travel in the clear). */
  allowInsecureHttp?: boolean;
  /** The tenant id (digits, as a string); filled into every path. */
  customerId: string;
  /** `{clientId, clientSecret}` (legacy `/signin`), OneAPI `{clientId, clientSecret, tokenUrl | vanityDomain}`, or `{tokenProvider}`. */
  credentials: ZpaCredentials;
  /** Default `microtenantId` for every operation that takes one; a call's own value (or `null`) overrides it. */
  microtenantId?: string;
  /** The `fetch` to call, as `fetch(url, init)` (default `globalThis.fetch`); pass one to use your own agent or proxy. */
  fetch?: FetchLike;
  /**
   * Per-attempt time in ms until the body is read (the headers with `parseAs: "stream"`); the request
   * is aborted when it runs out (default 30 000; 0 disables). A number: strings are refused.
   */
  timeoutMs?: number;
  /** Retry policy, or `false` for none. */
  retry?: RetryOptions | false;
  /**
   * Client-side limiter: `true` for ZPA's documented 20 GET / 10 writes per 10 s, custom limits, or
   * a limiter from {@link createRateLimiter} to share one budget among clients. Off by default.
   */
  rateLimit?: boolean | RateLimitOptions | RateLimiter;
  /** Receives one line per call, retry and token refresh; secrets are never included. */
  logger?: (line: string) => void;
}

const isLimiter = (value: unknown): value is RateLimiter => isObject(value) && "acquire" in value;

// Every option of createZpaCore, in the order they are checked.
const OPTIONS: Table = {
  cloud: CLOUD,
  baseUrl: ABSOLUTE_URL,
  allowInsecureHttp: BOOLEAN,
  customerId: ["a string of digits", isDigits, , Flag.REQUIRED],
  credentials: CREDENTIALS,
  microtenantId: ["a string of digits", isDigits],
  fetch: FUNCTION,
  timeoutMs: TIMEOUT,
  retry: ["false or RetryOptions", (v) => v === false || isObject(v)],
  // A limiter's own fields are not options; RateLimitOptions are.
  rateLimit: ["a boolean, RateLimitOptions or a RateLimiter", (v) => typeof v === "boolean" || (isLimiter(v) ? typeof v.acquire === "function" : isObject(v)), (v) => (isLimiter(v) ? undefined : RATE_LIMIT)],
  logger: FUNCTION,
};

// Our CommonJS build loads openapi-fetch's CJS file with Node's interop, which hands over the whole
// `exports` object as the default import; ESM hands over the function itself.
const createClient: typeof openapiFetch = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

/**
 * Creates the core of a ZPA client: auth, retries, rate limit, timeouts, errors, pagination and the
 * raw typed `GET`/`POST`/`PUT`/`DELETE`/`PATCH`, without any resource namespace. Add the families
 * you use from `@zpa-openapi/client/families` (`applicationSegments(core)`); a bundler then ships
 * those families only. Tokens are fetched once and cached until shortly before they expire (and
 * refreshed once on a 401); 429 and 503 honour `retry-after`; idempotent calls are retried on 5xx and
 * network errors, a POST only when the server did not act on it.
 */
export function createZpaCore(options: ZpaClientOptions): ZpaClientCore {
  if (!isObject(options)) throw badOption("options", "an object", options);
  checkOptions("", options, OPTIONS);
  const { customerId, microtenantId, credentials, logger, rateLimit: limit, timeoutMs = 30_000, fetch: fetchImpl = globalThis.fetch } = options;
  const { baseUrl, tokenUrl } = resolveEndpoints(options, credentials);
  if (typeof fetchImpl !== "function") throw badOption("fetch", "a function (no global fetch here)", fetchImpl);

  // A token provider has no client secret: the redactor skips the undefined.
  const redactor = createRedactor([(credentials as { clientSecret?: string }).clientSecret]);
  // ZPA counts requests per client IP, so clients in one process may need to share one budget.
  const limiter = isLimiter(limit) ? limit : limit ? createRateLimiter(limit === true ? {} : limit) : undefined;
  const transport = createTransport({
    fetch: fetchImpl,
    timeoutMs,
    retry: resolveRetry(options.retry),
    limiter,
    redactor,
    log: logger,
  });
  // Ends a call whose deadline the transport left running through the body read, and reports the
  // timeout when it fired (a body read cut short by it may otherwise look like an empty body).
  const settle = async <T>(zpa: ZpaCall, result: Promise<T>): Promise<T> => {
    try {
      const value = await result;
      if (zpa.timeout) throw zpa.timeout;
      return value;
    } catch (error) {
      const { answered } = zpa;
      // The timeout first: a body read it cut short fails in other ways. openapi-fetch's JSON.parse
      // of a success body: its message would quote the body.
      throw zpa.timeout ?? (error instanceof SyntaxError && answered ? new ZpaInvalidResponseError(zpa.status!, about(answered, redactor)) : error);
    } finally {
      zpa.end?.();
    }
  };
  // The token requests go straight to the transport (no bearer token); the answer is read as text
  // and parsed here, as a JSON parse error would quote the body, which holds the token.
  const tokens = createTokenSource(
    credentials,
    (url, form, operation) => {
      const zpa: ZpaCall = { operation, hold: true };
      const request = new ZpaRequest(url, { method: "POST", headers: new Headers({ "content-type": "application/x-www-form-urlencoded", accept: "application/json" }), body: String(new URLSearchParams(form)), zpa });
      return settle(
        zpa,
        transport(request).then(async (response) => {
          const body = await readErrorBody(response);
          if (response.ok) return body;
          throw apiError(response, body, redactor);
        }),
      );
    },
    redactor,
    baseUrl,
    tokenUrl,
  );
  const raw = createClient<ZpaPaths>({
    baseUrl,
    Request: ZpaRequest as unknown as typeof Request,
    // openapi-fetch's own default, built once instead of on every call.
    querySerializer: createQuerySerializer(),
    fetch: (request) => transport(request as unknown as ZpaRequest, tokens),
  });

  // What the core knows of each operation ("METHOD /path" → info) comes from the family modules
  // attached to it (see `addOperations`), so the core itself does not grow with the spec.
  const known = new Map<string, OperationInfo>();
  // Each route's template is split once into [text, name, text, name, text…]; the wrapper fills in
  // the path itself (checking every parameter) and hands openapi-fetch the finished path.
  const templates = new Map<string, string[]>();
  const call = (method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH") =>
    (async (path: string, init: any = {}) => {
      let parts = templates.get(path);
      if (!parts) templates.set(path, (parts = path.split(/\{([^}]+)\}/)));
      const key = `${method} ${path}`;
      const info = known.get(key);
      const who = info?.[0] ?? key;
      // Only when a call passes any of these: the common call pays for one check.
      if (init.timeoutMs !== undefined || init.microtenantId !== undefined || init.headers !== undefined) checkOptions("", init, REQUEST, who, 2);
      const params = init.params ?? {};
      const values = params.path;
      let url = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) {
        const name = parts[i]!;
        const value = name === "customerId" ? (values?.customerId ?? customerId) : values?.[name];
        if (value === undefined || value === null || value === "") {
          throw new TypeError(`${who}: path parameter ${name} is ${value === "" ? "empty" : "missing"}`);
        }
        url += encodeURIComponent(value) + parts[i + 1];
      }
      let query = params.query;
      // `null` drops the client's default.
      const { microtenantId: tenant = microtenantId } = init;
      if (info?.[1] && tenant != null && query?.microtenantId === undefined) query = { ...query, microtenantId: tenant };
      // The transport leaves the deadline running until openapi-fetch has read the body (unless the
      // caller asked for the stream), so a stalled body times out too.
      const zpa: ZpaCall = { operation: info?.[0], hold: init.parseAs !== "stream", timeoutMs: init.timeoutMs };
      return settle(zpa, (raw[method] as any)(url, { ...init, params: { query, header: params.header }, zpa }));
    }) as any;

  const core = {
    unwrap({ data, error, response }) {
      if (response.ok) return data!;
      throw apiError(response, error, redactor);
    },
    paginate: (path, opts) => paginate(core, path, opts),
    collectAll: (path, opts) => collectAll(core, path, opts),
    operation: (key) => known.get(key),
    addOperations(entries) {
      for (const [key, info] of entries) if (!known.has(key)) known.set(key, info);
    },
    baseUrl,
    customerId,
  } as ZpaClientCore;
  for (const method of ["GET", "POST", "PUT", "DELETE", "PATCH"] as const) core[method] = call(method);
  return core;
}
