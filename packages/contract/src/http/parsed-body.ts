import type { Exchange } from "../types";

/** What `parsedBody` answers for a body that is not JSON. */
export const NOT_JSON: unique symbol = Symbol("not JSON");

// Several checks read the same answer; each body is parsed once.
const cache = new WeakMap<NonNullable<Exchange["response"]>, unknown>();

/** A response body parsed as JSON (once per response): undefined when empty, `NOT_JSON` when it does not parse. */
export function parsedBody(response: NonNullable<Exchange["response"]>): unknown {
  if (cache.has(response)) return cache.get(response);
  let value: unknown;
  if (response.body) {
    try {
      value = JSON.parse(response.body);
    } catch {
      value = NOT_JSON;
    }
  }
  cache.set(response, value);
  return value;
}
