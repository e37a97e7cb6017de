const MASK = "[REDACTED]";
// Field names whose values are secrets wherever they show up (JSON, form bodies, query strings);
// case-insensitive, so `password` also catches tmpPassword and confirmPassword, `token` access_token.
const SECRET_FIELD = /((?:password|client_?secret|token)"?\s*[:=]\s*"?)([^"&\s,}]+)/gi;
const BEARER = /(bearer\s+)[^\s"',]+/gi;
// Secrets shorter than this are not replaced by value (they would mangle ordinary words); the
// field-name patterns above still catch them.
const MIN_SECRET = 6;
// Request-body secrets are remembered only for recent requests: enough for the error being built.
const MAX_SECRETS = 64;

/** Masks known secret values (and their URL- and JSON-escaped forms) and secret-looking fields in text. */
export interface Redactor {
  /** Remembers a secret so every later `redact` masks it. */
  add(secret: string | undefined): void;
  redact(text: string): string;
}

/** Creates a redactor; `permanent` secrets (the client secret) are never forgotten. */
export function createRedactor(permanent: Array<string | undefined> = []): Redactor {
  const fixed = new Set<string>();
  const recent: string[] = [];
  const variants = (secret: string) => {
    const out = new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)]);
    return [...out];
  };
  for (const s of permanent) if (s && s.length >= MIN_SECRET) for (const v of variants(s)) fixed.add(v);
  return {
    add(secret) {
      if (!secret || secret.length < MIN_SECRET) return;
      for (const v of variants(secret)) {
        if (fixed.has(v) || recent.includes(v)) continue;
        recent.push(v);
        if (recent.length > MAX_SECRETS) recent.shift();
      }
    },
    redact(text) {
      let out = text;
      // Longest first, so a secret containing another is masked whole.
      for (const s of [...fixed, ...recent].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join(MASK);
      return out.replace(BEARER, `$1${MASK}`).replace(SECRET_FIELD, `$1${MASK}`);
    },
  };
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
