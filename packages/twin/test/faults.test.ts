import { openapi } from "@zpa-openapi/spec";
import { FAULTS } from "../src/index";
import { synthesize } from "../src/engine/schema";
import { adminPayload, send, session, type Session } from "./twin-session";

const NEW = { emailId: "f@example.com", firstName: "F", lastName: "G" };

/** For each fault: what a healthy twin does and the faulty one does not (each returns the observation). */
const OBSERVE: Record<string, (s: Session) => Promise<unknown>> = {
  "create-returns-200": async (s) => (await s.call("POST", "/emergencyAccess/user", NEW)).status,
  "server-error-on-valid-request": async (s) => (await s.call("GET", "/emergencyAccess/users")).status,
  "not-found-as-400": async (s) => (await s.call("GET", "/administrators/1")).status,
  "missing-required-field": async (s) => "userStatus" in (await s.call("POST", "/emergencyAccess/user", NEW)).json,
  "id-as-number": async (s) => typeof (await s.call("POST", "/administrators", adminPayload("f"))).json.id,
  "wrong-enum": async (s) => (await s.call("POST", "/emergencyAccess/user", NEW)).json.userStatus,
  "weak-password-accepted": async (s) => (await s.call("POST", "/administrators", adminPayload("w", { password: "weak" }))).status,
  "phone-length-unchecked": async (s) => (await s.call("POST", "/administrators", adminPayload("p", { phoneNumber: "12345678901" }))).status,
  "page-size-501-accepted": async (s) => (await s.call("GET", "/emergencyAccess/users?pageSize=501")).status,
  "duplicate-across-pages": async (s) => walk(s).then((ids) => new Set(ids).size === ids.length),
  "item-skipped": async (s) => walk(s).then((ids) => ids.length),
  "next-page-on-last-page": async (s) => (await s.call("GET", "/emergencyAccess/users?pageSize=500")).json.nextPage === undefined,
  "page-larger-than-asked": async (s) => (await s.call("GET", "/emergencyAccess/users?pageSize=3")).json.items.length,
  "update-not-persisted": async (s) => {
    const { json: u } = await s.call("POST", "/emergencyAccess/user", NEW);
    await s.call("PUT", `/emergencyAccess/user/${u.userId}`, { firstName: "Changed" });
    return (await s.call("GET", `/emergencyAccess/user/${u.userId}`)).json.firstName;
  },
  "deactivate-ignored": async (s) => {
    const { json: u } = await s.call("POST", "/emergencyAccess/user?activateNow=true", NEW);
    await s.call("PUT", `/emergencyAccess/user/${u.userId}/deactivate`);
    return (await s.call("GET", `/emergencyAccess/user/${u.userId}`)).json.userStatus;
  },
  "deleted-admin-readable": async (s) => {
    const { json: a } = await s.call("POST", "/administrators", adminPayload("d"));
    await s.call("DELETE", `/administrators/${a.id}`);
    return (await s.call("GET", `/administrators/${a.id}`)).status;
  },
  "stale-read": async (s) => {
    const { json: u } = await s.call("POST", "/emergencyAccess/user", NEW);
    await s.call("PUT", `/emergencyAccess/user/${u.userId}`, { firstName: "Fresh" });
    return (await s.call("GET", `/emergencyAccess/user/${u.userId}`)).json.firstName;
  },
  "dropped-create": async (s) => {
    const { json: a } = await s.call("POST", "/administrators", adminPayload("dropped"));
    return (await s.call("GET", `/administrators/${a.id}`)).status;
  },
  "no-token-accepted": async (s) => (await send(s.twin.url, "GET", `${s.base}/roles`)).status,
  "microtenant-leak": async (s) => {
    const { json: u } = await s.call("POST", "/emergencyAccess/user?microtenantId=9", NEW);
    return (await s.call("GET", `/emergencyAccess/user/${u.userId}?microtenantId=0`)).status;
  },
  "wrong-content-type": async (s) => (await s.call("GET", "/roles")).headers["content-type"],
  "reference-not-checked": async (s) => {
    const dangling = await s.call("POST", "/application", write("ApplicationSegmentWrite", { name: "app", domainNames: ["app.example.com"], segmentGroupId: "145256180497000001" }));
    return [dangling.status, (await s.call("POST", "/administrators", adminPayload("r", { roleId: "145256180497000003" }))).status];
  },
  "reorder-gaps": async (s) => {
    const set = (await s.call("GET", "/policySet/policyType/ISOLATION_POLICY")).json;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await s.call("POST", `/policySet/${set.id}/rule`, write("PolicyRuleWrite", { name: `m${i}` }))).json.id);
    await s.call("PUT", `/policySet/${set.id}/rule/${ids[2]}/reorder/1`);
    const listed = (await s.call("GET", "/policySet/rules/policyType/ISOLATION_POLICY?pagesize=500")).json.list;
    return listed.map((r: any) => Number(r.ruleOrder)).sort((a: number, b: number) => a - b);
  },
};

/** A valid write of a schema of the spec (its required fields, from its examples), with `extra` on top. */
const write = (schema: string, extra: Record<string, unknown> = {}) => ({ ...(synthesize(openapi, { $ref: `#/components/schemas/${schema}` }) as object), ...extra });

async function walk(s: Session): Promise<string[]> {
  const ids: string[] = [];
  let pageId: string | undefined;
  for (let i = 0; i < 50; i++) {
    const r = await s.call("GET", `/emergencyAccess/users?pageSize=4${pageId ? `&pageId=${pageId}` : ""}`);
    ids.push(...r.json.items.map((u: any) => u.userId));
    pageId = r.json.nextPage;
    if (!pageId) break;
  }
  return ids;
}

describe("faults", () => {
  it("there are at least 15, each named and described, each observed below", () => {
    expect(FAULTS.length).toBeGreaterThanOrEqual(15);
    for (const f of FAULTS) expect(f.description.length).toBeGreaterThan(10);
    expect(Object.keys(OBSERVE).sort()).toEqual(FAULTS.map((f) => f.name).sort());
  });

  it.each(FAULTS.map((f) => f.name))("%s changes what a client observes", async (name) => {
    const healthy = await session({ seedUsers: 10 });
    const faulty = await session({ seedUsers: 10, fault: name });
    try {
      const [good, bad] = [await OBSERVE[name]!(healthy), await OBSERVE[name]!(faulty)];
      expect(bad).not.toEqual(good);
    } finally {
      await healthy.twin.stop();
      await faulty.twin.stop();
    }
  });

  it("an unknown fault is refused, naming the known ones", async () => {
    await expect(session({ fault: "no-such-fault" })).rejects.toThrow(/Unknown fault "no-such-fault"; known faults: create-returns-200/);
  });
});
