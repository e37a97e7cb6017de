const MASK = "[REDACTED]";
// Field names whose values are secrets wherever they show up (JSON, form bodies, query strings);
// case-insensitive, so `password` also catches tmpPassword and confirmPassword, `token` access_token.
const SECRET_FIELD = /((?:password|client_?secret|token)"?\s*[:=]\s*"?)([^"&\s,}]+)/gi;
const BEARER = /(bearer\s+)[^\s"',]+/gi;
// Secrets shorter than this are not replaced by value (they would mangle ordinary words); the
// field-name patterns above still catch them.
const MIN_SECRET = 6;
// Bearer tokens kept masked: the current one and a few before it, which calls still in flight (or
// their errors) may carry. Request-body secrets are never pooled here: each request's errors get a
// redactor of their own (`with`), so no number of other requests can push them out.
const MAX_TOKENS = 4;

/** Masks known secret values (and their URL- and JSON-escaped forms) and secret-looking fields in text. */
export interface Redactor {
  /** Masks a new bearer token from now on; never forgotten while it is one of the latest few. */
  addToken(token: string | undefined): void;
  redact(text: string): string;
  /** A redactor that masks everything this one does (tokens added later included) plus `secrets`. */
  with(secrets: string[]): Redactor;
}

const variants = (secrets: Array<string | undefined>) => {
  const out = new Set<string>();
  for (const s of secrets) {
    if (s && s.length >= MIN_SECRET) for (const v of [s, encodeURIComponent(s), new URLSearchParams({ s }).toString().slice(2), JSON.stringify(s).slice(1, -1)]) out.add(v);
  }
  return [...out];
};

/** Creates a redactor; `permanent` secrets (the client secret) are never forgotten. */
export function createRedactor(permanent: Array<string | undefined> = []): Redactor {
  const fixed = variants(permanent);
  const tokens: string[][] = [];
  const make = (extra: string[]): Redactor => ({
    addToken(token) {
      const v = variants([token]);
      if (!v.length) return;
      tokens.push(v);
      if (tokens.length > MAX_TOKENS) tokens.shift();
    },
    redact(text) {
      let out = text;
      // Longest first, so a secret containing another is masked whole.
      for (const s of [...fixed, ...tokens.flat(), ...extra].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join(MASK);
      return out.replace(BEARER, `$1${MASK}`).replace(SECRET_FIELD, `$1${MASK}`);
    },
    with: (secrets) => make([...extra, ...variants(secrets)]),
  });
  return make([]);
}

/** Collects secret-field values from a JSON or form request body so errors about it can mask them. */
export function secretsInBody(body: unknown): string[] {
  if (typeof body !== "string" || !body) return [];
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
