import type { Exchange } from "../types";

/** Fields whose values never leave the process as they are. */
const PASSWORD_FIELDS = new Set(["password", "tmppassword", "confirmpassword"]);
const SECRET_FIELDS = new Set(["client_secret", "clientsecret", "access_token", "refresh_token", "token", "secret"]);

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
  if (SECRET_FIELDS.has(k) && value !== undefined && value !== null) return "REDACTED";
  return value;
}

function redactJson(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(redactJson);
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, redactValue(k, typeof v === "object" ? redactJson(v) : v)]));
  }
  return node;
}

/** Redacts secrets in a JSON or form-encoded body; other bodies pass unchanged. */
export function redactBody(body: string | undefined, contentType = ""): string | undefined {
  if (!body) return body;
  if (contentType.includes("x-www-form-urlencoded")) {
    const params = new URLSearchParams(body);
    for (const [k, v] of [...params.entries()]) {
      const r = redactValue(k, v);
      if (r !== v) params.set(k, k.toLowerCase() === "client_secret" ? "$ZPA_CLIENT_SECRET" : String(r));
    }
    return params.toString().replace(/%24ZPA_CLIENT_SECRET/g, "$ZPA_CLIENT_SECRET");
  }
  try {
    return JSON.stringify(redactJson(JSON.parse(body)));
  } catch {
    return body;
  }
}

/** Redacts the Authorization header (to `$ZPA_TOKEN`) and cookies. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    const lk = k.toLowerCase();
    if (lk === "authorization") out[k] = /^bearer\s+/i.test(v) && v.length > 7 ? "Bearer $ZPA_TOKEN" : v.length ? "REDACTED" : v;
    else if (lk === "cookie" || lk === "set-cookie") out[k] = "REDACTED";
    else out[k] = v;
  }
  return out;
}

/** A copy of an exchange that is safe to log, report and save. */
export function redactExchange(x: Exchange): Exchange {
  const ct = x.request.headers["content-type"] ?? "";
  return {
    ...x,
    request: { ...x.request, headers: redactHeaders(x.request.headers), body: redactBody(x.request.body, ct) },
    response: x.response && { ...x.response, headers: redactHeaders(x.response.headers), body: redactBody(x.response.body, x.response.headers["content-type"]) ?? "" },
  };
}
