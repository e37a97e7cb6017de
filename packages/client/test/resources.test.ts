import { createZpaClient, type Administrator, type EmergencyAccessUser } from "../src";
import { C, CUSTOMER, json, startTestServer, type TestServer } from "./support/test-server";

const user: EmergencyAccessUser = { userId: "00u2gg2qairRJf71G756", emailId: "bg@example.com", firstName: "Break", lastName: "Glass", userStatus: "Staged", allowedActivate: true, allowedDeactivate: false, updateEnabled: true };
const admin: Administrator = { id: "145256180497778056", username: "a@example.com", role: { id: "12", name: "ZPA Administrator" } };
let server: TestServer;
afterEach(() => server?.close());

beforeEach(async () => {
  server = await startTestServer({
    routes: {
      [`POST ${C}/emergencyAccess/user`]: () => json(user, 201),
      [`GET ${C}/emergencyAccess/user/${user.userId}`]: () => json(user),
      [`PUT ${C}/emergencyAccess/user/${user.userId}`]: () => ({ status: 200 }),
      [`PUT ${C}/emergencyAccess/user/${user.userId}/activate`]: () => ({ status: 200 }),
      [`PUT ${C}/emergencyAccess/user/${user.userId}/deactivate`]: () => ({ status: 200 }),
      [`POST ${C}/administrators`]: () => json(admin, 201),
      [`GET ${C}/administrators/${admin.id}`]: () => json(admin),
      [`PUT ${C}/administrators/${admin.id}`]: () => ({ status: 204 }),
      [`DELETE ${C}/administrators/${admin.id}`]: () => ({ status: 204 }),
      [`GET ${C}/roles/12`]: () => json({ id: "12", name: "ZPA Administrator" }),
    },
  });
});

const zpa = () => createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { clientId: "test-client", clientSecret: "test-secret-value" }, retry: { baseDelayMs: 5 } });
const sent = () => server.apiRequests().map((r) => `${r.method} ${r.path.slice(C.length)}${r.query.size ? `?${r.query}` : ""}${r.body ? ` ${r.body}` : ""}`);

describe("client.emergencyAccess", () => {
  it("create/get/update/activate/deactivate call the documented routes and return typed data", async () => {
    const c = zpa();
    expect(await c.emergencyAccess.create({ emailId: user.emailId, firstName: "Break", lastName: "Glass" }, { activateNow: true })).toEqual(user);
    expect(await c.emergencyAccess.get(user.userId)).toEqual(user);
    expect(await c.emergencyAccess.update(user.userId, { lastName: "Glass-Two" })).toBeUndefined();
    await c.emergencyAccess.activate(user.userId, { sendEmail: true });
    await c.emergencyAccess.deactivate(user.userId);
    expect(sent()).toEqual([
      `POST /emergencyAccess/user?activateNow=true {"emailId":"bg@example.com","firstName":"Break","lastName":"Glass"}`,
      `GET /emergencyAccess/user/${user.userId}`,
      `PUT /emergencyAccess/user/${user.userId} {"lastName":"Glass-Two"}`,
      `PUT /emergencyAccess/user/${user.userId}/activate?sendEmail=true`,
      `PUT /emergencyAccess/user/${user.userId}/deactivate`,
    ]);
    expect(server.apiRequests()[0]!.headers["content-type"]).toBe("application/json");
  });
});

describe("client.administrators and client.roles", () => {
  it("create/get/update/delete administrators, get roles", async () => {
    const c = zpa();
    const body = { username: "a@example.com", phoneNumber: "1234567890", roleId: "12", password: "Admin@123!", twoFactorAuthEnabled: false };
    expect(await c.administrators.create(body)).toEqual(admin);
    expect(await c.administrators.get(admin.id)).toEqual(admin);
    await c.administrators.update(admin.id, { username: "a@example.com", phoneNumber: "2025550123", roleId: "12" });
    await c.administrators.delete(admin.id);
    expect((await c.roles.get("12")).name).toBe("ZPA Administrator");
    expect(sent().map((s) => s.split(" ").slice(0, 2).join(" "))).toEqual([
      "POST /administrators",
      `GET /administrators/${admin.id}`,
      `PUT /administrators/${admin.id}`,
      `DELETE /administrators/${admin.id}`,
      "GET /roles/12",
    ]);
  });

  it("turns an error status into ZpaApiError with id, reason, params, operation and request id", async () => {
    server.routes[`GET ${C}/administrators/404`] = () => json({ id: "resource.not.found", reason: "Resource not found", params: ["404"] }, 404, { "x-request-id": "req-77" });
    await expect(zpa().administrators.get("404")).rejects.toMatchObject({
      name: "ZpaApiError",
      status: 404,
      id: "resource.not.found",
      reason: "Resource not found",
      params: ["404"],
      operation: "getAdministrator",
      requestId: "req-77",
      message: "getAdministrator: HTTP 404 resource.not.found Resource not found",
    });
  });

  it("reads a quota error's `code` and a non-JSON error body", async () => {
    server.routes[`GET ${C}/administrators/1`] = () => json({ code: "LIMIT_EXCEEDED", reason: "limit" }, 403);
    server.routes[`GET ${C}/administrators/2`] = () => ({ status: 502, body: undefined, headers: { "content-type": "text/plain" } });
    await expect(zpa().administrators.get("1")).rejects.toMatchObject({ status: 403, code: "LIMIT_EXCEEDED" });
    await expect(zpa().administrators.get("2")).rejects.toMatchObject({ status: 502, id: undefined });
  });
});

describe("raw typed calls", () => {
  it("return openapi-fetch's {data, error, response} without throwing on 4xx", async () => {
    const c = zpa();
    const ok = await c.GET("/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}", { params: { path: { roleId: "12" } } });
    expect(ok.data?.name).toBe("ZPA Administrator");
    const missing = await c.GET("/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}", { params: { path: { roleId: "13" } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ id: "resource.not.found" });
    expect(() => c.unwrap(missing)).toThrow("getRole: HTTP 404 resource.not.found Resource not found");
  });

  it("send PATCH with customerId filled in, naming the operation, and never replay it after a 5xx", async () => {
    const route = "/mgmtconfig/v1/admin/customers/{customerId}/inspectionProfile/{inspectionProfileId}/patch";
    server.routes[`PATCH ${C}/inspectionProfile/7/patch`] = () => json({ id: "retryable.server.error", reason: "try later" }, 503);
    const result = await zpa().PATCH(route, { params: { path: { inspectionProfileId: "7" } }, body: { description: "tightened" } });
    expect(result.response.status).toBe(503);
    expect(sent()).toEqual([`PATCH /inspectionProfile/7/patch {"description":"tightened"}`]);
    expect(() => zpa().unwrap(result)).toThrow(`patchAppProtectionProfile: HTTP 503 retryable.server.error try later`);
  });

  it("type-check paths, parameters and bodies from the spec", () => {
    const c = zpa();
    const typeOnly = () => {
      // @ts-expect-error an unknown path
      void c.GET("/mgmtconfig/v1/admin/customers/{customerId}/nothing");
      // @ts-expect-error roleId is required (customerId is not)
      void c.GET("/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}", { params: { path: {} } });
      // @ts-expect-error the body misses required fields
      void c.POST("/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/user", { body: { emailId: "a@b.c" } });
      // @ts-expect-error emergency access users cannot be deleted
      void c.DELETE("/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/user/{userId}", { params: { path: { userId: "x" } } });
      // @ts-expect-error pagesize is numbered-list spelling; this list says pageSize
      void c.emergencyAccess.listAll({ pagesize: 10 });
      // The pages show a bare array, the SDKs decode an envelope: the type is both.
      void c.GET("/mgmtconfig/v1/admin/customers/{customerId}/roles").then((r) => (Array.isArray(r.data) ? r.data : r.data?.list)?.[0]?.name satisfies string | undefined);
    };
    expect(typeof typeOnly).toBe("function");
  });
});

describe("resource helpers", () => {
  it("are exactly the documented ones (lists as list + listAll)", () => {
    const c = zpa();
    const names = (r: object) => Object.keys(r).sort();
    expect(names(c.emergencyAccess)).toEqual(["activate", "create", "deactivate", "get", "list", "listAll", "update"]);
    expect(names(c.administrators)).toEqual(["create", "delete", "get", "list", "listAll", "update"]);
    // Roles became the generated administrator-roles family: every operation of its pages.
    expect(names(c.roles)).toEqual(["create", "delete", "get", "list", "listAll", "listPermissionGroups", "update"]);
    expect(c.roles).toBe(c.administratorRoles);
  });
});
