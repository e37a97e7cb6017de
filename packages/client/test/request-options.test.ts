import { createZpaClient, ZpaTimeoutError, type RequestOptions } from "../src";
import { C, CUSTOMER, json, startTestServer, type Recorded, type Reply, type TestServer } from "./support/test-server";

const role = { id: "12", name: "ZPA Administrator" };
const rolePath = "/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}" as const;
const token = "tok-request-options";
let server: TestServer;
afterEach(() => server?.close());

const client = (extra: Partial<Parameters<typeof createZpaClient>[0]> = {}) =>
  createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { tokenProvider: () => token }, retry: false, ...extra });

/** A route that answers only once `release()` is called; `seen` resolves when the request arrived. */
const gate = (reply: Reply = json(role)) => {
  let release!: () => void;
  let arrived!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const seen = new Promise<void>((r) => (arrived = r));
  return { release, seen, route: async () => (arrived(), await released, reply) };
};

const start = async (routes: Record<string, (req: Recorded) => Reply | Promise<Reply>>) => {
  server = await startTestServer({ routes });
  server.valid.add(token);
};

describe("per-call signal", () => {
  it("aborts that call only, for helpers, raw calls and lists", async () => {
    const slow = gate();
    await start({ [`GET ${C}/roles/1`]: () => "hang", [`GET ${C}/roles/2`]: slow.route, [`GET ${C}/roles`]: () => "hang" });
    const zpa = client();
    const controller = new AbortController();
    const { signal } = controller;
    const aborted = [
      zpa.roles.get("1", undefined, { signal }),
      zpa.GET(rolePath, { params: { path: { roleId: "1" } }, signal }),
      zpa.roles.listAll(undefined, { signal }),
    ].map((p) => p.catch((e: unknown) => e));
    const other = zpa.roles.get("2");
    await slow.seen;
    while (server.apiRequests().length < 4) await new Promise((r) => setTimeout(r, 10));
    controller.abort(new Error("caller gave up"));
    for (const error of await Promise.all(aborted)) expect(error).toEqual(new Error("caller gave up"));
    slow.release();
    await expect(other).resolves.toEqual(role);
  });
});

describe("per-call timeoutMs", () => {
  it("times out that call on its own deadline while calls on the client's default go on", async () => {
    const slow = gate();
    await start({ [`GET ${C}/roles/1`]: () => "hang", [`GET ${C}/roles/2`]: slow.route });
    const zpa = client({ timeoutMs: 10_000 });
    const other = zpa.roles.get("2");
    await slow.seen;
    const error = await zpa.roles.get("1", undefined, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 200, operation: "getRole" });
    const raw = await zpa.GET(rolePath, { params: { path: { roleId: "1" } }, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(raw).toMatchObject({ name: "ZpaTimeoutError", timeoutMs: 200 });
    slow.release();
    await expect(other).resolves.toEqual(role);
  });

  it("outlasts a shorter client default, and 0 turns the timeout off for that call", async () => {
    const slow = gate();
    await start({ [`GET ${C}/roles/2`]: slow.route, [`GET ${C}/roles/3`]: slow.route });
    const zpa = client({ timeoutMs: 200 });
    const longer = zpa.roles.get("2", undefined, { timeoutMs: 30_000 });
    const untimed = zpa.GET(rolePath, { params: { path: { roleId: "3" } }, timeoutMs: 0 });
    await slow.seen;
    // Past the client's 200 ms, so only the calls' own settings keep them alive.
    await new Promise((r) => setTimeout(r, 600));
    slow.release();
    await expect(longer).resolves.toEqual(role);
    expect((await untimed).data).toEqual(role);
  });

  it.each([["500"], [-1], [Infinity]])("refuses timeoutMs %j before sending anything, naming the operation", async (timeoutMs) => {
    await start({});
    await expect(client().roles.get("12", undefined, { timeoutMs } as unknown as RequestOptions)).rejects.toThrow(/^getRole: timeoutMs must be a number from 0 \(none\) to 2147483647, got /);
    await expect(client().GET(rolePath, { params: { path: { roleId: "12" } }, timeoutMs })).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("per-call headers", () => {
  it("adds them to the request beside the client's own", async () => {
    await start({ [`POST ${C}/administrators`]: () => json({ id: "1" }, 201), [`GET ${C}/roles/12`]: () => json(role) });
    const zpa = client();
    await zpa.administrators.create({ username: "a@example.com", phoneNumber: "1234567890", roleId: "12", password: "Initial#Pass1" }, undefined, { headers: { "x-trace-id": "trace-1" } });
    await zpa.GET(rolePath, { params: { path: { roleId: "12" } }, headers: { "X-Trace-Id": "trace-2" } });
    await zpa.roles.listAll(undefined, { headers: { "x-trace-id": "trace-3" } }).catch(() => undefined);
    const [create, get, list] = server.apiRequests();
    expect(create!.headers).toMatchObject({ "x-trace-id": "trace-1", "content-type": "application/json", authorization: `Bearer ${token}` });
    expect(get!.headers).toMatchObject({ "x-trace-id": "trace-2", authorization: `Bearer ${token}` });
    expect(list!.headers["x-trace-id"]).toBe("trace-3");
  });

  it.each([{ authorization: "Bearer mine" }, { Authorization: "Basic eA==" }, new Headers({ AUTHORIZATION: "x" })])("cannot set authorization (%j): refused before sending", async (headers) => {
    await start({});
    const zpa = client();
    await expect(zpa.roles.get("12", undefined, { headers: headers as unknown as Record<string, string> })).rejects.toThrow("getRole: headers must be free of authorization, got an object");
    await expect(zpa.GET(rolePath, { params: { path: { roleId: "12" } }, headers })).rejects.toThrow("headers must be free of authorization");
    expect(server.requests).toHaveLength(0);
  });
});

describe("per-call microtenantId", () => {
  it("overrides the client's default for that call; null drops it; the call's own query wins", async () => {
    await start({ [`GET ${C}/roles/12`]: () => json(role), [`GET ${C}/roles`]: () => json({ totalPages: "1", list: [role] }), [`PUT ${C}/emergencyAccess/user/u1/activate`]: () => ({ status: 200 }) });
    const zpa = client({ microtenantId: "7" });
    await zpa.roles.get("12", undefined, { microtenantId: "9" });
    await zpa.roles.get("12", undefined, { microtenantId: null });
    await zpa.roles.get("12", { microtenantId: "5" }, { microtenantId: "9" });
    await zpa.GET(rolePath, { params: { path: { roleId: "12" } }, microtenantId: "11" });
    await zpa.roles.listAll(undefined, { microtenantId: "13" });
    await zpa.emergencyAccess.activate("u1", { sendEmail: true }, { microtenantId: "0" });
    await zpa.roles.get("12");
    expect(server.apiRequests().map((r) => r.query.get("microtenantId"))).toEqual(["9", null, "5", "11", "13", "0", "7"]);
  });

  it("is checked like the client's", async () => {
    await start({});
    await expect(client().roles.get("12", undefined, { microtenantId: "default" })).rejects.toThrow('getRole: microtenantId must be a string of digits or null, got "default"');
    expect(server.requests).toHaveLength(0);
  });
});

describe("helper options", () => {
  it("refuses unknown keys, suggesting the near one, and a bare signal where options belong", async () => {
    await start({});
    const zpa = client();
    await expect(zpa.roles.listAll(undefined, { timeout: 5 } as RequestOptions)).rejects.toThrow("listRoles: options.timeout is not an option (did you mean options.timeoutMs?); options take signal, timeoutMs, headers, microtenantId");
    await expect(zpa.roles.get("12", undefined, { signl: undefined } as RequestOptions)).rejects.toThrow("options.signl is not an option (did you mean options.signal?)");
    expect(() => zpa.roles.list(undefined, new AbortController().signal as RequestOptions)).toThrow("listRoles: options must be RequestOptions, such as { signal }, got an object");
    expect(server.requests).toHaveLength(0);
  });
});
