import openapiFetch, { createQuerySerializer } from "openapi-fetch";
import type { OperationInfo, ZpaClientCore } from "./client-core";
import { checkCredentials, createTokenSource, type ZpaCredentials } from "./auth";
import { resolveEndpoints, type ZpaCloud } from "./clouds";
import { badOption, readErrorBody, ZpaInvalidResponseError } from "./errors";
import { collectAll, paginate } from "./paginate";
import { createRateLimiter, type RateLimiter, type RateLimitOptions } from "./rate-limiter";
import { checkKeys, checkTimeout, checkType } from "./option-checks";
import { createRedactor } from "./redact";
import { checkRequestOptions } from "./request-options";
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

const OPTION_KEYS = ["cloud", "baseUrl", "allowInsecureHttp", "customerId", "credentials", "microtenantId", "fetch", "timeoutMs", "retry", "rateLimit", "logger"];
const isObject = (value: unknown): value is object => !!value && typeof value === "object" && !Array.isArray(value);

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
  if (!isObject(options)) throw badOption("options", "are required");
  checkKeys("", options, OPTION_KEYS);
  const { customerId, microtenantId, credentials, allowInsecureHttp, logger, rateLimit: limit } = options;
  const digits = (name: string, value: unknown, what: string) => {
    if (typeof value !== "string" || !/^\d{1,19}$/.test(value)) throw badOption(name, `must be ${what}`, typeof value === "string" ? JSON.stringify(value) : typeof value);
  };
  digits("customerId", customerId, "the tenant id as a string of digits");
  if (microtenantId !== undefined) digits("microtenantId", microtenantId, 'a string of digits ("0" for the Default Microtenant)');
  checkCredentials(credentials);
  checkType("allowInsecureHttp", allowInsecureHttp, typeof allowInsecureHttp === "boolean", "true or false");
  checkType("logger", logger, typeof logger === "function", "a function");
  checkType("fetch", options.fetch, typeof options.fetch === "function", "a function");
  checkType("retry", options.retry, options.retry === false || isObject(options.retry), "false or RetryOptions");
  const limiterGiven = isObject(limit) && "acquire" in limit;
  checkType("rateLimit", limit, typeof limit === "boolean" || (limiterGiven ? typeof limit.acquire === "function" : isObject(limit)), "a boolean, RateLimitOptions or a RateLimiter");
  if (isObject(limit) && !limiterGiven) checkKeys("rateLimit", limit, ["reads", "writes", "windowMs"]);
  const { baseUrl, tokenUrl } = resolveEndpoints(options, credentials);
  const timeoutMs = checkTimeout(options.timeoutMs ?? 30_000);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") throw badOption("fetch", "must be given: this runtime has no global fetch");

  const redactor = createRedactor("clientSecret" in credentials ? [credentials.clientSecret] : []);
  const rateLimit = limit === true ? {} : limit || undefined;
  // ZPA counts requests per client IP, so clients in one process may need to share one budget.
  const limiter = rateLimit && "acquire" in rateLimit ? rateLimit : rateLimit && createRateLimiter(rateLimit);
  const transport = createTransport({
    fetch: (url, init) => fetchImpl(url, init),
    timeoutMs,
    retry: resolveRetry(options.retry),
    limiter,
    redactor,
    log: logger,
  });
  // Ends a call whose deadline the transport left running through the body read, and reports the
  // timeout when it fired (a body read cut short by it may otherwise look like an empty body).
  const settle = <T>(zpa: ZpaCall, result: Promise<T>) =>
    result.then(
      (value) => {
        zpa.end?.();
        if (zpa.timeout) throw zpa.timeout;
        return value;
      },
      (error) => {
        zpa.end?.();
        const { timeout, answered, status } = zpa;
        if (timeout) throw timeout;
        // openapi-fetch's JSON.parse of a success body: its message would quote the body.
        if (error instanceof SyntaxError && answered) throw new ZpaInvalidResponseError(status!, about(answered, redactor)[0]);
        throw error;
      },
    );
  // The token requests go straight to the transport (no bearer token); the answer is read as text
  // and parsed here, as a JSON parse error would quote the body, which holds the token.
  const tokens = createTokenSource(
    credentials,
    (url, form, operation) => {
      const zpa: ZpaCall = { operation, hold: true };
      const request = new ZpaRequest(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" }, body: String(new URLSearchParams(form)), zpa });
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
    ((path: string, init: any = {}) => {
      let parts = templates.get(path);
      if (!parts) templates.set(path, (parts = path.split(/\{([^}]+)\}/)));
      const key = `${method} ${path}`;
      const info = known.get(key);
      const who = info?.[0] ?? key;
      // Only when a call passes any of these: the common call pays for one check.
      if (init.timeoutMs !== undefined || init.microtenantId !== undefined || init.headers !== undefined) {
        try {
          checkRequestOptions(init, who);
        } catch (error) {
          return Promise.reject(error);
        }
      }
      const params = init.params ?? {};
      const values = params.path;
      let url = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) {
        const name = parts[i]!;
        const value = name === "customerId" ? (values?.customerId ?? customerId) : values?.[name];
        if (value === undefined || value === null || value === "") {
          return Promise.reject(new TypeError(`${who}: path parameter ${name} is ${value === "" ? "empty" : "missing"}`));
        }
        url += encodeURIComponent(value) + parts[i + 1];
      }
      let query = params.query;
      const tenant = init.microtenantId === undefined ? microtenantId : init.microtenantId;
      if (info?.[1] && tenant != null && query?.microtenantId === undefined) query = { ...query, microtenantId: tenant };
      // The transport leaves the deadline running until openapi-fetch has read the body (unless the
      // caller asked for the stream), so a stalled body times out too.
      const zpa: ZpaCall = { operation: info?.[0], hold: init.parseAs !== "stream", timeoutMs: init.timeoutMs };
      return settle(zpa, (raw[method] as any)(url, { ...init, params: { query, header: params.header }, zpa }));
    }) as any;

  const core: ZpaClientCore = {
    GET: call("GET"),
    POST: call("POST"),
    PUT: call("PUT"),
    DELETE: call("DELETE"),
    PATCH: call("PATCH"),
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
  };
  return core;
}
