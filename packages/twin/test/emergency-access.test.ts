import { expectError, session, type Session } from "./twin-session";

const NEW = { emailId: "breakglass.ops@example.com", firstName: "Break", lastName: "Glass" };

describe("emergency access users", () => {
  let s: Session;
  beforeAll(async () => {
    s = await session({ seedUsers: 45 });
  });
  afterAll(() => s.twin.stop());

  it("create answers 201 with a staged user, or an active one with activateNow", async () => {
    const staged = await s.call("POST", "/emergencyAccess/user", NEW);
    expect(staged.status).toBe(201);
    expect(staged.json).toMatchObject({ ...NEW, userStatus: "Staged", allowedActivate: true, allowedDeactivate: false, updateEnabled: true });
    expect(staged.json.userId).toMatch(/^00u[A-Za-z0-9]{17}$/);
    expect(staged.json.activatedOn).toBeUndefined();
    const active = await s.call("POST", "/emergencyAccess/user?activateNow=true", NEW);
    expect(active.json).toMatchObject({ userStatus: "Active", allowedActivate: false, allowedDeactivate: true });
    expect(active.json.activatedOn).toMatch(/^[0-9]+$/);
    const read = await s.call("GET", `/emergencyAccess/user/${active.json.userId}`);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(active.json);
  });

  it("create rejects a bad email and a missing name, naming each", async () => {
    expectError(await s.call("POST", "/emergencyAccess/user", { ...NEW, emailId: "not-an-email" }), 400, "invalid.input", "emailId");
    expectError(await s.call("POST", "/emergencyAccess/user", { emailId: NEW.emailId, firstName: "A" }), 400, "invalid.input", "lastName");
    expectError(await s.call("POST", "/emergencyAccess/user?activateNow=yes", NEW), 400, "invalid.input", "activateNow");
  });

  it("create accepts server-owned fields as the SDKs send them, and keeps its own values", async () => {
    const r = await s.call("POST", "/emergencyAccess/user", { ...NEW, userStatus: "Active", allowedActivate: false });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ userStatus: "Staged", allowedActivate: true });
  });

  it("update changes first and last name only, and persists", async () => {
    const { json: u } = await s.call("POST", "/emergencyAccess/user", NEW);
    const r = await s.call("PUT", `/emergencyAccess/user/${u.userId}`, { lastName: "Glass-Two" });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ ...u, lastName: "Glass-Two" });
    expect((await s.call("GET", `/emergencyAccess/user/${u.userId}`)).json).toEqual({ ...u, lastName: "Glass-Two" });
    // The whole record comes back from the SDKs: its email is accepted and left as created.
    const echoed = await s.call("PUT", `/emergencyAccess/user/${u.userId}`, { ...u, emailId: "x@example.com", lastName: "Glass-Three" });
    expect(echoed.json).toEqual({ ...u, lastName: "Glass-Three" });
    expectError(await s.call("PUT", `/emergencyAccess/user/${u.userId}`, {}), 400, "invalid.input", "body");
  });

  it("activate and deactivate follow the state rules", async () => {
    const { json: u } = await s.call("POST", "/emergencyAccess/user", NEW);
    const path = `/emergencyAccess/user/${u.userId}`;
    expectError(await s.call("PUT", `${path}/deactivate`), 409, "invalid.state");
    expect((await s.call("PUT", `${path}/activate?sendEmail=false`)).status).toBe(200);
    expect((await s.call("GET", path)).json).toMatchObject({ userStatus: "Active", allowedActivate: false, allowedDeactivate: true });
    expectError(await s.call("PUT", `${path}/activate`), 409, "invalid.state");
    expect((await s.call("PUT", `${path}/deactivate`)).status).toBe(200);
    expect((await s.call("GET", path)).json).toMatchObject({ userStatus: "Deprovisioned", allowedActivate: true, allowedDeactivate: false });
    expect((await s.call("PUT", `${path}/activate`)).status).toBe(200);
  });

  it("unknown ids get 404 resource.not.found on every operation", async () => {
    for (const [method, suffix] of [["GET", ""], ["PUT", "/activate"], ["PUT", "/deactivate"]] as const) {
      expectError(await s.call(method, `/emergencyAccess/user/00uDoesNotExist${suffix}`), 404, "resource.not.found");
    }
    expectError(await s.call("PUT", "/emergencyAccess/user/00uDoesNotExist", { firstName: "X" }), 404, "resource.not.found");
  });

  it("walking the cursor returns every user exactly once, with no nextPage on the last page", async () => {
    const all = await s.call("GET", "/emergencyAccess/users?pageSize=500");
    expect(all.json.nextPage).toBeUndefined();
    const seen: string[] = [];
    let pageId: string | undefined;
    let pages = 0;
    do {
      const r = await s.call("GET", `/emergencyAccess/users?pageSize=7${pageId ? `&pageId=${pageId}` : ""}`);
      expect(r.status).toBe(200);
      expect(r.json.items.length).toBeLessThanOrEqual(7);
      seen.push(...r.json.items.map((u: any) => u.userId));
      pageId = r.json.nextPage;
      pages++;
    } while (pageId);
    expect(seen).toEqual(all.json.items.map((u: any) => u.userId));
    expect(pages).toBe(Math.ceil(seen.length / 7));
  });

  it("pageSize defaults to 20 and must be 1..500; a foreign pageId is refused", async () => {
    expect((await s.call("GET", "/emergencyAccess/users")).json.items).toHaveLength(20);
    for (const bad of ["0", "501", "abc", "1.5"]) {
      expectError(await s.call("GET", `/emergencyAccess/users?pageSize=${bad}`), 400, "invalid.input", "pageSize");
    }
    expectError(await s.call("GET", "/emergencyAccess/users?pageId=bm90LWEtY3Vyc29y"), 400, "invalid.input", "pageId");
  });

  it("search filters by field and operator, or as free text", async () => {
    const { json: u } = await s.call("POST", "/emergencyAccess/user", { emailId: "zed.unique@example.com", firstName: "Zed", lastName: "Unique" });
    const eq = await s.call("GET", `/emergencyAccess/users?search=${encodeURIComponent("firstName+EQ+Zed")}`);
    expect(eq.json.items.map((x: any) => x.userId)).toEqual([u.userId]);
    const text = await s.call("GET", "/emergencyAccess/users?search=zed.unique");
    expect(text.json.items.map((x: any) => x.userId)).toEqual([u.userId]);
    expect((await s.call("GET", "/emergencyAccess/users?search=nobody-matches-this")).json).toEqual({ items: [] });
  });

  it("a user in one microtenant is invisible from another", async () => {
    const { json: u } = await s.call("POST", "/emergencyAccess/user?microtenantId=77", NEW);
    expect((await s.call("GET", `/emergencyAccess/user/${u.userId}?microtenantId=77`)).status).toBe(200);
    expect((await s.call("GET", `/emergencyAccess/user/${u.userId}`)).status).toBe(200);
    expectError(await s.call("GET", `/emergencyAccess/user/${u.userId}?microtenantId=0`), 404, "resource.not.found");
    expectError(await s.call("PUT", `/emergencyAccess/user/${u.userId}/activate?microtenantId=78`), 404, "resource.not.found");
    const listed = await s.call("GET", "/emergencyAccess/users?pageSize=500&microtenantId=77");
    expect(listed.json.items.map((x: any) => x.userId)).toEqual([u.userId]);
    const other = await s.call("GET", "/emergencyAccess/users?pageSize=500&microtenantId=0");
    expect(other.json.items.map((x: any) => x.userId)).not.toContain(u.userId);
  });
});
