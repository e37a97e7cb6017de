/** The documented error body every operation shares. */
export interface ErrorBody {
  id: string;
  reason: string;
  params: string[];
  exception?: string;
}

/** A response the twin sends; `body` undefined means no body at all. */
export interface TwinResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Set when the body is not JSON (a fault may send text). */
  contentType?: string;
}

/** Thrown anywhere in request handling to answer with a documented error. */
export class TwinHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorId: string,
    readonly reason: string,
    readonly params: string[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${errorId}: ${reason}`);
    this.name = "TwinHttpError";
  }

  toResponse(): TwinResponse {
    return { status: this.status, body: errorBody(this.errorId, this.reason, this.params), headers: this.headers };
  }
}

export function errorBody(id: string, reason: string, params: string[] = []): ErrorBody {
  return { id, reason, params };
}

export const notFound = (what: string, id: string): TwinHttpError =>
  new TwinHttpError(404, "resource.not.found", `${what} ${JSON.stringify(id)} not found`, [id]);

export const invalidInput = (reason: string, params: string[]): TwinHttpError =>
  new TwinHttpError(400, "invalid.input", reason, params);
