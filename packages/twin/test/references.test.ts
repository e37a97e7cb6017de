import { Agent } from "node:http";
import { openapi } from "@zpa-openapi/spec";
import { synthesize } from "../src/engine/schema";
import { expectError, send, session, type Session } from "./twin-session";

/** A valid write of a schema of the spec (its required fields, from its examples), with `extra` on top. */
const write = (schema: string, extra: Record<string, unknown> = {}) => ({ ...(synthesize(openapi, { $ref: `#/components/schemas/${schema}` }) as object), ...extra });

describe("references, in-use deletes and policy rule order", () => {
  let s: Session;
  let connectorGroup: any;
  beforeAll(async () => {
    s = await session({});
    connectorGroup = (await s.call("POST", "/appConnectorGroup", write("AppConnectorGroupWrite", { name: "CG" }))).json;
  });
  afterAll(() => s.twin.stop());

  const serverGroup = async (name: string) => {
    const r = await s.call("POST", "/serverGroup", write("ServerGroupWrite", { name, appConnectorGroups: [{ id: connectorGroup.id }] }));
    expect(r.status).toBe(201);
    return r.json;
  };
  const segmentGroup = async (name: string) => (await s.call("POST", "/segmentGroup", write("SegmentGroupWrite", { name }))).json;
  const segment = (segmentGroupId: string, serverGroupIds: string[], name = "app") =>
    s.call("POST", "/application", write("ApplicationSegmentWrite", { name, domainNames: ["app.example.com"], segmentGroupId, serverGroups: serverGroupIds.map((id) => ({ id })) }));

  it("an application segment's segmentGroupId and serverGroups[].id must exist (400 naming the field)", async () => {
    const sg = await segmentGroup("SG");
    const grp = await serverGroup("SRV");
    expectError(await segment("145256180497000001", [grp.id]), 400, "invalid.input", "segmentGroupId");
    expectError(await segment(sg.id, ["145256180497000002"]), 400, "invalid.input", "serverGroups[].id");
    expectError(await s.call("POST", "/serverGroup", write("ServerGroupWrite", { name: "x", appConnectorGroups: [{ id: "1" }] })), 400, "invalid.input", "appConnectorGroups[].id");
  });

  it("reads expand references to ids plus names, as the pages show them", async () => {
    const sg = await segmentGroup("Finance apps");
    const grp = await serverGroup("Finance servers");
    const created = await segment(sg.id, [grp.id], "ledger");
    expect(created.status).toBe(201);
    const read = (await s.call("GET", `/application/${created.json.id}`)).json;
    expect(read.serverGroups).toEqual([{ id: grp.id, name: "Finance servers" }]);
    expect(read.segmentGroupId).toBe(sg.id);
    expect(read.segmentGroupName).toBe("Finance apps");
  });

  it("deleting something still in use is refused with 400 resource.referenced, and allowed once it is not", async () => {
    const sg = await segmentGroup("in use");
    const grp = await serverGroup("in use");
    const app = (await segment(sg.id, [grp.id], "user")).json;
    expectError(await s.call("DELETE", `/serverGroup/${grp.id}`), 400, "resource.referenced");
    expectError(await s.call("DELETE", `/segmentGroup/${sg.id}`), 400, "resource.referenced");
    expect((await s.call("GET", `/serverGroup/${grp.id}`)).status).toBe(200);
    expect((await s.call("DELETE", `/application/${app.id}`)).status).toBe(204);
    expect((await s.call("DELETE", `/serverGroup/${grp.id}`)).status).toBe(204);
    expect((await s.call("DELETE", `/segmentGroup/${sg.id}`)).status).toBe(204);
  });

  it("an update cannot point a reference at something that does not exist, and leaves the record as it was", async () => {
    const sg = await segmentGroup("upd");
    const grp = await serverGroup("upd");
    const app = (await segment(sg.id, [grp.id], "upd")).json;
    const before = (await s.call("GET", `/application/${app.id}`)).json;
    const r = await s.call("PUT", `/application/${app.id}`, write("ApplicationSegmentWrite", { name: "upd", domainNames: ["a.example.com"], segmentGroupId: sg.id, serverGroups: [{ id: "999" }] }));
    expectError(r, 400, "invalid.input", "serverGroups[].id");
    expect((await s.call("GET", `/application/${app.id}`)).json).toEqual(before);
  });

  describe("policy rules", () => {
    const rules = async (policyType: string) => {
      const r = await s.call("GET", `/policySet/rules/policyType/${policyType}?pagesize=500`);
      expect(r.status).toBe(200);
      return (r.json.list ?? []) as any[];
    };
    const orders = async (policyType: string) => (await rules(policyType)).map((r) => Number(r.ruleOrder)).sort((a, b) => a - b);

    it("each policy type is its own policy set, and rules land last with contiguous orders", async () => {
      const access = (await s.call("GET", "/policySet/policyType/ACCESS_POLICY")).json;
      const timeout = (await s.call("GET", "/policySet/policyType/TIMEOUT_POLICY")).json;
      expect(access.id).not.toBe(timeout.id);
      for (let i = 0; i < 4; i++) expect((await s.call("POST", `/policySet/${access.id}/rule`, write("PolicyRuleWrite", { name: `r${i}` }))).status).toBe(201);
      expect(await orders("ACCESS_POLICY")).toEqual([1, 2, 3, 4]);
      expect(await rules("TIMEOUT_POLICY")).toEqual([]);
      expectError(await s.call("POST", "/policySet/1/rule", write("PolicyRuleWrite", { name: "nowhere" })), 404, "resource.not.found");
    });

    it("reorder moves a rule and keeps the orders 1..n; a deleted rule closes its gap", async () => {
      const set = (await s.call("GET", "/policySet/policyType/ISOLATION_POLICY")).json;
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await s.call("POST", `/policySet/${set.id}/rule`, write("PolicyRuleWrite", { name: `m${i}` }))).json.id);
      expect((await s.call("PUT", `/policySet/${set.id}/rule/${ids[4]}/reorder/1`)).status).toBe(204);
      const byOrder = (await rules("ISOLATION_POLICY")).sort((a, b) => Number(a.ruleOrder) - Number(b.ruleOrder)).map((r) => r.id);
      expect(byOrder).toEqual([ids[4], ids[0], ids[1], ids[2], ids[3]]);
      expectError(await s.call("PUT", `/policySet/${set.id}/rule/${ids[0]}/reorder/9`), 400, "invalid.input", "newOrder");
      expect((await s.call("DELETE", `/policySet/${set.id}/rule/${ids[1]}`)).status).toBe(204);
      expect(await orders("ISOLATION_POLICY")).toEqual([1, 2, 3, 4]);
      const whole = [ids[3], ids[2], ids[0], ids[4]];
      expect((await s.call("PUT", `/policySet/${set.id}/reorder`, whole)).status).toBe(204);
      expect((await rules("ISOLATION_POLICY")).sort((a, b) => Number(a.ruleOrder) - Number(b.ruleOrder)).map((r) => r.id)).toEqual(whole);
      expectError(await s.call("PUT", `/policySet/${set.id}/reorder`, whole.slice(1)), 400, "invalid.input", "body");
    });

    it("rule conditions must name real resources", async () => {
      const set = (await s.call("GET", "/policySet/policyType/ACCESS_POLICY")).json;
      const cond = (rhs: string) => [{ operator: "OR", operands: [{ objectType: "APP", lhs: "id", rhs }] }];
      expectError(await s.call("POST", `/policySet/${set.id}/rule`, write("PolicyRuleWrite", { name: "c", conditions: cond("424242") })), 400, "invalid.input", "conditions[].operands[].rhs");
    });

    it("reorder keeps the order contiguous under concurrent creates, reorders and deletes", async () => {
      const set = (await s.call("GET", "/policySet/policyType/CLIENTLESS_SESSION_PROTECTION_POLICY")).json;
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) ids.push((await s.call("POST", `/policySet/${set.id}/rule`, write("PolicyRuleWrite", { name: `c${i}` }))).json.id);
      // Ten clients, each on its own keep-alive connection, interleaving reorders, creates and deletes.
      const agents = Array.from({ length: 10 }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
      const call = (i: number, method: string, path: string, body?: unknown) =>
        send(s.twin.url, method, s.base + path, {
          agent: agents[i % agents.length],
          headers: { authorization: `Bearer ${s.token}`, ...(body !== undefined && { "content-type": "application/json" }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        }).then((r) => r.status);
      const ops: Array<Promise<number>> = [];
      for (let i = 0; i < 60; i++) {
        const id = ids[i % ids.length]!;
        if (i % 3 === 0) ops.push(call(i, "PUT", `/policySet/${set.id}/rule/${id}/reorder/${1 + (i % 5)}`));
        else if (i % 3 === 1) ops.push(call(i, "POST", `/policySet/${set.id}/rule`, write("PolicyRuleWrite", { name: `n${i}` })));
        else if (i % 12 === 2) ops.push(call(i, "DELETE", `/policySet/${set.id}/rule/${id}`));
      }
      const statuses = await Promise.all(ops);
      agents.forEach((a) => a.destroy());
      expect(statuses.filter((st) => st === 201)).toHaveLength(20);
      const final = await orders("CLIENTLESS_SESSION_PROTECTION_POLICY");
      expect(final.length).toBeGreaterThanOrEqual(25);
      expect(final).toEqual(final.map((_o, i) => i + 1));
    });
  });

  it("provisioning keys belong to their association type", async () => {
    const t = await session({ seedProfile: "realistic" });
    try {
      const cert = [...t.twin.engine.store("EnrollmentCertificate").scan()][0]!.id;
      const group = [...t.twin.engine.store("AppConnectorGroup").scan()][0]!.id;
      const key = await t.call("POST", "/associationType/CONNECTOR_GRP/provisioningKey", write("ProvisioningKeyWrite", { name: "k", zcomponentId: group, enrollmentCertId: cert }));
      expect(key.status).toBeLessThan(300);
      expect((await t.call("GET", `/associationType/CONNECTOR_GRP/provisioningKey/${key.json.id}`)).status).toBe(200);
      expectError(await t.call("GET", `/associationType/SERVICE_EDGE_GRP/provisioningKey/${key.json.id}`), 404, "resource.not.found");
      // A connector group is no service edge group: the reference follows the association type.
      expectError(
        await t.call("POST", "/associationType/SERVICE_EDGE_GRP/provisioningKey", write("ProvisioningKeyWrite", { name: "k2", zcomponentId: group, enrollmentCertId: cert })),
        400,
        "invalid.input",
        "zcomponentId",
      );
    } finally {
      await t.twin.stop();
    }
  });
});
