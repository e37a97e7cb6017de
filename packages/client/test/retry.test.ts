import { createZpaClient, parseRetryAfter, ZpaApiError, ZpaNetworkError, ZpaTimeoutError } from "../src";
import { C, CUSTOMER, json, startTestServer, type Reply, type TestServer } from "./support/test-server";

const credentials = { clientId: "test-client", clientSecret: "test-secret-value" };
const role = { id: "12", name: "ZPA Administrator" };
const tooMany = (retryAfter: string): Reply => json({ exception: "invalid.toomanyrequests", id: "invalid.toomanyrequests", reason: "Too many requests" }, 429, { "retry-after": retryAfter });
const newUser = { emailId: "a@example.com", firstName: "A", lastName: "B" };
const created = { ...newUser, userId: "00u1", userStatus: "Staged", allowedActivate: true, allowedDeactivate: false, updateEnabled: true };
let server: TestServer;
afterEach(() => server?.close());

const client = (extra: Partial<Parameters<typeof createZpaClient>[0]> = {}) =>
  createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials, retry: { baseDelayMs: 10, maxTotalWaitMs: 3000 }, ...extra });

/** Fails the first `times` calls with `reply`, then answers `ok`. */
const flaky = (times: number, reply: () => Reply, ok: Reply) => {
  let n = 0;
  return () => (n++ < times ? reply() : ok);
};

describe("parseRetryAfter", () => {
  it("reads ZPA's `13s`, plain seconds and HTTP dates; ignores junk", () => {
    const now = Date.parse("Thu, 26 Nov 2026 10:00:00 GMT");
    expect(parseRetryAfter("13s", now)).toBe(13_000);
    expect(parseRetryAfter("13", now)).toBe(13_000);
    expect(parseRetryAfter(" 0.5s ", now)).toBe(500);
    expect(parseRetryAfter("Thu, 26 Nov 2026 10:00:13 GMT", now)).toBe(13_000);
    expect(parseRetryAfter("Thu, 26 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("429 and 503", () => {
  it.each([
    ["1s", () => "1s"],
    ["1", () => "1"],
    ["an HTTP date", () => new Date(Date.now() + 2000).toUTCString()],
  ])("waits as retry-after %s says, then succeeds", async (_name, header) => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: flaky(1, () => tooMany(header()), json(role)) } });
    const result = await client().roles.get("12");
    expect(result.id).toBe("12");
    const [first, second] = server.apiRequests();
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
  });

  it("fails fast with a clear error when retry-after is longer than the wait budget", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => tooMany("13s") } });
    const started = Date.now();
    const error = (await client({ retry: { maxTotalWaitMs: 2000 } }).roles.get("12").catch((e: unknown) => e)) as ZpaApiError;
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error).toBeInstanceOf(ZpaApiError);
    expect(error).toMatchObject({ status: 429, id: "invalid.toomanyrequests", retryAfterMs: 13_000 });
    expect(error.message).toContain("13s");
    expect(error.message).toContain("maxTotalWaitMs");
    expect(server.apiRequests()).toHaveLength(1);
  });

  // The last 429 of a call once came without the wait the server asked for.
  it.each([
    ["13s", 13_000, { retry: false as const }],
    ["7", 7_000, { retry: false as const }],
    ["1s", 1_000, { retry: { maxAttempts: 2, baseDelayMs: 1 } }],
  ])("gives the final 429 error the parsed retry-after %s as retryAfterMs", async (header, ms, extra) => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => tooMany(header) } });
    const error = await client(extra).roles.get("12").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaApiError);
    expect(error).toMatchObject({ status: 429, id: "invalid.toomanyrequests", retryAfterMs: ms, operation: "getRole" });
  });

  it("gives the final 429 error an HTTP-date retry-after as retryAfterMs, and none when the header is junk", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => tooMany(new Date(Date.now() + 60_000).toUTCString()) } });
    const error = (await client({ retry: false }).roles.get("12").catch((e: unknown) => e)) as ZpaApiError;
    expect(error.retryAfterMs).toBeGreaterThan(50_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(60_000);
    server.routes[`GET ${C}/roles/12`] = () => tooMany("soon");
    expect(await client({ retry: false }).roles.get("12").catch((e: unknown) => e)).toMatchObject({ status: 429, retryAfterMs: undefined });
  });

  it("retries a POST after 429: the server did not act on it", async () => {
    server = await startTestServer({ routes: { [`POST ${C}/emergencyAccess/user`]: flaky(1, () => tooMany("1s"), json(created, 201)) } });
    await expect(client().emergencyAccess.create(newUser)).resolves.toMatchObject({ userId: "00u1" });
    expect(server.apiRequests()).toHaveLength(2);
  });

  it("retries a GET after 503 with backoff, up to maxAttempts", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => json({ id: "retryable.server.error" }, 503) } });
    const error = await client({ retry: { maxAttempts: 3, baseDelayMs: 5 } }).roles.get("12").catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, id: "retryable.server.error", operation: "getRole" });
    expect(server.apiRequests()).toHaveLength(3);
  });

  it("never replays a POST after a 5xx", async () => {
    server = await startTestServer({ routes: { [`POST ${C}/emergencyAccess/user`]: flaky(1, () => json({ id: "retryable.server.error" }, 503, { "retry-after": "1s" }), json(created, 201)) } });
    await expect(client().emergencyAccess.create(newUser)).rejects.toMatchObject({ status: 503 });
    expect(server.apiRequests()).toHaveLength(1);
  });

  it("does not retry at all with retry: false", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: flaky(1, () => tooMany("1s"), json(role)) } });
    await expect(client({ retry: false }).roles.get("12")).rejects.toMatchObject({ status: 429 });
    expect(server.apiRequests()).toHaveLength(1);
  });
});

describe("network failures and timeouts", () => {
  it("retries a GET whose connection dropped", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: flaky(1, () => "destroy", json(role)) } });
    await expect(client().roles.get("12")).resolves.toMatchObject({ id: "12" });
    expect(server.apiRequests()).toHaveLength(2);
  });

  it("never replays a POST whose connection dropped after it was sent", async () => {
    server = await startTestServer({ routes: { [`POST ${C}/emergencyAccess/user`]: flaky(1, () => "destroy", json(created, 201)) } });
    const error = await client().emergencyAccess.create(newUser).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaNetworkError);
    expect(server.apiRequests()).toHaveLength(1);
  });

  it("throws ZpaNetworkError with the system code when nothing listens", async () => {
    server = await startTestServer();
    const url = server.url;
    await server.close();
    const zpa = createZpaClient({ baseUrl: url, customerId: CUSTOMER, credentials: { tokenProvider: () => "t" }, retry: { maxAttempts: 2, baseDelayMs: 1 } });
    const error = await zpa.roles.get("12").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaNetworkError);
    expect(error).toMatchObject({ code: "ECONNREFUSED", operation: "getRole" });
  });

  it("times out a GET as ZpaTimeoutError after each attempt's timeout", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => "hang" } });
    const error = await client({ timeoutMs: 600, retry: { maxAttempts: 2, baseDelayMs: 1 } }).roles.get("12").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 600, operation: "getRole", method: "GET" });
    expect(server.apiRequests()).toHaveLength(2);
  });

  it("times out a POST once and never sends it again", async () => {
    server = await startTestServer({ routes: { [`POST ${C}/emergencyAccess/user`]: () => "hang" } });
    const error = await client({ timeoutMs: 600 }).emergencyAccess.create(newUser).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaTimeoutError);
    expect(server.apiRequests()).toHaveLength(1);
  });

  it("lets the caller's own abort signal through as an abort, not a timeout", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => "hang" } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("caller gave up")), 100);
    const error = await client().GET(`/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}`, { params: { path: { roleId: "12" } }, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toEqual(new Error("caller gave up"));
    expect(server.apiRequests()).toHaveLength(1);
  });
});
