import { adminPayload, expectError, session, type Session } from "./twin-session";

describe("administrators and roles", () => {
  let s: Session;
  beforeAll(async () => {
    s = await session({ seedAdmins: 30 });
  });
  afterAll(() => s.twin.stop());

  it("create answers 201 with ids as digit strings and no password", async () => {
    const r = await s.call("POST", "/administrators", adminPayload("create"));
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ username: "admin.create@example.com", phoneNumber: "2025550123", role: { id: "12", name: "ZPA Administrator" }, isDeleted: "0" });
    expect(r.json.id).toMatch(/^[0-9]+$/);
    expect(r.json.customerId).toBe(s.twin.customerId);
    expect(r.json.microtenantId).toBe("0");
    expect(r.text).not.toMatch(/Str0ng|password/i);
    expect((await s.call("GET", `/administrators/${r.json.id}`)).json).toEqual(r.json);
  });

  it("the help page's own example payload creates an administrator", async () => {
    const example = {
      isEnabled: true, forcePwdChange: true, pinSession: true, username: "exampleuser@lanukcorp.com", email: "", phoneNumber: "1234567890",
      twoFactorAuthEnabled: false, allowLocalLogin: true, password: "Admin@123!", confirmPassword: "Admin@123!", twoFactorAuthType: "",
      roleId: "144118148382065792", localLoginDisabled: false,
    };
    expect((await s.call("POST", "/administrators", example)).status).toBe(201);
  });

  it.each([
    ["a weak password", { password: "password1" }, "password"],
    ["an 11-digit phone", { phoneNumber: "12345678901" }, "phoneNumber"],
    ["a phone with hyphens", { phoneNumber: "202-555-012" }, "phoneNumber"],
    ["a phone as a number", { phoneNumber: 2025550123 }, "phoneNumber"],
    ["a username that is no email", { username: "not an email" }, "username"],
    ["2FA on without a type", { twoFactorAuthEnabled: true }, "twoFactorAuthType"],
    ["2FA on with an empty type", { twoFactorAuthEnabled: true, twoFactorAuthType: "" }, "twoFactorAuthType"],
    ["an unknown 2FA type", { twoFactorAuthType: "SMS" }, "twoFactorAuthType"],
    ["a role that does not exist", { roleId: "999" }, "roleId"],
    ["a roleId that is not digits", { roleId: "abc" }, "roleId"],
    ["a confirmation that differs", { confirmPassword: "Other!Passw0rd" }, "confirmPassword"],
    ["a weak temporary password", { tmpPassword: "short" }, "tmpPassword"],
    ["a bad email", { email: "nope" }, "email"],
  ])("create refuses %s with 400 naming the field", async (_what, change, field) => {
    expectError(await s.call("POST", "/administrators", adminPayload("bad", change)), 400, "invalid.input", field);
  });

  it.each(["username", "phoneNumber", "roleId", "password"])("create requires %s", async (field) => {
    const body = adminPayload("missing");
    delete body[field];
    expectError(await s.call("POST", "/administrators", body), 400, "invalid.input", field);
  });

  it("update answers 204 and replaces the record; the password stays optional", async () => {
    const { json: a } = await s.call("POST", "/administrators", adminPayload("upd", { displayName: "Before" }));
    const r = await s.call("PUT", `/administrators/${a.id}`, { username: a.username, phoneNumber: "2025550999", roleId: "13", twoFactorAuthEnabled: false, displayName: "After" });
    expect(r.status).toBe(204);
    expect(r.text).toBe("");
    const read = (await s.call("GET", `/administrators/${a.id}`)).json;
    expect(read).toMatchObject({ id: a.id, phoneNumber: "2025550999", role: { id: "13" }, displayName: "After", creationTime: a.creationTime });
    expectError(await s.call("PUT", `/administrators/${a.id}`, { username: a.username, roleId: "12" }), 400, "invalid.input", "phoneNumber");
  });

  it("delete answers 204, then the administrator is gone", async () => {
    const { json: a } = await s.call("POST", "/administrators", adminPayload("del"));
    expect((await s.call("DELETE", `/administrators/${a.id}`)).status).toBe(204);
    expectError(await s.call("GET", `/administrators/${a.id}`), 404, "resource.not.found");
    expectError(await s.call("DELETE", `/administrators/${a.id}`), 404, "resource.not.found");
    expectError(await s.call("PUT", `/administrators/${a.id}`, adminPayload("del")), 404, "resource.not.found");
  });

  it("the list is paged with page/pagesize and counters as strings", async () => {
    const first = await s.call("GET", "/administrators?page=1&pagesize=10");
    expect(first.status).toBe(200);
    const total = Number(first.json.totalCount);
    expect(total).toBeGreaterThanOrEqual(30);
    expect(first.json.totalPages).toBe(String(Math.ceil(total / 10)));
    expect(first.json.list).toHaveLength(10);
    const ids = new Set<string>();
    for (let p = 1; p <= Number(first.json.totalPages); p++) {
      for (const a of (await s.call("GET", `/administrators?page=${p}&pagesize=10`)).json.list ?? []) ids.add(a.id);
    }
    expect(ids.size).toBe(total);
    expect((await s.call("GET", "/administrators?page=999")).json.list).toBeUndefined();
    expectError(await s.call("GET", "/administrators?pagesize=501"), 400, "invalid.input", "pagesize");
    expectError(await s.call("GET", "/administrators?page=0"), 400, "invalid.input", "page");
  });

  it("microtenants scope administrators", async () => {
    const { json: a } = await s.call("POST", "/administrators?microtenantId=555", adminPayload("mt"));
    expect(a.microtenantId).toBe("555");
    expect((await s.call("GET", `/administrators/${a.id}?microtenantId=555`)).status).toBe(200);
    expectError(await s.call("GET", `/administrators/${a.id}?microtenantId=0`), 404, "resource.not.found");
    expectError(await s.call("DELETE", `/administrators/${a.id}?microtenantId=0`), 404, "resource.not.found");
    const scoped = await s.call("GET", "/administrators?microtenantId=555&pagesize=500");
    expect(scoped.json.list.map((x: any) => x.id)).toEqual([a.id]);
    const dflt = await s.call("GET", "/administrators?microtenantId=0&pagesize=500");
    expect(dflt.json.list.map((x: any) => x.id)).not.toContain(a.id);
  });

  it("roles are readable, one by one and as a page", async () => {
    const list = await s.call("GET", "/roles");
    expect(list.status).toBe(200);
    expect(list.json.list.map((r: any) => r.id)).toContain("12");
    const role = await s.call("GET", "/roles/12");
    expect(role.json).toMatchObject({ id: "12", name: "ZPA Administrator" });
    expectError(await s.call("GET", "/roles/404404"), 404, "resource.not.found");
    expect((await s.call("GET", `/roles?search=${encodeURIComponent("name+EQ+ZPA Administrator")}`)).json.list).toHaveLength(1);
  });
});
