import { getEventListeners } from "node:events";
import { createZpaClient, ZpaTimeoutError } from "../src";
import { C, CUSTOMER, json, startTestServer, type Recorded, type TestServer } from "./support/test-server";

const credentials = { clientId: "test-client", clientSecret: "test-secret-value" };
const role = { id: "12", name: "ZPA Administrator" };
const rolePath = "/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}" as const;
let server: TestServer;
afterEach(() => server?.close());

// 1 s, not less: under a loaded CI machine the sign-in before the call must not be what times out.
const client = (extra: Partial<Parameters<typeof createZpaClient>[0]> = {}) =>
  createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials, retry: false, timeoutMs: 1000, ...extra });

/** Resolves once the server has seen the client abandon `req` (fails the test after 3 s). */
const abandoned = async (req: Recorded | undefined): Promise<number> => {
  for (let waited = 0; waited < 3000; waited += 20) {
    if (req?.abortedAt !== undefined) return req.abortedAt - req.at;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("the server never saw the timed-out request closed: it still holds its socket");
};

describe("timeouts abort the request", () => {
  it("closes the connection of a request whose headers never came", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => "hang" } });
    const error = await client().roles.get("12").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 1000, operation: "getRole" });
    // Closed by the timeout, not before it.
    expect(await abandoned(server.apiRequests()[0])).toBeGreaterThanOrEqual(950);
  });

  it("covers the body read: a body that stalls after the headers times out and is aborted", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => "stall" } });
    const error = await client().roles.get("12").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 1000, operation: "getRole", method: "GET" });
    await abandoned(server.apiRequests()[0]);
  });

  it("covers the body read of raw calls and of the token request too", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => "stall" } });
    await expect(client().GET(rolePath, { params: { path: { roleId: "12" } } })).rejects.toBeInstanceOf(ZpaTimeoutError);
    await abandoned(server.apiRequests()[0]);
    server.routes["POST /signin"] = () => "stall";
    const error = await client({ credentials: { ...credentials, clientId: "other" } }).roles.get("12").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaTimeoutError);
    expect(error).toMatchObject({ operation: "signIn" });
    await abandoned(server.requests.find((r) => r.path === "/signin" && r.body.includes("other")));
  });

  it("retries an idempotent call after a timeout on a fresh connection, and the first one is closed", async () => {
    let n = 0;
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => (n++ === 0 ? "hang" : json(role)) } });
    await expect(client({ retry: { baseDelayMs: 1 } }).roles.get("12")).resolves.toMatchObject({ id: "12" });
    await abandoned(server.apiRequests()[0]);
    expect(server.apiRequests()[1]!.abortedAt).toBeUndefined();
  });

  it("stops the deadline at the headers when the caller takes the body as a stream", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => json(role) } });
    const { response } = await client({ timeoutMs: 500 }).GET(rolePath, { params: { path: { roleId: "12" } }, parseAs: "stream" });
    await new Promise((r) => setTimeout(r, 700));
    expect(JSON.parse(await response.text())).toEqual(role);
  });

  it("leaves no listener behind on a long-lived caller signal", async () => {
    server = await startTestServer({ routes: { [`GET ${C}/roles/12`]: () => json(role) } });
    const controller = new AbortController();
    const zpa = client();
    for (let i = 0; i < 3; i++) await zpa.GET(rolePath, { params: { path: { roleId: "12" } }, signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
