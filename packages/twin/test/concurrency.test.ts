import { Agent } from "node:http";
import { openapi } from "@zpa-openapi/spec";
import { synthesize } from "../src/engine/schema";
import { adminPayload, send, session, type Session } from "./twin-session";

const write = (schema: string, extra: Record<string, unknown>) => ({ ...(synthesize(openapi, { $ref: `#/components/schemas/${schema}` }) as object), ...extra });

describe("concurrency", () => {
  let s: Session;
  const agents = Array.from({ length: 50 }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  beforeAll(async () => {
    s = await session({ seedUsers: 0 });
  });
  afterAll(async () => {
    agents.forEach((a) => a.destroy());
    await s.twin.stop();
  });
  const call = (client: number, method: string, path: string, body?: unknown) =>
    send(s.twin.url, method, s.base + path, {
      agent: agents[client],
      headers: { authorization: `Bearer ${s.token}`, ...(body !== undefined && { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it("1,000 concurrent creates from 50 clients: the list holds exactly those 1,000 distinct users", async () => {
    const started = Date.now();
    const created = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        call(i % 50, "POST", "/emergencyAccess/user", { emailId: `c${i}@example.com`, firstName: `F${i}`, lastName: `L${i}` }),
      ),
    );
    const elapsed = Date.now() - started;
    expect(created.every((r) => r.status === 201)).toBe(true);
    const listed: any[] = [];
    let pageId: string | undefined;
    do {
      const r = await call(0, "GET", `/emergencyAccess/users?pageSize=500${pageId ? `&pageId=${pageId}` : ""}`);
      listed.push(...r.json.items);
      pageId = r.json.nextPage;
    } while (pageId);
    expect(listed).toHaveLength(1000);
    expect(new Set(listed.map((u) => u.userId)).size).toBe(1000);
    expect(new Set(listed.map((u) => u.emailId))).toEqual(new Set(created.map((r) => r.json.emailId)));
    for (const u of listed) expect(u.firstName.slice(1)).toBe(u.emailId.slice(1, u.emailId.indexOf("@")));
    // A figure for the README, not an assertion.
    console.log(`1000 concurrent creates from 50 clients in ${elapsed} ms`);
  }, 60_000);

  it("concurrent updates to one administrator: last write wins, never a mixed record", async () => {
    const { json: admin } = await call(0, "POST", "/administrators", adminPayload("contended"));
    const write = (i: number) => ({
      username: admin.username,
      roleId: i % 2 ? "12" : "13",
      phoneNumber: String(2025550000 + i),
      displayName: `writer-${i}`,
      comments: `comment-${i}`,
      twoFactorAuthEnabled: false,
    });
    const coherent = (a: any) => {
      const i = Number(a.displayName.slice("writer-".length));
      return a.comments === `comment-${i}` && a.phoneNumber === String(2025550000 + i) && a.roleId === (i % 2 ? "12" : "13") && a.role.id === a.roleId;
    };
    const reads: any[] = [];
    const ops: Promise<unknown>[] = [];
    for (let round = 0; round < 10; round++) {
      for (let c = 0; c < 50; c++) {
        const i = round * 50 + c;
        ops.push(call(c, "PUT", `/administrators/${admin.id}`, write(i)).then((r) => expect(r.status).toBe(204)));
        if (c % 5 === 0) ops.push(call(c, "GET", `/administrators/${admin.id}`).then((r) => reads.push(r.json)));
      }
    }
    await Promise.all(ops);
    expect(reads.length).toBe(100);
    const written = reads.filter((r) => r.displayName?.startsWith("writer-"));
    expect(written.length).toBeGreaterThan(50);
    expect(written.every(coherent)).toBe(true);
    const final = (await call(0, "GET", `/administrators/${admin.id}`)).json;
    expect(coherent(final)).toBe(true);
    expect((await call(1, "PUT", `/administrators/${admin.id}`, write(9999))).status).toBe(204);
    expect((await call(2, "GET", `/administrators/${admin.id}`)).json).toMatchObject(write(9999));
  }, 60_000);

  it("1,000 concurrent creates spread over five families lose nothing, and every id is unique", async () => {
    const families = [
      { create: "/emergencyAccess/user", list: "/emergencyAccess/users", idField: "userId", body: (i: number) => ({ emailId: `m${i}@example.com`, firstName: `M${i}`, lastName: "X" }) },
      { create: "/administrators", list: "/administrators", idField: "id", body: (i: number) => adminPayload(`mix${i}`) },
      { create: "/segmentGroup", list: "/segmentGroup", idField: "id", body: (i: number) => write("SegmentGroupWrite", { name: `sg${i}` }) },
      { create: "/appConnectorGroup", list: "/appConnectorGroup", idField: "id", body: (i: number) => write("AppConnectorGroupWrite", { name: `cg${i}` }) },
      { create: "/serviceEdgeGroup", list: "/serviceEdgeGroup", idField: "id", body: (i: number) => write("ServiceEdgeGroupWrite", { name: `seg${i}` }) },
    ];
    const created = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => {
        const f = families[i % families.length]!;
        return call(i % 50, "POST", f.create, f.body(i)).then((r) => ({ f, r }));
      }),
    );
    expect(created.filter(({ r }) => r.status !== 201).map(({ r }) => `${r.status} ${r.text.slice(0, 200)}`)).toEqual([]);
    const ids = created.map(({ f, r }) => r.json[f.idField]);
    expect(new Set(ids).size).toBe(1000);
    for (const f of families) {
      const listed = new Set<string>();
      if (f.list === "/emergencyAccess/users") {
        let pageId: string | undefined;
        do {
          const r = await call(0, "GET", `${f.list}?pageSize=500${pageId ? `&pageId=${pageId}` : ""}`);
          for (const u of r.json.items) listed.add(u.userId);
          pageId = r.json.nextPage;
        } while (pageId);
      } else {
        for (let page = 1; ; page++) {
          const r = await call(0, "GET", `${f.list}?page=${page}&pagesize=500`);
          for (const x of r.json.list ?? []) listed.add(x.id);
          if (page >= Number(r.json.totalPages)) break;
        }
      }
      for (const { r } of created.filter((c) => c.f === f)) expect(listed.has(r.json[f.idField])).toBe(true);
    }
  }, 60_000);
});
