import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { answerJson } from "./engine/answer-json.js";
import { TokenIssuer, type Credentials } from "./auth.js";
import type { OpContext, TwinEngine } from "./engine/engine.js";
import type { Fault } from "./faults.js";
import { errorBody, invalidInput, TwinHttpError, type TwinResponse } from "./http-error.js";
import { RateLimiter, type RateLimitMode } from "./rate-limit.js";
import { routeMatcher, type OperationSpec, type Route } from "./router.js";
import { describeViolations, type SpecConformance } from "./validation.js";

/** How the HTTP layer of the twin behaves. */
export interface TwinServerOptions {
  engine: TwinEngine;
  /** The spec's routes and validators (built once per spec). */
  served: { routes: Route[]; conformance: SpecConformance };
  credentials: Credentials;
  tokenTtlSeconds: number;
  rateLimit: false | RateLimitMode;
  fault?: Fault;
  /** Largest body read, in bytes; larger bodies get 400 naming the body. */
  maxBodyBytes: number;
  /** Check every answer against the spec and turn a mismatch into a 500 (on by default). */
  validateResponses: boolean;
  /** Where to report twin bugs (a response that breaks the spec). */
  log: (line: string) => void;
  /** How often Node looks for requests past their header or request timeout (default 1 s). */
  connectionsCheckingIntervalMs?: number;
}

const ONEAPI_TOKEN_PATH = "/oauth2/v1/token";
const SIGNOUT_PATH = "/signout";
/** Bodies past this are not even drained: the connection is closed. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

class BodyTooLarge extends Error {}

/** The client went away before its request was read: nobody is left to answer, and it is no twin failure. */
export class ClientGone extends Error {}

const NO_BODY = Buffer.alloc(0);
/** A decode without `stream` starts afresh, so one decoder serves every request. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The request body, read with stream events rather than an async iterator, which cost more than
 * the rest of reading a small body. A request with neither `content-length` nor
 * `transfer-encoding` has no body (RFC 9112 6.3), so most reads return at once.
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const length = req.headers["content-length"];
  if ((length === undefined || length === "0") && req.headers["transfer-encoding"] === undefined) return Promise.resolve(NO_BODY);
  const declared = Number(length ?? "0");
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > max;
    let ended = false;
    const finish = () => {
      if (ended) return;
      ended = true;
      if (tooLarge) reject(new BodyTooLarge());
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooLarge = true;
      if (size > DRAIN_LIMIT) {
        req.destroy();
        return finish();
      }
      if (!tooLarge) chunks.push(chunk);
    });
    req.on("end", finish);
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (ended) return;
      ended = true;
      reject(req.destroyed || e.code === "ECONNRESET" ? new ClientGone("client aborted the request") : e);
    });
    req.on("close", () => {
      if (ended) return;
      ended = true;
      reject(new ClientGone("client aborted the request"));
    });
  });
}

function mediaType(header: string | undefined): string | undefined {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  return type || undefined;
}

function send(res: ServerResponse, reply: TwinResponse): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload: string | undefined;
  if (reply.body !== undefined && reply.status !== 204) {
    payload = answerJson(reply.body);
    headers["content-type"] = reply.contentType ?? "application/json";
  }
  headers["content-length"] = String(payload === undefined ? 0 : Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** Builds the request listener of a twin. */
export function createTwinServer(options: TwinServerOptions): Server {
  const { routes, conformance } = options.served;
  const { engine } = options;
  const tokens = new TokenIssuer(options.credentials, options.tokenTtlSeconds);
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
  const hooks = options.fault?.hooks ?? {};
  const matchRoute = routeMatcher(routes);

  async function handle(req: IncomingMessage): Promise<TwinResponse> {
    const method = (req.method ?? "GET").toUpperCase();
    const rawUrl = req.url ?? "/";
    const q = rawUrl.indexOf("?");
    const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const query = new URLSearchParams(q === -1 ? "" : rawUrl.slice(q + 1));

    const address = req.socket.remoteAddress ?? "unknown";
    if (rawPath === ONEAPI_TOKEN_PATH) return limited(`token:${address}`, false) ?? oneApiToken(req, method);
    if (rawPath === SIGNOUT_PATH) {
      if (method !== "POST") throw new TwinHttpError(405, "method.not.allowed", `${method} is not allowed on ${rawPath}`, [method], { allow: "POST" });
      // The spec secures sign-out like any operation: only a live token can end its session.
      const check = tokens.check(req.headers.authorization);
      if (!check.ok && !hooks.skipAuth) throw new TwinHttpError(401, "access.denied", check.reason, []);
      tokens.revoke(req.headers.authorization);
      // 200 with a JSON body: the spec documents one (its schema accepts any JSON) and lists 200 first.
      return { status: 200, body: {} };
    }

    const match = matchRoute(rawPath);
    if (!match) throw new TwinHttpError(404, "resource.not.found", "No such API path", []);
    const op = match.route.operations.get(method);
    if (!op) {
      const allow = [...match.route.operations.keys()].join(", ");
      throw new TwinHttpError(405, "method.not.allowed", `${method} is not allowed here; use ${allow}`, [method], { allow });
    }
    // Before sign-in a client is known by its address only, so guessing secrets is limited there.
    let clientKey = `token:${address}`;
    if (op.secured) {
      const check = tokens.check(req.headers.authorization);
      if (!check.ok && !hooks.skipAuth) throw new TwinHttpError(401, "access.denied", check.reason, []);
      clientKey = check.ok ? check.clientId : address;
    }
    const windowHeaders: Record<string, string> = {};
    const over = limited(clientKey, method === "GET", windowHeaders);
    if (over) return over;

    const body = await parseBody(req, op);
    const params = conformance.checkParameters(op, match.rawParams, query);
    const violations = [...params.violations, ...(body.present ? conformance.checkBody(op, body.type!, body.value) : [])].filter(
      (v) => !hooks.ignores?.(v, op.operationId, body.value),
    );
    if (violations.length > 0) {
      throw invalidInput(describeViolations(violations), [...new Set(violations.map((v) => v.field))]);
    }
    const { path: pathParams, query: queryValues } = params;

    if (op.operationId === "signIn") return signIn(body.value);
    if (pathParams.customerId !== undefined && pathParams.customerId !== engine.customerId) {
      throw new TwinHttpError(403, "access.denied", "The token does not belong to this customer", ["customerId"]);
    }

    const ctx: OpContext = { operationId: op.operationId, method, op, pathParams, query: queryValues, body: body.value, engine };
    const early = hooks.before?.(ctx);
    if (early) return early;
    let reply: TwinResponse;
    try {
      reply = engine.handle(ctx);
    } catch (e) {
      if (!(e instanceof TwinHttpError)) throw e;
      reply = e.toResponse();
    }
    // An unknown id where the operation documents no 404: the pages' other answer to it, 400 `resource.not.found`.
    if (reply.status === 404 && !op.responses.has(404) && op.responses.has(400)) reply = { ...reply, status: 400 };
    if (options.validateResponses) {
      const problems = conformance.checkResponse(op, reply.status, reply.body);
      if (problems.length > 0) {
        options.log(`twin bug: ${op.operationId} answered ${reply.status} against the spec: ${problems.join("; ")}`);
        reply = { status: 500, body: errorBody("twin.response.invalid", "The twin's answer broke the spec", []) };
      }
    }
    if (Object.keys(windowHeaders).length > 0) reply = { ...reply, headers: { ...reply.headers, ...windowHeaders } };
    // A fault may bend the answer in place: give it a copy, never the stored record.
    return hooks.after ? hooks.after(ctx, reply.body === undefined ? reply : { ...reply, body: structuredClone(reply.body) }) : reply;
  }

  /** The 429 answer when `client` is over its budget, else undefined (and the request is counted). */
  function limited(client: string, read: boolean, headers?: Record<string, string>): TwinResponse | undefined {
    if (!limiter) return undefined;
    const decision = limiter.take(client, read);
    const window: Record<string, string> =
      limiter.mode === "oneapi"
        ? { "x-ratelimit-limit": String(decision.limit), "x-ratelimit-remaining": String(decision.remaining), "x-ratelimit-reset": String(decision.resetSeconds) }
        : {};
    if (decision.ok) {
      if (headers) Object.assign(headers, window);
      return undefined;
    }
    const reason = `Too many requests, retry after ${decision.retryAfterSeconds} seconds`;
    return {
      status: 429,
      headers: { "retry-after": `${decision.retryAfterSeconds}s`, ...window },
      body: { exception: "invalid.toomanyrequests", id: "invalid.toomanyrequests", reason, params: [] },
    };
  }

  async function parseBody(req: IncomingMessage, op: OperationSpec): Promise<{ present: boolean; type?: string; value?: unknown }> {
    const raw = await readBody(req, options.maxBodyBytes).catch((e) => {
      if (e instanceof BodyTooLarge) {
        // 400, not 413: the spec documents no 413, and 400 with the field named is its answer to any bad body.
        throw new TwinHttpError(400, "invalid.input", `The body exceeds ${options.maxBodyBytes} bytes`, ["body"]);
      }
      throw e;
    });
    if (!op.requestBody) return { present: false };
    const type = mediaType(req.headers["content-type"]);
    if (raw.length === 0 && !type) {
      if (op.requestBody.required) throw invalidInput("A request body is required", ["body"]);
      return { present: false };
    }
    if (!type || !op.requestBody.contentTypes.has(type)) {
      const accepted = [...op.requestBody.contentTypes.keys()].join(", ");
      throw new TwinHttpError(415, "unsupported.media.type", `Send the body as ${accepted}`, ["content-type"]);
    }
    let decoded: string;
    try {
      decoded = UTF8.decode(raw);
    } catch {
      throw invalidInput("The body is not valid UTF-8", ["body"]);
    }
    if (type === "application/x-www-form-urlencoded") {
      return { present: true, type, value: Object.fromEntries(new URLSearchParams(decoded)) };
    }
    if (decoded.trim() === "") throw invalidInput("A request body is required", ["body"]);
    try {
      return { present: true, type, value: JSON.parse(decoded) };
    } catch (e) {
      throw invalidInput(`The body is not valid JSON: ${(e as Error).message}`, ["body"]);
    }
  }

  function signIn(form: any): TwinResponse {
    const token = tokens.issue(String(form.client_id), String(form.client_secret));
    if (!token) throw new TwinHttpError(401, "access.denied", "Unknown client id or wrong client secret", []);
    return { status: 200, body: { token_type: "Bearer", access_token: token, expires_in: String(tokens.ttl) } };
  }

  /** The OneAPI token URL speaks OAuth2, so its errors use OAuth2's shape, not ZPA's. */
  async function oneApiToken(req: IncomingMessage, method: string): Promise<TwinResponse> {
    if (method !== "POST") throw new TwinHttpError(405, "method.not.allowed", `${method} is not allowed on the token URL`, [method], { allow: "POST" });
    const raw = await readBody(req, options.maxBodyBytes).catch((e) => {
      if (e instanceof BodyTooLarge) throw new TwinHttpError(400, "invalid.input", `The body exceeds ${options.maxBodyBytes} bytes`, ["body"]);
      throw e;
    });
    if (mediaType(req.headers["content-type"]) !== "application/x-www-form-urlencoded") {
      return { status: 415, body: { error: "invalid_request", error_description: "Send application/x-www-form-urlencoded" } };
    }
    const form = new URLSearchParams(raw.toString("utf8"));
    if (form.get("grant_type") !== "client_credentials") {
      return { status: 400, body: { error: "unsupported_grant_type", error_description: "grant_type must be client_credentials" } };
    }
    let id = form.get("client_id") ?? "";
    let secret = form.get("client_secret") ?? "";
    const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? "");
    if (basic) {
      const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
      const i = decoded.indexOf(":");
      if (i > 0) {
        try {
          // RFC 6749 2.3.1: both halves are form-encoded before they are joined.
          [id, secret] = [decodeURIComponent(decoded.slice(0, i)), decodeURIComponent(decoded.slice(i + 1))];
        } catch {
          return { status: 401, body: { error: "invalid_client", error_description: "The Basic credentials are not valid percent-encoding" } };
        }
      }
    }
    const token = tokens.issue(id, secret);
    if (!token) return { status: 401, body: { error: "invalid_client", error_description: "Unknown client id or wrong client secret" } };
    return { status: 200, body: { token_type: "Bearer", access_token: token, expires_in: tokens.ttl } };
  }

  return createServer({ connectionsCheckingInterval: options.connectionsCheckingIntervalMs ?? 1_000 }, (req, res) => {
    handle(req)
      .catch((e: unknown): TwinResponse => {
        if (e instanceof TwinHttpError) return e.toResponse();
        if (e instanceof ClientGone) {
          res.destroy();
          return { status: 400 };
        }
        options.log(`twin internal error: ${(e as Error)?.stack ?? String(e)}`);
        return { status: 500, body: errorBody("internal.server.error", "The twin failed unexpectedly", []) };
      })
      .then((reply) => {
        if (!res.headersSent && !res.destroyed) send(res, reply);
      })
      .catch(() => res.destroy());
  });
}
