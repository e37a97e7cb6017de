import { Agent, request } from "node:http";
import { startTwin, type Twin, type TwinOptions } from "../src/index";

/** A raw answer: status, headers, text and the parsed JSON when there is any. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

/** Sends one request as given (path not normalised, body as raw bytes), over `agent` if any. */
export function send(
  base: string,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string | Buffer; agent?: Agent } = {},
): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, method, path, headers: opts.headers, agent: opts.agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: any;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode!, headers: res.headers, text, json });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

/** A twin plus a signed-in caller of its API. */
export interface Session {
  twin: Twin;
  token: string;
  /** `/mgmtconfig/v1/admin/customers/{customerId}` of this twin. */
  base: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
}

export async function signIn(twin: Twin): Promise<string> {
  const form = new URLSearchParams({ client_id: twin.credentials.clientId, client_secret: twin.credentials.clientSecret });
  const r = await send(twin.url, "POST", "/signin", { headers: { "content-type": "application/x-www-form-urlencoded" }, body: form.toString() });
  if (r.status !== 200) throw new Error(`sign-in failed with ${r.status}`);
  return r.json.access_token;
}

/** Starts a twin (rate limit off unless asked) and signs in. */
export async function session(options: TwinOptions = {}, agent?: Agent): Promise<Session> {
  const twin = await startTwin({ rateLimit: false, ...options });
  const token = await signIn(twin);
  const base = `/mgmtconfig/v1/admin/customers/${twin.customerId}`;
  return {
    twin,
    token,
    base,
    call(method, path, body, headers = {}) {
      const h: Record<string, string> = { authorization: `Bearer ${token}`, ...headers };
      let payload: string | undefined;
      if (body !== undefined) {
        payload = JSON.stringify(body);
        h["content-type"] ??= "application/json";
      }
      return send(twin.url, method, path.startsWith("/") && !path.startsWith("/mgmtconfig") ? base + path : path, { headers: h, body: payload, agent });
    },
  };
}

/** A valid administrator to create. */
export function adminPayload(n: number | string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { username: `admin.${n}@example.com`, phoneNumber: "2025550123", roleId: "12", password: "Str0ng!Passw0rd", twoFactorAuthEnabled: false, ...extra };
}

/** Expects the documented error shape and returns it. */
export function expectError(r: Answer, status: number, id: string, param?: string): void {
  expect({ status: r.status, id: r.json?.id }).toEqual({ status, id });
  expect(typeof r.json.reason).toBe("string");
  expect(Array.isArray(r.json.params)).toBe(true);
  if (param !== undefined) expect(r.json.params).toContain(param);
  expect(r.headers["content-type"]).toMatch(/^application\/json/);
}
