import { badOption, checkOptions, isDigits, TIMEOUT, type Table } from "./option-checks";

/**
 * Options of one call: the last argument of every resource helper, and accepted in the `init` of the
 * raw `GET`/`POST`/`PUT`/`DELETE`/`PATCH` (beside openapi-fetch's own `params`, `body`, `parseAs`…).
 */
export interface RequestOptions {
  /** Aborts this call only; it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** This call's per-attempt timeout instead of the client's `timeoutMs` (0 disables it for this call). */
  timeoutMs?: number;
  /** Headers added to this call's request. `authorization` cannot be set: the client sends its own token. */
  headers?: Record<string, string>;
  /**
   * This call's `microtenantId` instead of the client's default, on operations that take one; `null`
   * drops the default. A `microtenantId` in the call's own query wins over it.
   */
  microtenantId?: string | null;
}

const setsAuthorization = (headers: unknown): boolean => {
  try {
    return new Headers(headers as HeadersInit).has("authorization");
  } catch {
    // openapi-fetch takes header values Headers does not (numbers, arrays): look at the names alone.
    return Object.keys(headers as object).some((name) => name.toLowerCase() === "authorization");
  }
};

/** Every field of {@link RequestOptions}; the signal is fetch's to check. */
export const REQUEST: Table = {
  signal: ["an AbortSignal", () => true],
  timeoutMs: TIMEOUT,
  headers: ["free of authorization", (h) => !setsAuthorization(h)],
  microtenantId: ["a string of digits or null", (v) => v === null || isDigits(v)],
};

/** Refuses a helper's options object with keys other than {@link RequestOptions}'s. */
export function checkRequestKeys(options: unknown, who: string): void {
  // An AbortSignal was these helpers' last argument before they took options.
  const signal = typeof AbortSignal === "function" && options instanceof AbortSignal;
  if (!options || typeof options !== "object" || signal) throw badOption("options", `RequestOptions${signal ? ", such as { signal }" : ""}`, options, who);
  checkOptions("options", options, REQUEST, who, 1);
}
