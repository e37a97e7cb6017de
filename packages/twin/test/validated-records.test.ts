import { createSpecValidator, openapi } from "@zpa-openapi/spec";
import { synthesize } from "../src/engine/schema";
import { ValidatedRecords } from "../src/engine/validated-records";
import { buildRoutes } from "../src/router";
import { session, type Session } from "./twin-session";

/** A valid write of a schema of the spec (its required fields, from its examples), with `extra` on top. */
const write = (schema: string, extra: Record<string, unknown> = {}) => ({ ...(synthesize(openapi, { $ref: `#/components/schemas/${schema}` }) as object), ...extra });

const op = (id: string) => buildRoutes(openapi).flatMap((r) => [...r.operations.values()]).find((o) => o.operationId === id)!;
const PAGE = op("listApplicationSegments").responses.get(200)!.schemaPointer!;
const ONE = op("getApplicationSegment").responses.get(200)!.schemaPointer!;

// Answers are checked against the spec without re-checking unchanged records: the verdicts must be
// those of checking the whole answer, and a record changed since (a renamed group) must show.
describe("answers checked record by record, and reads of unchanged records reused", () => {
  let s: Session;
  let sg: any;
  let grp: any;
  let app: any;
  beforeAll(async () => {
    s = await session({ seedProfile: "realistic" });
    sg = (await s.call("POST", "/segmentGroup", write("SegmentGroupWrite", { name: "Before" }))).json;
    const cg = (await s.call("POST", "/appConnectorGroup", write("AppConnectorGroupWrite", { name: "CG" }))).json;
    grp = (await s.call("POST", "/serverGroup", write("ServerGroupWrite", { name: "Servers before", appConnectorGroups: [{ id: cg.id }] }))).json;
    app = (await s.call("POST", "/application", write("ApplicationSegmentWrite", { name: "app", domainNames: ["app.example.com"], segmentGroupId: sg.id, serverGroups: [{ id: grp.id }] }))).json;
  });
  afterAll(() => s.twin.stop());

  it("a read after a referenced record is renamed shows the new name, on its own and in a page", async () => {
    const before = (await s.call("GET", `/application/${app.id}`)).json;
    expect([before.segmentGroupName, before.serverGroups[0].name]).toEqual(["Before", "Servers before"]);
    expect((await s.call("PUT", `/segmentGroup/${sg.id}`, write("SegmentGroupWrite", { name: "After" }))).status).toBeLessThan(300);
    const after = (await s.call("GET", `/application/${app.id}`)).json;
    expect(after.segmentGroupName).toBe("After");
    const listed = (await s.call("GET", `/application?search=${encodeURIComponent("name+EQ+app")}&pagesize=500`)).json.list;
    expect(listed.find((a: any) => a.id === app.id).segmentGroupName).toBe("After");
  });

  it("gives the whole-answer verdicts: a valid page passes, a bad record or envelope is named, seen objects are not re-checked but new ones are", async () => {
    const validator = createSpecValidator(openapi);
    const checks = new ValidatedRecords(validator);
    const page = (await s.call("GET", "/application?page=1&pagesize=5")).json;
    expect(page.list.length).toBe(5);
    expect(checks.check(PAGE, page)).toEqual([]);
    expect(validator.validate(PAGE, page)).toEqual([]);

    const badRecord = structuredClone(page);
    badRecord.list[1].name = 42;
    expect(validator.validate(PAGE, badRecord).map((e) => e.path)).toContain("/list/1/name");
    const problems = checks.check(PAGE, badRecord);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith("/list/1/name "))).toBe(true);

    expect(checks.check(PAGE, { ...page, totalPages: true })).not.toEqual([]);
    expect(checks.check(PAGE, page)).toEqual([]);

    const one = (await s.call("GET", `/application/${app.id}`)).json;
    expect(checks.check(ONE, one)).toEqual([]);
    expect(checks.check(ONE, { ...one, name: 7 })).not.toEqual([]);
  });
});
