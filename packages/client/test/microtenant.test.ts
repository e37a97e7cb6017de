import { createZpaClient } from "../src";
import { C, CUSTOMER, json, startTestServer, type TestServer } from "./support/test-server";

const role = { id: "12", name: "ZPA Administrator" };
let server: TestServer;
afterEach(() => server?.close());

const client = (microtenantId?: string) =>
  createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, microtenantId, credentials: { clientId: "test-client", clientSecret: "test-secret-value" }, retry: false });

beforeEach(async () => {
  server = await startTestServer({
    routes: {
      [`GET ${C}/roles/12`]: () => json(role),
      [`PUT ${C}/emergencyAccess/user/u1/activate`]: () => ({ status: 200 }),
      [`GET ${C}/roles`]: () => json({ totalPages: "1", list: [role] }),
    },
  });
});

describe("microtenantId", () => {
  it("is added to every call that takes one, reads, writes and list pages alike", async () => {
    const zpa = client("145256180497776789");
    await zpa.roles.get("12");
    await zpa.emergencyAccess.activate("u1", { sendEmail: true });
    await zpa.roles.listAll();
    for (const r of server.apiRequests()) expect(r.query.get("microtenantId")).toBe("145256180497776789");
    expect(server.apiRequests()[1]!.query.get("sendEmail")).toBe("true");
  });

  it("is never sent to the sign-in endpoint", async () => {
    await client("7").roles.get("12");
    const signin = server.requests.find((r) => r.path === "/signin")!;
    expect(signin.query.has("microtenantId")).toBe(false);
  });

  it("yields to a call's own value, and `null` drops it for one call", async () => {
    const zpa = client("7");
    await zpa.roles.get("12", { microtenantId: "0" });
    await zpa.roles.get("12", { microtenantId: null });
    const [a, b] = server.apiRequests();
    expect(a!.query.get("microtenantId")).toBe("0");
    expect(b!.query.has("microtenantId")).toBe(false);
  });

  it("is not sent when the client has no default", async () => {
    await client().roles.get("12");
    expect(server.apiRequests()[0]!.query.has("microtenantId")).toBe(false);
  });
});

describe("customerId and path parameters", () => {
  it("fills customerId into raw calls so callers never repeat it", async () => {
    const { data, response } = await client().GET("/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}", { params: { path: { roleId: "12" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual(role);
    expect(server.apiRequests()[0]!.path).toBe(`${C}/roles/12`);
  });

  it("rejects an undefined or empty path parameter before any request, naming it", async () => {
    const zpa = client();
    await expect(zpa.roles.get(undefined as unknown as string)).rejects.toThrow("getRole: path parameter roleId is missing");
    await expect(zpa.emergencyAccess.get("")).rejects.toThrow("getEmergencyAccessUser: path parameter userId is empty");
    expect(server.requests).toHaveLength(0);
  });

  it("escapes path parameters", async () => {
    await client().roles.get("a/b?c").catch(() => undefined);
    expect(server.apiRequests()[0]!.path).toBe(`${C}/roles/a%2Fb%3Fc`);
  });
});
