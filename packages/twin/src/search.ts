/**
 * ZPA list filters: `field+EQ+value` (EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH, ENDSWITH).
 * Anything else is matched as free text, because the spec types `search` as any string and a
 * server must not reject it.
 */
export type Matcher = (record: Record<string, unknown>) => boolean;

const OPERATORS = ["EQ", "NE", "GT", "LT", "GE", "LE", "CONTAINS", "STARTSWITH", "ENDSWITH"] as const;

/** Compiles a search string against the fields a resource can be searched by. */
export function compileSearch(search: string | undefined, fields: readonly string[]): Matcher | undefined {
  if (search === undefined || search === "") return undefined;
  // `+` arrives as a space once the query string is decoded; accept both.
  const m = /^([A-Za-z]+)[+ ](EQ|NE|GT|LT|GE|LE|CONTAINS|STARTSWITH|ENDSWITH)[+ ](.*)$/.exec(search);
  if (m && fields.includes(m[1]!)) {
    const [, field, op, value] = m as unknown as [string, string, (typeof OPERATORS)[number], string];
    return (r) => {
      const v = String(r[field] ?? "");
      switch (op) {
        case "EQ": return v === value;
        case "NE": return v !== value;
        case "GT": return v > value;
        case "LT": return v < value;
        case "GE": return v >= value;
        case "LE": return v <= value;
        case "CONTAINS": return v.toLowerCase().includes(value.toLowerCase());
        case "STARTSWITH": return v.toLowerCase().startsWith(value.toLowerCase());
        case "ENDSWITH": return v.toLowerCase().endsWith(value.toLowerCase());
      }
    };
  }
  const needle = search.toLowerCase();
  return (r) => fields.some((f) => String(r[f] ?? "").toLowerCase().includes(needle));
}
