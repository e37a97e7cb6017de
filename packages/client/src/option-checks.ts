/**
 * What one option accepts: the words for it (quoted in the error), a test, and optionally what picks
 * the table its object value is checked against (a union of shapes picks by the value), and
 * `flags` ({@link Flag}). Options left `undefined` are not given.
 */
export type Rule = readonly [accepts: string, test: (value: any) => unknown, fields?: (value: any) => Table | undefined, flags?: number];

/** Every option of one object, by name, in the order they are checked. */
export type Table = Readonly<Record<string, Rule>>;

/** Flags of a {@link Rule}; a const enum, so the build writes the numbers in place. */
export const enum Flag {
  /** `undefined` is refused too. */
  REQUIRED = 1,
  /** A refused value is described by its type only, never quoted. */
  SECRET = 2,
}

export const isObject = (value: unknown): value is object => !!value && typeof value === "object" && !Array.isArray(value);

// The kinds the tables are written in.
// Two-element tuples, so a table can add flags to them (`[...FUNCTION, , Flag.REQUIRED]`).
export const FUNCTION = ["a function", (v: unknown) => typeof v === "function"] as const satisfies Rule;
export const BOOLEAN: Rule = ["true or false", (v) => typeof v === "boolean"];
export const isNonEmpty = (v: unknown): v is string => typeof v === "string" && v.length > 0;
export const NON_EMPTY: Rule = ["a non-empty string", isNonEmpty, , Flag.REQUIRED | Flag.SECRET];
/** Ids: int64 as a string of digits. */
export const isDigits = (v: unknown) => typeof v === "string" && /^\d{1,19}$/.test(v);
export const ABSOLUTE_URL: Rule = ["an absolute http(s) URL", (v) => typeof v === "string" && /^https?:\/\/[^/]/i.test(v) && URL.canParse(v)];
/** A number `ok` accepts (NaN and non-numbers never pass). */
export const number = (accepts: string, ok: (value: number) => boolean, flags?: number): Rule => [accepts, (v) => typeof v === "number" && ok(v), , flags];
/** A count: an integer ≥ 1 (never a string or NaN). */
export const COUNT = ["an integer ≥ 1", (v: any) => Number.isInteger(v) && v >= 1] as const satisfies Rule;
// What a timer can wait: below 2^31 ms.
export const TIMEOUT = number("a number from 0 (none) to 2147483647", (v) => v >= 0 && v < 2 ** 31);

/**
 * The TypeError for a bad option, always in one form: `who: name must be <accepts>, got <value>`,
 * the value described as a short string quoted, an object as such, a function or a secret by its
 * type alone.
 */
export const badOption = (name: string, accepts: string, value: unknown, who = "createZpaClient", secret?: unknown): TypeError => {
  const type = typeof value;
  const got =
    value && type === "object"
      ? "an object"
      : type === "string" && !secret
        ? JSON.stringify((value as string).length > 64 ? `${(value as string).slice(0, 64)}…` : value)
        : (secret && value != null) || type === "function"
          ? type
          : String(value);
  return new TypeError(`${who}: ${name} must be ${accepts}, got ${got}`);
};

/**
 * Checks `given` against `table`: refuses a key the table lacks (suggesting the name it likely
 * meant), then each value its rule refuses, then the fields of an object value that has a table of
 * its own.
 * `where` prefixes the names (`retry` → `retry.maxAttempts`); `parts` 1 checks the keys only, 2 the
 * values only.
 */
export function checkOptions(where: string, given: object, table: Table, who?: string, parts = 3): void {
  const known = Object.keys(table);
  const at = (key: string) => (where ? `${where}.${key}` : key);
  for (const key of parts & 1 ? Object.keys(given) : []) {
    if (known.includes(key)) continue;
    // The name a typo meant: the one sharing the longest start of at least three letters, case
    // aside (`retries` → `retry`, `signl` → `signal`); the same name in another case counts one
    // letter more than its length, so it beats a longer name it starts (`timeoutms` → `timeoutMs`).
    // The error lists every name anyway, so this cheap rule stands in for an edit distance.
    const lower = key.toLowerCase();
    let near: string | undefined;
    let best = 2;
    for (const name of known) {
      const other = name.toLowerCase();
      let shared = 0;
      while (shared <= other.length && other[shared] === lower[shared]) shared++;
      if (shared > best) (near = name), (best = shared);
    }
    throw new TypeError(`${who ?? "createZpaClient"}: ${at(key)} is not an option${near ? ` (did you mean ${at(near)}?)` : ""}; ${where || "the options"} take ${known.join(", ")}`);
  }
  for (const key of parts & 2 ? known : []) {
    const [accepts, test, fields, flags] = table[key]!;
    const value = (given as Record<string, unknown>)[key];
    if (value === undefined ? flags! & Flag.REQUIRED : !test(value)) throw badOption(at(key), accepts, value, who, flags! & Flag.SECRET);
    const sub = fields?.(value);
    if (sub && isObject(value)) checkOptions(at(key), value, sub, who);
  }
}
