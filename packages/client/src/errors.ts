import { isObject } from "./option-checks";
import type { Redactor } from "./redact";

/** Where a failure happened: the operation and the request, never its headers or body. */
export interface ZpaErrorContext {
  /** The spec's operationId (`getRole`), or `METHOD /path` for a route the spec lacks. */
  operation?: string;
  method?: string;
  /** The request URL's path and query (no host, no credentials). */
  path?: string;
  cause?: unknown;
}

/** Base class of every error this client throws; catch it to catch them all. */
export class ZpaError extends Error {
  declare readonly operation?: string;
  declare readonly method?: string;
  declare readonly path?: string;

  constructor(message: string, context: ZpaErrorContext = {}, fields?: object) {
    const { operation, method, path } = context;
    const where = operation ?? (method && `${method} ${path}`);
    // The context doubles as Error's options: it sets `cause` only when it has the field.
    super(where ? `${where}: ${message}` : message, context);
    this.name = new.target.name;
    Object.assign(this, { operation, method, path }, fields);
  }

  /** A plain, secret-free summary for structured logs. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as object) };
  }
}

/** Fields of a ZPA error body (`{id, reason, params}`; quota errors carry `code`). */
export interface ZpaErrorBody {
  id?: string;
  code?: string;
  reason?: string;
  params?: string[];
  exception?: string;
}

/** The server answered with an error status (after any retries and the token refresh). */
export class ZpaApiError extends ZpaError {
  /** HTTP status. */
  declare readonly status: number;
  /** ZPA's dotted error id, e.g. `resource.not.found`. */
  declare readonly id?: string;
  /** ZPA's quota error code, e.g. `LIMIT_EXCEEDED`. */
  declare readonly code?: string;
  /** ZPA's human-readable reason (secrets redacted). */
  declare readonly reason?: string;
  /** What the reason refers to, e.g. the offending field names (secrets redacted). */
  declare readonly params?: string[];
  /** The server's request id header, when it sent one. */
  declare readonly requestId?: string;
  /** The wait the server asked for (`retry-after`), in ms, when it sent one. */
  declare readonly retryAfterMs?: number;

  constructor(
    status: number,
    body: ZpaErrorBody | undefined,
    context: ZpaErrorContext & { requestId?: string; retryAfterMs?: number; note?: string },
  ) {
    const { id, code, reason, params } = body ?? {};
    const { requestId, retryAfterMs, note } = context;
    const text = [`HTTP ${status}`, id ?? code, reason].filter(Boolean).join(" ");
    super(note ? `${text} (${note})` : text, context, { status, id, code, reason, params, requestId, retryAfterMs });
  }
}

/** No response arrived within `timeoutMs`. The request may or may not have reached the server. */
export class ZpaTimeoutError extends ZpaError {
  declare readonly timeoutMs: number;
  constructor(timeoutMs: number, context: ZpaErrorContext) {
    super(`no complete response within ${timeoutMs} ms`, context, { timeoutMs });
  }
}

/** The request failed below HTTP (connection refused or reset, DNS, TLS). */
export class ZpaNetworkError extends ZpaError {
  /** The system error code when there is one (`ECONNREFUSED`, `ECONNRESET`, ...). */
  declare readonly code?: string;
  constructor(code: string | undefined, detail: string, context: ZpaErrorContext) {
    super(`network error: ${detail}`, context, { code });
  }
}

/** The token could not be obtained: your `tokenProvider` failed, or the token endpoint's answer held no token. */
export class ZpaAuthError extends ZpaError {}

/** A success status whose body is not the JSON the operation returns. The body is never quoted: it may hold secrets. */
export class ZpaInvalidResponseError extends ZpaError {
  /** HTTP status of the answer. */
  declare readonly status: number;
  constructor(status: number, context: ZpaErrorContext) {
    super(`HTTP ${status} with a body that is not valid JSON`, context, { status });
  }
}

/** The fields of a ZPA error body, every string through the redactor; a text body becomes the reason. */
export function asBody(value: unknown, redactor: Redactor): ZpaErrorBody | undefined {
  if (typeof value === "string") return value.trim() ? { reason: redactor.redact(value.slice(0, 500)) } : undefined;
  if (!isObject(value)) return undefined;
  const v = value as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === "string" || typeof x === "number" ? redactor.redact(String(x)) : undefined);
  return {
    id: str(v.id),
    code: str(v.code),
    reason: str(v.reason ?? v.message),
    params: Array.isArray(v.params) ? v.params.map((p) => str(typeof p === "string" ? p : JSON.stringify(p))!) : undefined,
  };
}

/** Reads a failed response's body for an error: JSON if it parses, else the text (never a parse error, whose message quotes the text). */
export async function readErrorBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => "");
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
