import { inspect } from "node:util";
import { createZpaClient, ZpaApiError, ZpaAuthError } from "../src";
import { C, CUSTOMER, json, startTestServer, type TestServer } from "./support/test-server";

const credentials = { clientId: "test-client", clientSecret: "test-secret-value" };
const role = { id: "12", name: "ZPA Administrator" };
let server: TestServer;
afterEach(() => server?.close());

const client = (extra: Partial<Parameters<typeof createZpaClient>[0]> = {}) =>
  createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials, retry: false, ...extra });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("token caching", () => {
  it("signs in once, form-encoded, for 50 concurrent calls and sends that token with each", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => json(role) } });
    const zpa = client();
    const results = await Promise.all(Array.from({ length: 50 }, () => zpa.roles.get("12")));
    expect(results).toHaveLength(50);
    const signins = server.requests.filter((r) => r.path === "/signin");
    expect(signins).toHaveLength(1);
    expect(signins[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(signins[0]!.body))).toEqual({ client_id: "test-client", client_secret: "test-secret-value" });
    const bearers = new Set(server.apiRequests().map((r) => r.headers.authorization));
    expect([...bearers]).toEqual([`Bearer ${server.issued[0]}`]);
  });

  it("reuses the cached token on later calls", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => json(role) } });
    const zpa = client();
    await zpa.roles.get("12");
    await zpa.roles.get("12");
    expect(server.issued).toHaveLength(1);
  });

  it("refreshes before expiry when expires_in arrives as a string (legacy /signin)", async () => {
    server = await startTestServer({ expiresIn: 1, routes: { [`GET ${C}/roles/12`]: () => json(role) } });
    const zpa = client();
    await zpa.roles.get("12");
    await sleep(950);
    await zpa.roles.get("12");
    expect(server.issued).toHaveLength(2);
    expect(server.apiRequests()[1]!.headers.authorization).toBe(`Bearer ${server.issued[1]}`);
  });

  it("uses a OneAPI token URL with a numeric expires_in, sending audience unless it is null", async () => {
    server = await startTestServer({ expiresIn: 1, routes: { [`GET ${C}/roles/12`]: () => json(role) } });
    const zpa = client({ credentials: { ...credentials, tokenUrl: `${server.url}/oauth2/v1/token` } });
    await zpa.roles.get("12");
    await sleep(950);
    await zpa.roles.get("12");
    const grants = server.requests.filter((r) => r.path === "/oauth2/v1/token").map((r) => Object.fromEntries(new URLSearchParams(r.body)));
    expect(grants).toHaveLength(2);
    expect(grants[0]).toEqual({ grant_type: "client_credentials", client_id: "test-client", client_secret: "test-secret-value", audience: "https://api.zscaler.com" });

    const noAudience = client({ credentials: { ...credentials, tokenUrl: `${server.url}/oauth2/v1/token`, audience: null } });
    await noAudience.roles.get("12");
    expect(new URLSearchParams(server.requests.filter((r) => r.path === "/oauth2/v1/token")[2]!.body).has("audience")).toBe(false);
  });

  it("calls a token provider once for concurrent calls and again after a 401", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => json(role) } });
    server.valid.add("first");
    let calls = 0;
    const zpa = client({
      credentials: {
        tokenProvider: async () => {
          calls++;
          await sleep(20);
          return calls === 1 ? "first" : { accessToken: "second", expiresIn: "3600" };
        },
      },
    });
    await Promise.all(Array.from({ length: 10 }, () => zpa.roles.get("12")));
    expect(calls).toBe(1);
    server.valid.delete("first");
    server.valid.add("second");
    await zpa.roles.get("12");
    expect(calls).toBe(2);
  });
});

describe("401", () => {
  it("refreshes once for 50 concurrent calls rejected on a revoked token, then succeeds", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => json(role) } });
    const zpa = client();
    await zpa.roles.get("12");
    server.valid.clear();
    const results = await Promise.all(Array.from({ length: 50 }, () => zpa.roles.get("12")));
    expect(results.every((r) => r.id === "12")).toBe(true);
    expect(server.issued).toHaveLength(2);
  });

  it("surfaces the 401 as ZpaApiError after exactly one refresh", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => json({ id: "access.denied", reason: "no" }, 401) } });
    const zpa = client();
    const error = await zpa.roles.get("12").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaApiError);
    expect(error).toMatchObject({ status: 401, id: "access.denied", operation: "getRole" });
    expect(server.issued).toHaveLength(2);
    expect(server.apiRequests()).toHaveLength(2);
  });

  it("reports a rejected sign-in as ZpaApiError of signIn without the secret", async () => {
    server = await startTestServer({ clientSecret: "another-secret" });
    const zpa = client();
    const error = (await zpa.roles.get("12").catch((e: unknown) => e)) as ZpaApiError;
    expect(error).toBeInstanceOf(ZpaApiError);
    expect(error).toMatchObject({ status: 401, operation: "signIn", method: "POST", path: "/signin", id: "access.denied" });
    expect(JSON.stringify(error) + String(error)).not.toContain("test-secret-value");
    expect(server.apiRequests()).toHaveLength(0);
  });

  // The answer is read as text and parsed by the client: a JSON parse error would quote the body.
  it("fails a 200 sign-in that is not JSON with a message that does not quote the token", async () => {
    const token = "tok-9f8e7d6c5b4a";
    server = await startTestServer({ routes: { "POST /signin": () => ({ status: 200, text: `access_token=${token}&expires_in=3600`, headers: { "content-type": "application/x-www-form-urlencoded" } }) } });
    const error = (await client().roles.get("12").catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/no access token/);
    expect(`${String(error)} ${JSON.stringify(error)} ${error.stack}`).not.toContain(token);
    expect(server.apiRequests()).toHaveLength(0);
  });
});

describe("tokenProvider failures", () => {
  // They once passed through raw, quoting whatever the provider had in hand.
  it("wraps what a tokenProvider throws in ZpaAuthError, redacted, without the raw error as cause", async () => {
    server = await startTestServer();
    server.valid.add("tok-old-value-123456");
    let n = 0;
    const zpa = client({
      credentials: {
        tokenProvider: () => {
          if (n++ === 0) return "tok-old-value-123456";
          throw new Error("vault said: client_secret=hunter2-abcdef, Authorization: Bearer eyJraw.token.here, last token tok-old-value-123456");
        },
      },
    });
    server.routes[`GET ${C}/roles/12`] = () => json(role);
    await zpa.roles.get("12");
    server.valid.clear();
    const error = (await zpa.roles.get("12").catch((e: unknown) => e)) as ZpaAuthError;
    expect(error).toBeInstanceOf(ZpaAuthError);
    expect(error).toMatchObject({ operation: "tokenProvider" });
    expect(error.message).toMatch(/^tokenProvider: tokenProvider failed: Error: vault said: client_secret=\[REDACTED\]/);
    expect(error.cause).toBeUndefined();
    const text = `${String(error)} ${JSON.stringify(error)} ${error.stack} ${inspect(error, { depth: 10 })}`;
    for (const secret of ["hunter2-abcdef", "eyJraw.token.here", "tok-old-value-123456"]) expect(text).not.toContain(secret);
  });

  it("wraps a thrown non-Error and a rejected promise alike", async () => {
    server = await startTestServer();
    const thrown = await client({ credentials: { tokenProvider: () => Promise.reject("password=abc123xyz") } }).roles.get("12").catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ZpaAuthError);
    expect(String(thrown)).toContain("tokenProvider failed: password=[REDACTED]");
    expect(server.apiRequests()).toHaveLength(0);
  });
});
