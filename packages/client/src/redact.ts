const MASK = "[REDACTED]";
// Field names whose values are secrets wherever they show up (JSON, form bodies, query strings);
// case-insensitive, so `password` also catches tmpPassword and confirmPassword, `token` access_token.
// The name stays in front (a lookbehind), only the value is masked.
const SECRET_FIELD = /(?<=(?:password|client_?secret|token)"?\s*[:=]\s*"?)[^"&\s,}]+/gi;
const BEARER = /(?<=bearer\s+)[^\s"',]+/gi;
// A const enum, so the build writes the numbers in place (a bundler cannot inline a `var`).
const enum Limit {
  // Secrets shorter than this are not replaced by value (they would mangle ordinary words); the
  // field-name patterns above still catch them.
  MIN_SECRET = 6,
  // Bearer tokens kept masked: the current one and a few before it, which calls still in flight (or
  // their errors) may carry. Request-body secrets are never pooled here: each request's errors get a
  // redactor of their own (`with`), so no number of other requests can push them out.
  MAX_TOKENS = 4,
}

/** Masks known secret values (and their URL- and JSON-escaped forms) and secret-looking fields in text. */
export interface Redactor {
  /** Masks a new bearer token from now on; never forgotten while it is one of the latest few. */
  addToken(token: string | undefined): void;
  redact(text: string): string;
  /** A redactor that masks everything this one does (tokens added later included) plus `secrets`. */
  with(secrets: string[]): Redactor;
}

// Each secret as written, URL-encoded, form-encoded and JSON-escaped, without repeats.
const variants = (secrets: Array<string | undefined>): string[] => [
  ...new Set(
    secrets
      .filter((s): s is string => !!s && s.length >= Limit.MIN_SECRET)
      .flatMap((s) => [s, encodeURIComponent(s), new URLSearchParams({ s }).toString().slice(2), JSON.stringify(s).slice(1, -1)]),
  ),
];

/** Creates a redactor; `permanent` secrets (the client secret) are never forgotten. */
export function createRedactor(permanent: Array<string | undefined> = []): Redactor {
  const tokens: string[][] = [];
  // `extra`: the permanent secrets, plus those of the redactors made `with` more.
  const make = (extra: string[]): Redactor => ({
    addToken(token) {
      const v = variants([token]);
      // `push` answers the pool's new size.
      if (v.length && tokens.push(v) > Limit.MAX_TOKENS) tokens.shift();
    },
    redact(text) {
      // Longest first, so a secret containing another is masked whole.
      for (const s of [...tokens.flat(), ...extra].sort((a, b) => b.length - a.length)) text = text.replaceAll(s, MASK);
      return text.replace(BEARER, MASK).replace(SECRET_FIELD, MASK);
    },
    with: (secrets) => make([...extra, ...variants(secrets)]),
  });
  return make(variants(permanent));
}

/** Collects secret-field values from a JSON or form request body so errors about it can mask them. */
export function secretsInBody(body: unknown): string[] {
  if (typeof body !== "string") return [];
  const found: string[] = [];
  const visit = (value: unknown, key = ""): void => {
    if (typeof value === "string") {
      if (/pass|secret|token/i.test(key)) found.push(value);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  try {
    visit(JSON.parse(body));
  } catch {
    for (const [k, v] of new URLSearchParams(body)) visit(v, k);
  }
  return found;
}
