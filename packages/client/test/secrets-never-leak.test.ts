import { inspect } from "node:util";
import fc from "fast-check";
import { createZpaClient, ZpaApiError, ZpaError } from "../src";
import { C, CUSTOMER, json, startTestServer, type Recorded, type TestServer } from "./support/test-server";

// A server that echoes everything it was sent (body, authorization, query) into its error bodies,
// the worst case for leaking: the client must still never repeat a secret.
const echo = (status: number, extra: Record<string, string> = {}) => (req: Recorded) =>
  json({ id: "echo.error", reason: `got ${req.body} with ${req.headers.authorization ?? "no auth"}`, params: [req.body, String(req.headers.authorization), req.query.toString()] }, status, extra);

// Echoes the password and the token as bare values, where no field-name pattern can recognise them:
// only the client's knowledge of its own secrets can mask them.
const bare = (req: Recorded) => {
  const password = req.body ? String(JSON.parse(req.body).password) : "";
  const token = String(req.headers.authorization).replace(/^Bearer /, "");
  return json({ id: "echo.error", reason: `rejected ${password} for ${token}`, params: [password, token] }, 400);
};

const charset = [..."abcXYZ019!@#$%^&*()_+-=[]{};':\",./<>?\\| ~`é€"];
const secret = fc.string({ unit: fc.constantFrom(...charset), minLength: 10, maxLength: 40 }).filter((s) => new Set(s).size >= 5);
// Tokens travel in a header, so they are visible ASCII; the other secrets may hold anything.
const headerSafe = [..."abcXYZ019!#$%&*+-.^_|~"];
const token = fc.string({ unit: fc.constantFrom(...headerSafe), minLength: 10, maxLength: 60 }).filter((s) => new Set(s).size >= 5);
const scenarios = ["signin-rejected", "create-400", "update-500", "create-429-fail-fast", "token-in-500", "timeout"] as const;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const texts = (error: unknown, logs: string[]) => {
  const e = error as Error;
  return [String(e), e.message, e.stack ?? "", JSON.stringify(e), inspect(e, { depth: 10 }), ...logs];
};

describe("secrets never leak", () => {
  it("no generated client secret, token, password or tmpPassword appears in any error's text or debug log", async () => {
    await fc.assert(
      fc.asyncProperty(secret, token, secret, secret, fc.constantFrom(...scenarios), async (clientSecret, token, password, tmpPassword, scenario) => {
        const logs: string[] = [];
        server.routes = {
          "POST /signin": (req) => {
            const form = new URLSearchParams(req.body);
            if (scenario === "signin-rejected" || form.get("client_secret") !== clientSecret) return echo(401)(req);
            server.valid.add(token);
            return json({ token_type: "Bearer", access_token: token, expires_in: "3600" });
          },
          [`POST ${C}/administrators`]: scenario === "create-429-fail-fast" ? echo(429, { "retry-after": "13s" }) : echo(400),
          [`PUT ${C}/administrators/1`]: echo(500),
          [`GET ${C}/roles/1`]: scenario === "timeout" ? () => "hang" : echo(500),
        };
        const zpa = createZpaClient({
          baseUrl: server.url,
          customerId: CUSTOMER,
          credentials: { clientId: "id", clientSecret },
          retry: { maxAttempts: 2, baseDelayMs: 1, maxTotalWaitMs: 50 },
          // Short only where the timeout is the scenario: a loaded machine may take longer than that to answer.
          timeoutMs: scenario === "timeout" ? 100 : 10_000,
          logger: (line) => logs.push(line),
        });
        const admin = { username: "a@example.com", phoneNumber: "1234567890", roleId: "12", password, tmpPassword, confirmPassword: password };
        const call =
          scenario === "update-500" ? zpa.administrators.update("1", admin) : scenario === "token-in-500" || scenario === "timeout" ? zpa.roles.get("1") : zpa.administrators.create(admin);
        const error = await call.then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(ZpaError);
        if (scenario !== "timeout") expect(error).toBeInstanceOf(ZpaApiError);
        for (const text of texts(error, logs)) {
          for (const s of [clientSecret, token, password, tmpPassword]) {
            if (text.includes(s)) throw new Error(`secret leaked in ${scenario}: ${JSON.stringify(text)}`);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  // The token and body passwords once shared a 64-entry list: ~32 failing writes with different
  // passwords (each remembered in its raw, URL- and JSON-escaped forms) pushed the token out, and
  // later errors quoted it.
  it("keeps the token masked however many failing writes with different passwords came before", async () => {
    const token = "tok-kept-masked-7f3a9c";
    server.valid.add(token);
    server.routes = { [`POST ${C}/administrators`]: bare, [`GET ${C}/roles/1`]: bare };
    const zpa = createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { tokenProvider: () => token }, retry: false });
    for (let i = 0; i < 40; i++) await zpa.administrators.create({ username: "a@example.com", phoneNumber: "1234567890", roleId: "12", password: `p@ss word "${i}"` }).catch(() => undefined);
    const error = await zpa.roles.get("1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaApiError);
    expect(texts(error, []).join("\n")).not.toContain(token);
  });

  // Under 41 concurrent failing creates, requests' errors quoted their own passwords.
  it("masks each of N concurrent failing writes' own password and the token in that write's error", async () => {
    const token = "tok-concurrent-4d2b8e";
    server.valid.add(token);
    server.routes = { [`POST ${C}/administrators`]: bare };
    const zpa = createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { tokenProvider: () => token }, retry: false });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(secret, { minLength: 1, maxLength: 60 }), async (passwords) => {
        const errors = await Promise.all(passwords.map((password) => zpa.administrators.create({ username: "a@example.com", phoneNumber: "1234567890", roleId: "12", password }).catch((e: unknown) => e)));
        errors.forEach((error, i) => {
          expect(error).toBeInstanceOf(ZpaApiError);
          for (const text of texts(error, [])) {
            if (text.includes(passwords[i]!)) throw new Error(`request ${i} of ${passwords.length} leaked its own password: ${JSON.stringify(text)}`);
            if (text.includes(token)) throw new Error(`request ${i} of ${passwords.length} leaked the token: ${JSON.stringify(text)}`);
          }
        });
      }),
      { numRuns: 15 },
    );
  });

  it("does not quote a token that cannot be sent as a header", async () => {
    const zpa = createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { tokenProvider: () => "bad-token-€-value" } });
    const error = await zpa.roles.get("1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaError);
    expect(texts(error, []).join("\n")).not.toContain("bad-token");
  });

  it("keeps the useful parts of an echoed error around the masked secret", async () => {
    server.routes = { [`POST ${C}/administrators`]: echo(400) };
    server.valid.add("tok-visible-check");
    const zpa = createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { tokenProvider: () => "tok-visible-check" } });
    const error = (await zpa.administrators.create({ username: "a@example.com", phoneNumber: "1234567890", roleId: "12", password: "Secret#Pass1" }).catch((e: unknown) => e)) as ZpaApiError;
    expect(error.message).toContain("HTTP 400 echo.error got");
    expect(error.message).toContain("[REDACTED]");
    expect(error.message).not.toContain("Secret#Pass1");
    expect(error.message).not.toContain("tok-visible-check");
    expect(error.toJSON()).toMatchObject({ name: "ZpaApiError", status: 400, id: "echo.error", operation: "createAdministrator", method: "POST" });
  });
});
