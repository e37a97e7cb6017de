import { badOption } from "./errors";

// Edit distance, for suggesting the option a typo meant (`retries` → `retry`).
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Refuses any key of `given` that is not in `known`, suggesting the nearest known name. */
export function checkKeys(where: string, given: object, known: readonly string[], who?: string): void {
  for (const key of Object.keys(given)) {
    if (known.includes(key)) continue;
    // A name within two edits, or sharing its first four letters (`retries` → `retry`); the closest wins.
    const lower = key.toLowerCase();
    let near: string | undefined;
    let best = Infinity;
    for (const k of known) {
      const d = distance(k.toLowerCase(), lower);
      if (d < best && (d <= 2 || (lower.length >= 4 && k.toLowerCase().startsWith(lower.slice(0, 4))))) (near = k), (best = d);
    }
    const name = where ? `${where}.${key}` : key;
    throw badOption(name, `is not an option${near ? ` (did you mean ${where ? `${where}.${near}` : near}?)` : ""}; ${where || "the options"} take ${known.join(", ")}`, undefined, who);
  }
}

/** A short, secret-free description of a value for an error message. */
export const describe = (value: unknown): string =>
  typeof value === "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : typeof value === "number" || typeof value === "boolean" ? String(value) : typeof value;

/** Checks a timeout in ms: a number, finite, ≥ 0, and within what a timer can wait (0 disables it). */
export function checkTimeout(value: unknown, who?: string): number {
  if (typeof value !== "number" || !(value >= 0 && value < 2 ** 31)) {
    throw badOption("timeoutMs", "must be a number of milliseconds from 0 (none) to 2147483647", describe(value), who);
  }
  return value;
}

/** Checks that `value` is of a kind `ok` accepts, else names the option and what it takes. */
export function checkType(name: string, value: unknown, ok: boolean, expected: string, who?: string): void {
  if (value !== undefined && !ok) throw badOption(name, `must be ${expected}`, describe(value), who);
}
