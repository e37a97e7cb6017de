import { startTwin, type Twin } from "../src/index";
import { expectError, send, signIn } from "./twin-session";

const FORM = { "content-type": "application/x-www-form-urlencoded" };

describe("token endpoints", () => {
  let twin: Twin;
  beforeAll(async () => {
    twin = await startTwin({ rateLimit: false, clientId: "ci-key", clientSecret: "s3cret-for-tests" });
  });
  afterAll(() => twin.stop());
  const users = () => `/mgmtconfig/v1/admin/customers/${twin.customerId}/emergencyAccess/users`;

  it("/signin issues a bearer token with expires_in as a digit string", async () => {
    const r = await send(twin.url, "POST", "/signin", { headers: FORM, body: "client_id=ci-key&client_secret=s3cret-for-tests" });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ token_type: "Bearer", expires_in: "3600" });
    const ok = await send(twin.url, "GET", users(), { headers: { authorization: `Bearer ${r.json.access_token}` } });
    expect(ok.status).toBe(200);
  });

  it("/signin refuses a wrong secret with 401 and a missing one with 400 naming it", async () => {
    expectError(await send(twin.url, "POST", "/signin", { headers: FORM, body: "client_id=ci-key&client_secret=nope" }), 401, "access.denied");
    expectError(await send(twin.url, "POST", "/signin", { headers: FORM, body: "client_id=ci-key" }), 400, "invalid.input", "client_secret");
    expectError(await send(twin.url, "POST", "/signin", { headers: { "content-type": "application/json" }, body: "{}" }), 415, "unsupported.media.type");
  });

  it("the OneAPI token URL answers with expires_in as a number, audience optional", async () => {
    const r = await send(twin.url, "POST", "/oauth2/v1/token", {
      headers: FORM,
      body: "grant_type=client_credentials&client_id=ci-key&client_secret=s3cret-for-tests&audience=https%3A%2F%2Fapi.zscaler.com",
    });
    expect(r.status).toBe(200);
    expect(typeof r.json.expires_in).toBe("number");
    const bad = await send(twin.url, "POST", "/oauth2/v1/token", { headers: FORM, body: "grant_type=password&client_id=ci-key&client_secret=x" });
    expect(bad.status).toBe(400);
    const wrong = await send(twin.url, "POST", "/oauth2/v1/token", { headers: FORM, body: "grant_type=client_credentials&client_id=ci-key&client_secret=x" });
    expect(wrong.status).toBe(401);
  });

  it("no token, a wrong token, a non-bearer header and a signed-out token all get 401", async () => {
    expectError(await send(twin.url, "GET", users()), 401, "access.denied");
    expectError(await send(twin.url, "GET", users(), { headers: { authorization: "Bearer not-a-token" } }), 401, "access.denied");
    expectError(await send(twin.url, "GET", users(), { headers: { authorization: "Basic Y2k6eA==" } }), 401, "access.denied");
    const token = await signIn(twin);
    expect((await send(twin.url, "POST", "/signout", { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expectError(await send(twin.url, "GET", users(), { headers: { authorization: `Bearer ${token}` } }), 401, "access.denied");
    // A session already ended cannot be ended again, and signing out takes a token like any operation.
    expectError(await send(twin.url, "POST", "/signout", { headers: { authorization: `Bearer ${token}` } }), 401, "access.denied");
    expectError(await send(twin.url, "POST", "/signout"), 401, "access.denied");
  });

  it("an expired token gets 401", async () => {
    const short = await startTwin({ rateLimit: false, tokenTtlSeconds: 1 });
    try {
      const token = await signIn(short);
      const path = `/mgmtconfig/v1/admin/customers/${short.customerId}/roles`;
      expect((await send(short.url, "GET", path, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      const late = await send(short.url, "GET", path, { headers: { authorization: `Bearer ${token}` } });
      expectError(late, 401, "access.denied");
      expect(late.json.reason).toMatch(/expired/);
    } finally {
      await short.stop();
    }
  });

  it("another customer's path is forbidden", async () => {
    const token = await signIn(twin);
    const r = await send(twin.url, "GET", "/mgmtconfig/v1/admin/customers/123/roles", { headers: { authorization: `Bearer ${token}` } });
    expectError(r, 403, "access.denied", "customerId");
  });
});
