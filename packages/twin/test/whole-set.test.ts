import { openapi } from "@zpa-openapi/spec";
import { synthesize } from "../src/engine/schema";
import { expectError, session, type Session } from "./twin-session";

const write = (schema: string, extra: Record<string, unknown> = {}) => ({ ...(synthesize(openapi, { $ref: `#/components/schemas/${schema}` }) as object), ...extra });

describe("whole-set operations and approvals on a realistic tenant", () => {
  let s: Session;
  const ids = (resource: string) => [...s.twin.engine.store(resource).scan()].map((r) => r.id);
  beforeAll(async () => {
    s = await session({ seedProfile: "realistic", seed: 5 });
  });
  afterAll(() => s.twin.stop());

  it("the realistic tenant is believable: hundreds of segments, each in a segment group the tenant has", async () => {
    const page = await s.call("GET", "/application?pagesize=500");
    expect(Number(page.json.totalCount)).toBeGreaterThanOrEqual(300);
    const groups = new Set(ids("SegmentGroup"));
    for (const app of page.json.list) expect(groups.has(app.segmentGroupId)).toBe(true);
    expect(ids("AppConnector").length).toBeGreaterThan(10);
    expect(Number((await s.call("GET", "/policySet/rules/policyType/ACCESS_POLICY?pagesize=500")).json.totalCount)).toBeGreaterThanOrEqual(100);
  });

  it("approvals expire: the expired ones go, the current ones stay", async () => {
    const now = Math.floor(Date.now() / 1000);
    const app = ids("ApplicationSegment")[0]!;
    const approval = (start: number, end: number) =>
      s.call("POST", "/approval", write("PraApprovalWrite", { emailIds: ["ops@example.com"], applications: [{ id: app }], startTime: String(start), endTime: String(end) }));
    const old = await approval(now - 7200, now - 3600);
    const current = await approval(now - 60, now + 3600);
    expect([old.status, current.status]).toEqual([201, 201]);
    expect((await s.call("DELETE", "/approval/expired")).status).toBe(200);
    expectError(await s.call("GET", `/approval/${old.json.id}`), 404, "resource.not.found");
    expect((await s.call("GET", `/approval/${current.json.id}`)).status).toBe(200);
    expectError(await approval(now, now + 60).then(() => s.call("POST", "/approval", write("PraApprovalWrite", { applications: [{ id: "77" }] }))), 400, "invalid.input", "applications[].id");
  });

  it("bulk delete removes the listed connectors and the list agrees", async () => {
    const before = ids("AppConnector");
    const gone = before.slice(0, 3);
    expect((await s.call("POST", "/connector/bulkDelete", { ids: gone })).status).toBe(200);
    const listed = (await s.call("GET", "/connector?pagesize=500")).json.list.map((c: any) => c.id);
    expect(listed).toEqual(before.slice(3));
  });

  it("move takes a segment to another Microtenant; reads scoped to the old one no longer see it", async () => {
    const mt = ids("Microtenant")[0]!;
    const app = ids("ApplicationSegment")[5]!;
    const body = { targetMicrotenantId: mt, targetSegmentGroupId: ids("SegmentGroup")[0], targetServerGroupId: ids("ServerGroup")[0] };
    expect((await s.call("POST", `/application/${app}/move`, body)).status).toBe(204);
    expect((await s.call("GET", `/application/${app}?microtenantId=${mt}`)).json.microtenantId).toBe(mt);
    expectError(await s.call("GET", `/application/${app}?microtenantId=0`), 404, "resource.not.found");
    expectError(await s.call("POST", "/application/1/move", body), 404, "resource.not.found");
  });

  it("bulk create is all or nothing: one bad portal reference stores none of the links", async () => {
    const portal = ids("UserPortal")[0]!;
    const before = ids("UserPortalLink").length;
    const links = [write("UserPortalLinkWrite", { name: "a" }), write("UserPortalLinkWrite", { name: "b" })];
    expectError(await s.call("POST", "/userPortalLink/bulk", { userPortalLinks: links, userPortals: [{ id: "404404" }] }), 400, "invalid.input", "userPortals");
    expect(ids("UserPortalLink").length).toBe(before);
    const ok = await s.call("POST", "/userPortalLink/bulk", { userPortalLinks: links, userPortals: [{ id: portal }] });
    expect(ok.status).toBe(201);
    expect(ok.json.userPortalLinks).toHaveLength(2);
    expect(ids("UserPortalLink").length).toBe(before + 2);
  });

  it("share names Microtenants the tenant has (or the default one), as the segment's shareToMicrotenants reference says", async () => {
    const app = ids("ApplicationSegment")[7]!;
    const mt = ids("Microtenant")[0]!;
    expectError(await s.call("PUT", `/application/${app}/share`, { shareToMicrotenants: [mt, "404404"] }), 400, "invalid.input", "shareToMicrotenants[]");
    expect((await s.call("PUT", `/application/${app}/share`, { shareToMicrotenants: [mt, "0"] })).status).toBe(204);
    expectError(await s.call("PUT", "/application/1/share", { shareToMicrotenants: [mt] }), 404, "resource.not.found");
  });

  it("a bulk link create answers the portals it was given with their names", async () => {
    const portal = s.twin.engine.store("UserPortal").find(ids("UserPortal")[1]!)!;
    const ok = await s.call("POST", "/userPortalLink/bulk", { userPortalLinks: [write("UserPortalLinkWrite", { name: "c" })], userPortals: [{ id: portal.id }] });
    expect(ok.status).toBe(201);
    expect(ok.json.userPortals).toEqual([{ id: portal.id, name: portal.data.name }]);
    expect(ok.json.userPortalLinks[0].userPortals.map((p: any) => p.id)).toEqual([portal.id]);
  });

  it("the summary view agrees with the list", async () => {
    const list = (await s.call("GET", "/privateCloudControllerGroup?pagesize=500")).json.list.map((g: any) => ({ id: g.id, name: g.name }));
    const summary = (await s.call("GET", "/privateCloudControllerGroup/summary?pagesize=500")).json.list;
    expect(summary).toEqual(list);
  });
});
