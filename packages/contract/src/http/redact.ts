import type { Exchange } from "../types";

/** Fields whose values never leave the process as they are. */
const PASSWORD_FIELDS = new Set(["password", "tmppassword", "confirmpassword"]);
const SECRET_FIELDS = new Set(["client_secret", "clientsecret", "access_token", "refresh_token", "token", "secret"]);
// A body that names none of these fields has nothing to redact by field name: it is not parsed at all.
const SENSITIVE_KEY = /password|secret|token/i;

/** What a secret that turns up in an unexpected place (a URL, a header, an echoing field) becomes. */
export const REDACTED = "REDACTED";

/**
 * Masks a generated password character by character (A, a, 0, !) so a redacted counterexample still
 * breaks or keeps the same password rule (length and character classes) without showing the value.
 */
export function maskPassword(value: string): string {
  return [...value].map((c) => (/[A-Z]/.test(c) ? "A" : /[a-z]/.test(c) ? "a" : /[0-9]/.test(c) ? "0" : "!")).join("");
}

function redactValue(key: string, value: unknown): unknown {
  const k = key.toLowerCase();
  if (PASSWORD_FIELDS.has(k) && typeof value === "string") return maskPassword(value);
  if (SECRET_FIELDS.has(k) && value !== undefined && value !== null) return REDACTED;
  return value;
}

/** The string values a body carries at secret and at password fields. */
export interface SecretValues {
  secrets: string[];
  passwords: string[];
}

const NO_SECRET_VALUES: SecretValues = Object.freeze({ secrets: Object.freeze([]) as unknown as string[], passwords: Object.freeze([]) as unknown as string[] });

/**
 * Redacts secrets in a JSON or form-encoded body, given the secret and password values found in it
 * (so each body is parsed once); other bodies pass unchanged.
 */
function redactBody(body: string | undefined, contentType: string, values: SecretValues): string | undefined {
  if (!body || !SENSITIVE_KEY.test(body)) return body;
  if (contentType.includes("x-www-form-urlencoded")) {
    const params = new URLSearchParams(body);
    for (const [k, v] of [...params.entries()]) {
      const r = redactValue(k, v);
      if (r !== v) params.set(k, k.toLowerCase() === "client_secret" ? "$ZPA_CLIENT_SECRET" : String(r));
    }
    return params.toString().replace(/%24ZPA_CLIENT_SECRET/g, "$ZPA_CLIENT_SECRET");
  }
  // The values are replaced in the text, not re-serialized: numbers too large for a double (int64
  // ids) and the server's own formatting stay as they were.
  let out = body;
  for (const v of values.secrets) out = out.split(JSON.stringify(v)).join(JSON.stringify(REDACTED));
  for (const v of values.passwords) out = out.split(JSON.stringify(v)).join(JSON.stringify(maskPassword(v)));
  return out;
}

/** A header's value with a credential it carries by name (the `Authorization` header, cookies) hidden. */
function redactHeaderValue(lowerName: string, value: string): string {
  if (lowerName === "authorization") return /^bearer\s+/i.test(value) && value.length > 7 ? "Bearer $ZPA_TOKEN" : value.length ? REDACTED : value;
  if (lowerName === "cookie" || lowerName === "set-cookie") return REDACTED;
  return value;
}

/**
 * A copy of an exchange with secrets in its bodies blanked by field name (`values` found in each),
 * every header value passed through `header`, and the URL, bodies and error through `text`: the
 * one shape both redactions share, so each exchange is copied once.
 */
function redactedCopy(x: Exchange, values: { request: SecretValues; response: SecretValues }, header: (lowerName: string, value: string) => string, text: (s: string) => string): Exchange {
  const headers = (h: Record<string, string>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const k of Object.keys(h)) out[k] = header(k.toLowerCase(), h[k]!);
    return out;
  };
  const { request, response } = x;
  const requestBody = redactBody(request.body, request.headers["content-type"] ?? "", values.request);
  return {
    ...x,
    request: { ...request, url: text(request.url), headers: headers(request.headers), body: requestBody === undefined ? undefined : text(requestBody) },
    ...(response ? { response: { ...response, headers: headers(response.headers), body: text(redactBody(response.body, response.headers["content-type"] ?? "", values.response) ?? "") } } : {}),
    ...(x.error !== undefined ? { error: text(x.error) } : {}),
  };
}

/** A copy of an exchange that is safe to log, report and save (secrets found by field name). */
export function redactExchange(x: Exchange): Exchange {
  const values = {
    request: secretValuesIn(x.request.body, x.request.headers["content-type"]),
    response: x.response ? secretValuesIn(x.response.body, x.response.headers["content-type"]) : NO_SECRET_VALUES,
  };
  return redactedCopy(x, values, redactHeaderValue, (s) => s);
}

/** String values at secret or password fields of a JSON or form body, anywhere in it. */
export function secretValuesIn(body: string | undefined, contentType = ""): SecretValues {
  // Most bodies name no such field: one regular-expression test, no parse and nothing allocated.
  if (!body || !SENSITIVE_KEY.test(body)) return NO_SECRET_VALUES;
  const out: SecretValues = { secrets: [], passwords: [] };
  const take = (k: string, v: unknown) => {
    if (typeof v !== "string" || !v) return;
    const lk = k.toLowerCase();
    if (SECRET_FIELDS.has(lk)) out.secrets.push(v);
    else if (PASSWORD_FIELDS.has(lk)) out.passwords.push(v);
  };
  if (contentType.includes("x-www-form-urlencoded")) {
    for (const [k, v] of new URLSearchParams(body)) take(k, v);
    return out;
  }
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) (typeof v === "object" ? walk(v) : take(k, v));
  };
  try {
    walk(JSON.parse(body));
  } catch {
    // Not JSON: nothing to find by field name.
  }
  return out;
}

/** The forms a value takes in a URL, a form body or a JSON string. */
function spellings(value: string): string[] {
  const forms = new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1), new URLSearchParams({ v: value }).toString().slice(2)]);
  return [...forms].filter((f) => f.length > 0);
}

// Shorter values would be found inside unrelated text and blank it; secrets this short are refused by any real tenant.
const MIN_SECRET_LENGTH = 8;

/** Names of headers whose values are credentials (an API key, a session cookie): never shown, whatever their length. */
export const SECRET_HEADER = /token|key|secret|auth|cookie|session|password|signature/i;

/**
 * Redacts exchanges where they are recorded, so that checks, reports, HAR files and logs only ever
 * see redacted ones. Besides fields known by name (passwords, `client_secret`, `access_token`, the
 * `Authorization` header), every value registered as a secret (the client secret, every token the
 * run was given) is blanked wherever it turns up: in a URL, a header, or any field of a body that
 * echoes it back. A password is masked in its own exchange wherever it turns up there.
 */
export class Redactor {
  private readonly secrets = new Set<string>();
  private needles: [string, string][] = [];
  private readonly secretHeaders = new Set<string>();

  /**
   * @param tokensAreSecrets false for a mock, whose tokens are the spec's example values (Prism's
   * `"string"`), which its other answers carry too: blanking them there would change ids it answered.
   * Tokens are still redacted by field name and in the `Authorization` header.
   */
  constructor(private readonly tokensAreSecrets = true) {}

  /** Treats `value` as a secret from now on. */
  add(value: string | undefined): void {
    if (!value || value.length < MIN_SECRET_LENGTH || this.secrets.has(value)) return;
    this.secrets.add(value);
    for (const s of spellings(value)) this.needles.push([s, REDACTED]);
    // Longest first: a secret that contains another is blanked whole.
    this.needles.sort((a, b) => b[0].length - a[0].length);
  }

  /**
   * A header the run adds to every request, given by the user: blanked by name when its name says it
   * is a credential (a value too short to blank wherever it turns up is still never shown there).
   */
  addHeader(name: string, value: string): void {
    if (!SECRET_HEADER.test(name)) return;
    this.secretHeaders.add(name.toLowerCase());
    this.add(value);
  }

  /**
   * A redacted copy of an exchange; secrets it carries by field name are registered first. Each body
   * is parsed at most once, and the exchange is copied once (this runs for every request of a run).
   */
  redact(x: Exchange): Exchange {
    const { request, response } = x;
    const reqCt = request.headers["content-type"] ?? "";
    const resCt = response?.headers["content-type"] ?? "";
    const found = secretValuesIn(request.body, reqCt);
    const answered = response ? secretValuesIn(response.body, resCt) : NO_SECRET_VALUES;
    // A secret field the request itself carried is this exchange's own (the suite generated it, or it
    // is the client secret, registered on its own): blanked here only. Generated values such as
    // "toString" would otherwise blank every later answer that happens to contain them.
    const own = new Set(found.secrets);
    if (this.tokensAreSecrets) {
      for (const s of answered.secrets) if (!own.has(s)) this.add(s);
      for (const k of Object.keys(request.headers)) {
        if (k.toLowerCase() !== "authorization") continue;
        const bearer = /^bearer\s+(.+)$/i.exec(request.headers[k]!)?.[1];
        if (bearer && !bearer.startsWith("$ZPA_")) this.add(bearer.trim());
      }
    }
    // A password is only ever this exchange's own: masked wherever it turns up in it, request or answer.
    const local: [string, string][] = [];
    for (const s of own) if (s.length >= MIN_SECRET_LENGTH && !this.secrets.has(s)) for (const f of spellings(s)) local.push([f, REDACTED]);
    for (const p of [...found.passwords, ...answered.passwords]) {
      if (p.length < MIN_SECRET_LENGTH) continue;
      const mask = maskPassword(p);
      for (const s of spellings(p)) local.push([s, mask]);
    }
    const needles = local.length ? [...this.needles, ...local].sort((a, b) => b[0].length - a[0].length) : this.needles;
    const scrub = (s: string): string => {
      for (const [needle, replacement] of needles) if (s.includes(needle)) s = s.split(needle).join(replacement);
      return s;
    };
    // By name first (Authorization, cookies, credential headers the user named), then by value.
    const byHeaderName = this.secretHeaders.size > 0;
    const header = (lowerName: string, value: string): string => {
      const v = redactHeaderValue(lowerName, value);
      return v && byHeaderName && this.secretHeaders.has(lowerName) ? REDACTED : scrub(v);
    };
    return redactedCopy(x, { request: found, response: answered }, header, scrub);
  }
}
