// `client.policies.rules(policyType)`: the pages' two-step workflow (policy set by type, then its
// rules) against a real loopback server that records what it was sent.
import { createZpaClient } from "../src";
import { C, CUSTOMER, json, startTestServer, type TestServer } from "./support/test-server";

let server: TestServer;
afterEach(() => server?.close());

const SET = "217316918451765300";
const zpa = () => createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { tokenProvider: () => server.issued[0]! }, retry: false });
const sent = () => server.apiRequests().map((r) => `${r.method} ${r.path.slice(C.length)}${r.body ? ` ${r.body}` : ""}`);

beforeEach(async () => {
  server = await startTestServer({
    routes: {
      [`GET ${C}/policySet/policyType/ACCESS_POLICY`]: () => json({ id: SET, name: "Global_Policy", policyType: "1" }),
      [`PUT ${C}/policySet/${SET}/reorder`]: () => ({ status: 204 }),
      [`PUT ${C}/policySet/${SET}/rule/71/reorder/3`]: () => ({ status: 204 }),
      [`POST ${C}/policySet/${SET}/rule`]: (req) => json({ id: "72", ...JSON.parse(req.body) }, 201),
      [`GET ${C}/policySet/${SET}/rule/72`]: () => json({ id: "72", name: "allow-finance", action: "ALLOW" }),
      [`DELETE ${C}/policySet/${SET}/rule/72`]: () => ({ status: 204 }),
      [`GET ${C}/policySet/rules/policyType/ACCESS_POLICY`]: () => json({ totalPages: "1", list: [{ id: "71" }, { id: "72" }] }),
    },
  });
  // A token the server accepts, handed out by the provider above.
  server.issued.push("tok-policy");
  server.valid.add("tok-policy");
});

describe("client.policies.rules(policyType)", () => {
  it("looks the policy set up once, then reorders all rules in bulk or moves one", async () => {
    const rules = zpa().policies.rules("ACCESS_POLICY");
    await rules.reorder(["72", "71"]);
    await rules.reorder("71", 3);
    expect(sent()).toEqual(["GET /policySet/policyType/ACCESS_POLICY", `PUT /policySet/${SET}/reorder ["72","71"]`, `PUT /policySet/${SET}/rule/71/reorder/3`]);
  });

  it("creates, reads, deletes and lists rules in the type's policy set", async () => {
    const rules = zpa().policies.rules("ACCESS_POLICY");
    expect(await rules.create({ name: "allow-finance", action: "ALLOW" })).toMatchObject({ id: "72", name: "allow-finance" });
    expect((await rules.get("72")).action).toBe("ALLOW");
    await rules.delete("72");
    expect((await rules.listAll()).map((r) => r.id)).toEqual(["71", "72"]);
    expect(await rules.policySetId()).toBe(SET);
    expect(sent().map((s) => s.split(" ").slice(0, 2).join(" "))).toEqual([
      "GET /policySet/policyType/ACCESS_POLICY",
      `POST /policySet/${SET}/rule`,
      `GET /policySet/${SET}/rule/72`,
      `DELETE /policySet/${SET}/rule/72`,
      "GET /policySet/rules/policyType/ACCESS_POLICY",
    ]);
  });

  it("does not remember a failed look-up: the next call asks again", async () => {
    const found = server.routes[`GET ${C}/policySet/policyType/ACCESS_POLICY`]!;
    server.routes[`GET ${C}/policySet/policyType/ACCESS_POLICY`] = () => json({ id: "retryable.server.error", reason: "try later" }, 503);
    const rules = zpa().policies.rules("ACCESS_POLICY");
    await expect(rules.reorder(["71"])).rejects.toMatchObject({ status: 503, operation: "getPolicySetByType" });
    server.routes[`GET ${C}/policySet/policyType/ACCESS_POLICY`] = found;
    await rules.reorder(["71"]);
    expect(sent()).toEqual(["GET /policySet/policyType/ACCESS_POLICY", "GET /policySet/policyType/ACCESS_POLICY", `PUT /policySet/${SET}/reorder ["71"]`]);
  });

  it("refuses a new order that is not a positive whole number before sending anything", async () => {
    const rules = zpa().policies.rules("ACCESS_POLICY");
    await expect(rules.reorder("71", 0)).rejects.toThrow("reorderPolicyRule: newOrder must be a positive whole number, not 0");
    await expect(rules.reorder("71", "2x")).rejects.toThrow('not "2x"');
    expect(sent()).toEqual([]);
  });
});
