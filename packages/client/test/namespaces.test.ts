// The generated namespaces on a real loopback server: arguments in the documented order, per-call
// options last, the client's default microtenantId, and the core that knows only the families
// attached to it.
import { createZpaClient, createZpaCore, segmentGroups, provisioningKeys } from "../src";
import { C, CUSTOMER, json, startTestServer, type TestServer } from "./support/test-server";

let server: TestServer;
afterEach(() => server?.close());
beforeEach(async () => {
  server = await startTestServer({ routes: { "*": (req) => (req.method === "GET" ? json({ totalPages: "1", list: [{ id: "1" }] }) : json({ id: "9" }, 201)) } });
});

const options = () => ({ baseUrl: server.url, customerId: CUSTOMER, microtenantId: "5", credentials: { clientId: "test-client", clientSecret: "test-secret-value" }, retry: false as const });
const sent = () => server.apiRequests().map((r) => `${r.method} ${r.path.slice(C.length)}${r.query.size ? `?${r.query}` : ""}${r.body ? ` ${r.body}` : ""}`);

describe("generated namespaces", () => {
  it("take path parameters in route order, then the body, the query and the options", async () => {
    const zpa = createZpaClient(options());
    await zpa.provisioningKeys.update("CONNECTOR_GRP", "77", { name: "k", maxUsage: "2", enrollmentCertId: "3", zcomponentId: "4" }, { microtenantId: "6" }, { headers: { "x-trace": "t1" } });
    await zpa.policies.reorder("300", "71", 2);
    expect(sent()).toEqual([
      `PUT /associationType/CONNECTOR_GRP/provisioningKey/77?microtenantId=6 {"name":"k","maxUsage":"2","enrollmentCertId":"3","zcomponentId":"4"}`,
      "PUT /policySet/300/rule/71/reorder/2?microtenantId=5",
    ]);
    expect(server.apiRequests()[0]!.headers["x-trace"]).toBe("t1");
  });

  it("add the client's microtenantId only where the operation takes one, and drop it for a call given null", async () => {
    const zpa = createZpaClient(options());
    await zpa.segmentGroups.get("1");
    await zpa.segmentGroups.get("1", undefined, { microtenantId: null });
    await zpa.idps.get("2");
    expect(sent()).toEqual(["GET /segmentGroup/1?microtenantId=5", "GET /segmentGroup/1", "GET /idp/2"]);
  });

  it("refuse an unknown call option, naming the operation, before sending", async () => {
    const zpa = createZpaClient(options());
    await expect(zpa.segmentGroups.get("1", undefined, { retries: 2 } as never)).rejects.toThrow(/getSegmentGroup: options\.retries is not an option/);
    expect(() => zpa.segmentGroups.list(undefined, { retries: 2 } as never)).toThrow(/listSegmentGroups: options\.retries is not an option/);
    await expect(zpa.segmentGroups.list(undefined, { timeoutMs: "5" } as never).next()).rejects.toThrow(/listSegmentGroups/);
    expect(sent()).toEqual([]);
  });

  it("are named by the README's rule", () => {
    const zpa = createZpaClient(options());
    const names = (ns: object) => Object.keys(ns);
    expect(names(zpa.applicationSegments)).toEqual(expect.arrayContaining(["list", "listAll", "get", "move", "share", "getByType", "getAllByType", "getMultimatchUnsupportedReferences"]));
    expect(names(zpa.appConnectors)).toEqual(expect.arrayContaining(["getSchedule", "createSchedule", "bulkDelete"]));
    expect(names(zpa.policies)).toEqual(expect.arrayContaining(["reorder", "reorderPolicyRules", "listByType", "listAllByType", "rules"]));
    // One object per family, and `roles` is the administrator-roles family under its earlier name.
    expect(zpa.roles).toBe(zpa.administratorRoles);
  });

  it("reject a missing path parameter instead of sending `{name}`", async () => {
    const zpa = createZpaClient(options());
    await expect((zpa.provisioningKeys.get as (...a: unknown[]) => Promise<unknown>)("CONNECTOR_GRP")).rejects.toThrow("getProvisioningKey: path parameter provisioningKeyId is missing");
    expect(sent()).toEqual([]);
  });
});

describe("createZpaCore with the families it uses", () => {
  it("knows an operation only once its family is attached", async () => {
    const core = createZpaCore(options());
    const route = "/mgmtconfig/v1/admin/customers/{customerId}/segmentGroup";
    expect(core.operation(`GET ${route}`)).toBeUndefined();
    await expect(core.paginate(route).next()).rejects.toThrow(`paginate: ${route} is not a list operation of a family attached to this client`);
    // Before: a raw call on the route cannot know the operation takes microtenantId.
    await core.GET(route);
    const groups = segmentGroups(core);
    await core.GET(route);
    expect((await groups.listAll()).map((g) => g.id)).toEqual(["1"]);
    await provisioningKeys(core).create("SERVICE_EDGE_GRP", { name: "k", maxUsage: "2", enrollmentCertId: "3", zcomponentId: "4" });
    expect(sent().map((s) => s.split(" ")[1])).toEqual([
      "/segmentGroup",
      "/segmentGroup?microtenantId=5",
      "/segmentGroup?pagesize=500&page=1&microtenantId=5",
      "/associationType/SERVICE_EDGE_GRP/provisioningKey?microtenantId=5",
    ]);
  });
});
