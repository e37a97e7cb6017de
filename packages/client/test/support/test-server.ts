// A small ZPA-shaped HTTP server on 127.0.0.1 for the client's tests: real sockets, recorded
// requests, and per-test routes layered over default sign-in and token checks.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export const CUSTOMER = "216196257331281920";
export const C = `/mgmtconfig/v1/admin/customers/${CUSTOMER}`;

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
  /** When the client closed or aborted the exchange before the server had answered in full. */
  abortedAt?: number;
}

/**
 * What a route returns: status, JSON body, headers; or "hang" (never answer), "stall" (send 200 and
 * half a JSON body, then nothing) or "destroy" (drop the socket). `text` replaces the JSON body.
 */
export type Reply = { status?: number; body?: unknown; headers?: Record<string, string>; text?: string } | "hang" | "stall" | "destroy";
export type Route = (req: Recorded, server: TestServer) => Reply | Promise<Reply>;

export interface TestServerOptions {
  clientId?: string;
  clientSecret?: string;
  /** `expires_in` the sign-in endpoints return (string on /signin, number on the OneAPI URL). */
  expiresIn?: number;
  /** Route table keyed by `"METHOD /path"` (path without query); `*` matches any route not listed. */
  routes?: Record<string, Route>;
}

export interface TestServer {
  url: string;
  requests: Recorded[];
  /** Tokens issued so far, oldest first. */
  issued: string[];
  /** Tokens the server accepts; remove one to make it answer 401. */
  valid: Set<string>;
  routes: Record<string, Route>;
  /** Requests to API paths (not sign-in). */
  apiRequests(): Recorded[];
  close(): Promise<void>;
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Reply => ({ status, body, headers });

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const clientId = options.clientId ?? "test-client";
  const clientSecret = options.clientSecret ?? "test-secret-value";
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  const state: TestServer = {
    url: "",
    requests: [],
    issued: [],
    valid: new Set(),
    routes: { ...options.routes },
    apiRequests: () => state.requests.filter((r) => r.path.startsWith("/mgmtconfig")),
    close: async () => {
      for (const res of hanging) res.destroy();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const issue = (form: URLSearchParams, numeric: boolean): Reply => {
    if (form.get("client_id") !== clientId || form.get("client_secret") !== clientSecret) {
      return json({ id: "access.denied", reason: "Invalid client credentials" }, 401);
    }
    const token = `tok-${state.issued.length + 1}-${Math.random().toString(36).slice(2)}`;
    state.issued.push(token);
    state.valid.add(token);
    const expires = options.expiresIn ?? 3600;
    return json({ token_type: "Bearer", access_token: token, expires_in: numeric ? expires : String(expires) });
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://x");
      const rec: Recorded = { method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString(), at: Date.now() };
      state.requests.push(rec);
      // "close" before the response finished means the client went away (an abort, a timeout).
      res.on("close", () => {
        if (!res.writableFinished) rec.abortedAt = Date.now();
      });
      const key = `${rec.method} ${rec.path}`;
      let reply: Reply;
      const route = state.routes[key];
      if (key === "POST /signin" || key === "POST /oauth2/v1/token") {
        reply = route ? await route(rec, state) : issue(new URLSearchParams(rec.body), key !== "POST /signin");
      } else {
        const token = /^Bearer (.+)$/.exec(rec.headers.authorization ?? "")?.[1];
        const fallback = route ?? state.routes["*"];
        if (!token || !state.valid.has(token)) reply = json({ id: "access.denied", reason: "Authentication is required" }, 401);
        else if (fallback) reply = await fallback(rec, state);
        else reply = json({ id: "resource.not.found", reason: "Resource not found", params: [] }, 404);
      }
      if (reply === "hang") return void hanging.add(res);
      if (reply === "stall") {
        res.writeHead(200, { "content-type": "application/json", "content-length": "40" });
        res.write('{"id":"12","name":');
        return void hanging.add(res);
      }
      if (reply === "destroy") return void req.socket.destroy();
      // `text` is sent as it is, for answers that are not JSON.
      const body = reply.text ?? (reply.body === undefined ? "" : JSON.stringify(reply.body));
      res.writeHead(reply.status ?? 200, { ...(body ? { "content-type": "application/json" } : {}), ...reply.headers });
      res.end(body);
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
