import { Socket, connect } from "node:net";
import { TokenIssuer } from "../src/auth";
import { startTwin, type Twin } from "../src/index";
import { send, signIn } from "./twin-session";

const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** Resolves when the server closes `socket`, with what it wrote before closing. */
function closed(socket: Socket): Promise<string> {
  let text = "";
  socket.on("data", (d: Buffer) => (text += d.toString()));
  return new Promise((resolve) => socket.once("close", () => resolve(text)));
}

/** A slow client's connection ends within 10 s, closed or answered 408. */
async function expectCutOff(done: Promise<string>): Promise<void> {
  const text = await Promise.race([done, new Promise<string>((_, reject) => setTimeout(() => reject(new Error("still open after 10 s")), 10_000))]);
  expect(text === "" || /^HTTP\/1\.1 408/.test(text)).toBe(true);
}

function open(twin: Twin): Promise<Socket> {
  const url = new URL(twin.url);
  return new Promise((resolve, reject) => {
    const s = connect(Number(url.port), url.hostname, () => resolve(s));
    s.once("error", reject);
  });
}

describe("security review of the twin", () => {
  it("the token map stays bounded: 50,000 sign-ins keep at most the newest tokens", () => {
    const issuer = new TokenIssuer({ clientId: "a", clientSecret: "b" }, 3600);
    const tokens: string[] = [];
    for (let i = 0; i < 50_000; i++) tokens.push(issuer.issue("a", "b")!);
    expect(issuer.size).toBeLessThanOrEqual(1_000);
    expect(issuer.check(`Bearer ${tokens.at(-1)}`).ok).toBe(true);
    expect(issuer.check(`Bearer ${tokens[0]}`).ok).toBe(false);
  });

  it("expired tokens are dropped when new ones are issued", () => {
    let now = 0;
    const issuer = new TokenIssuer({ clientId: "a", clientSecret: "b" }, 1, () => now);
    for (let i = 0; i < 100; i++) issuer.issue("a", "b");
    now += 2_000;
    issuer.issue("a", "b");
    expect(issuer.size).toBe(1);
  });

  describe("with rate limits on", () => {
    let twin: Twin;
    beforeAll(async () => {
      twin = await startTwin({ clientId: "k", clientSecret: "s" });
    });
    afterAll(() => twin.stop());

    it("sign-in is limited per client address: the 11th attempt within 10 s gets 429", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const r = await send(twin.url, "POST", "/signin", { headers: FORM, body: `client_id=k&client_secret=${i % 2 ? "s" : "guess"}` });
        statuses.push(r.status);
      }
      expect(statuses.slice(0, 10).every((s) => s === 200 || s === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
      const token = await send(twin.url, "POST", "/oauth2/v1/token", { headers: FORM, body: "grant_type=client_credentials&client_id=k&client_secret=s" });
      expect(token.status).toBe(429);
      expect(token.headers["retry-after"]).toMatch(/^[0-9]+s$/);
    });
  });

  describe("with rate limits off", () => {
    let twin: Twin;
    const logged: string[] = [];
    beforeAll(async () => {
      twin = await startTwin({ rateLimit: false, clientId: "k", clientSecret: "s", headersTimeoutMs: 500, requestTimeoutMs: 1_000, log: (l) => logged.push(l) });
    });
    afterAll(() => twin.stop());
    beforeEach(() => (logged.length = 0));

    it("Basic auth with bad percent-encoding at the OneAPI token URL gets 401, not a logged URIError", async () => {
      const basic = Buffer.from("k:%E0%A4%A").toString("base64");
      const r = await send(twin.url, "POST", "/oauth2/v1/token", { headers: { ...FORM, authorization: `Basic ${basic}` }, body: "grant_type=client_credentials" });
      expect(r.status).toBe(401);
      expect(r.json.error).toBe("invalid_client");
      expect(logged).toEqual([]);
    });

    it("a client that aborts its request is not logged as an internal error", async () => {
      const token = await signIn(twin);
      const socket = await open(twin);
      socket.write(
        `POST /mgmtconfig/v1/admin/customers/${twin.customerId}/administrators HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${token}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"user`,
      );
      await new Promise((r) => setTimeout(r, 100));
      socket.destroy();
      // The twin is still serving, and said nothing about the abort.
      expect((await send(twin.url, "GET", `/mgmtconfig/v1/admin/customers/${twin.customerId}/roles`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 100));
      expect(logged).toEqual([]);
    });

    it("slowloris: a client that never finishes its headers is cut off", async () => {
      const socket = await open(twin);
      const done = closed(socket);
      socket.write("GET /roles HTTP/1.1\r\nhost: x\r\n");
      const drip = setInterval(() => socket.writable && socket.write("x-slow: 1\r\n"), 100);
      try {
        await expectCutOff(done);
      } finally {
        clearInterval(drip);
        socket.destroy();
      }
    }, 15_000);

    it("a slow body is cut off with 408 instead of being held for minutes", async () => {
      const socket = await open(twin);
      const done = closed(socket);
      socket.write("POST /signin HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: 100\r\n\r\n");
      const drip = setInterval(() => socket.writable && socket.write("a"), 100);
      try {
        await expectCutOff(done);
      } finally {
        clearInterval(drip);
        socket.destroy();
      }
      expect(logged).toEqual([]);
    }, 15_000);

    it("1,000 concurrent connections are all answered, and the twin keeps serving", async () => {
      const token = await signIn(twin);
      const path = `/mgmtconfig/v1/admin/customers/${twin.customerId}/roles`;
      const answers = await Promise.all(
        Array.from({ length: 1_000 }, (_, i) => send(twin.url, "GET", path, { headers: i % 2 ? { authorization: `Bearer ${token}` } : {} })),
      );
      expect(answers.filter((a) => a.status === 200)).toHaveLength(500);
      expect(answers.filter((a) => a.status === 401)).toHaveLength(500);
      expect(logged).toEqual([]);
    });
  });
});
