/**
 * What one option accepts: the words for it (quoted in the error), a test, and optionally what picks
 * the table its object value is checked against (a union of shapes picks by the value), and
 * `flags` ({@link REQUIRED}, {@link SECRET}). Options left `undefined` are not given.
 */
export type Rule = readonly [accepts: string, test: (value: any) => unknown, fields?: (value: any) => Table | undefined, flags?: number];

/** Every option of one object, by name, in the order they are checked. */
export type Table = Readonly<Record<string, Rule>>;

/** Flag of a {@link Rule}: `undefined` is refused too. */
export const REQUIRED = 1;
/** Flag of a {@link Rule}: a refused value is described by its type only, never quoted. */
export const SECRET = 2;

export const isObject = (value: unknown): value is object => !!value && typeof value === "object" && !Array.isArray(value);

// The kinds the tables are written in.
export const FUNCTION: Rule = ["a function", (v) => typeof v === "function"];
export const BOOLEAN: Rule = ["true or false", (v) => typeof v === "boolean"];
export const NON_EMPTY: Rule = ["a non-empty string", (v) => typeof v === "string" && v.length > 0, , REQUIRED | SECRET];
/** Ids: int64 as a string of digits. */
export const isDigits = (v: unknown) => typeof v === "string" && /^\d{1,19}$/.test(v);
export const ABSOLUTE_URL: Rule = ["an absolute http(s) URL", (v) => typeof v === "string" && /^https?:\/\/[^/]/i.test(v) && URL.canParse(v)];
/** A number `ok` accepts (NaN and non-numbers never pass). */
export const number = (accepts: string, ok: (value: number) => boolean, flags?: number): Rule => [accepts, (v) => typeof v === "number" && ok(v), , flags];
/** A count: an integer ≥ 1 (never a string or NaN). */
export const COUNT: Rule = ["an integer ≥ 1", (v) => Number.isInteger(v) && v >= 1];
// What a timer can wait: below 2^31 ms.
export const TIMEOUT = number("a number from 0 (none) to 2147483647", (v) => v >= 0 && v < 2 ** 31);

/** Describes a refused value: a short string quoted, an object as such, a function or a secret by its type alone. */
export const describe = (value: unknown, secret?: unknown): string => {
  const type = typeof value;
  return value && type === "object"
    ? "an object"
    : type === "string" && !secret
      ? JSON.stringify((value as string).length > 64 ? `${(value as string).slice(0, 64)}…` : value)
      : (secret && value != null) || type === "function"
        ? type
        : String(value);
};

/** The TypeError for a bad option, always in one form: `who: name must be <accepts>, got <value>`. */
export const badOption = (name: string, accepts: string, value: unknown, who = "createZpaClient", secret?: unknown): TypeError =>
  new TypeError(`${who}: ${name} must be ${accepts}, got ${describe(value, secret)}`);

// Edit distance, for suggesting the option a typo meant (`retries` → `retry`).
function distance(a: string, b: string): number {
  let row = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Checks `given` against `table`: refuses a key the table lacks (suggesting the nearest name), then
 * each value its rule refuses, then the fields of an object value that has a table of its own.
 * `where` prefixes the names (`retry` → `retry.maxAttempts`); `parts` 1 checks the keys only, 2 the
 * values only.
 */
export function checkOptions(where: string, given: object, table: Table, who?: string, parts = 3): void {
  const known = Object.keys(table);
  const at = (key: string) => (where ? `${where}.${key}` : key);
  for (const key of parts & 1 ? Object.keys(given) : []) {
    if (known.includes(key)) continue;
    // A name within two edits, or sharing its first four letters (`retries` → `retry`); the closest wins.
    const lower = key.toLowerCase();
    let near: string | undefined;
    let best = Infinity;
    for (const k of known) {
      const d = distance(k.toLowerCase(), lower);
      if (d < best && (d <= 2 || (lower.length >= 4 && k.toLowerCase().startsWith(lower.slice(0, 4))))) (near = k), (best = d);
    }
    throw new TypeError(`${who ?? "createZpaClient"}: ${at(key)} is not an option${near ? ` (did you mean ${at(near)}?)` : ""}; ${where || "the options"} take ${known.join(", ")}`);
  }
  for (const key of parts & 2 ? known : []) {
    const [accepts, test, fields, flags] = table[key]!;
    const value = (given as Record<string, unknown>)[key];
    if (value === undefined ? flags! & REQUIRED : !test(value)) throw badOption(at(key), accepts, value, who, flags! & SECRET);
    const sub = fields?.(value);
    if (sub && isObject(value)) checkOptions(at(key), value, sub, who);
  }
}
