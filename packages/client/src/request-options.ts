import { checkKeys, checkTimeout, checkType } from "./option-checks";

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

const KEYS = ["signal", "timeoutMs", "headers", "microtenantId"];

/** Refuses a helper's options object with keys other than {@link RequestOptions}'s. */
export function checkRequestKeys(options: unknown, who: string): void {
  // An AbortSignal was these helpers' last argument before they took options.
  const signal = typeof AbortSignal === "function" && options instanceof AbortSignal;
  checkType("options", options, !!options && typeof options === "object" && !signal, `RequestOptions${signal ? ", such as { signal }" : ""}`, who);
  if (options) checkKeys("options", options, KEYS, who);
}

/**
 * Checks the {@link RequestOptions} fields of one call's init (raw or from a helper); `who` names the
 * operation in the error. Cheap when they are absent, which is the common case.
 */
export function checkRequestOptions(init: { timeoutMs?: unknown; microtenantId?: unknown; headers?: unknown }, who: string): void {
  if (init.timeoutMs !== undefined) checkTimeout(init.timeoutMs, who);
  const mt = init.microtenantId;
  checkType("microtenantId", mt, mt === null || (typeof mt === "string" && /^\d{1,19}$/.test(mt)), 'a string of digits ("0" for the Default Microtenant) or null', who);
  if (init.headers !== undefined) {
    let named: boolean;
    try {
      named = new Headers(init.headers as HeadersInit).has("authorization");
    } catch {
      // openapi-fetch takes header values Headers does not (numbers, arrays): look at the names alone.
      named = Object.keys(init.headers as object).some((name) => name.toLowerCase() === "authorization");
    }
    if (named) throw new TypeError(`${who}: headers cannot set authorization; the client sends its own bearer token`);
  }
}
