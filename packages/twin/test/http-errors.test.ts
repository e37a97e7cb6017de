import { openapi } from "@zpa-openapi/spec";
import { IMPLEMENTED_OPERATIONS } from "../src/index";
import { expectError, send, session, type Session } from "./twin-session";

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

describe("HTTP-level errors use the documented error shape", () => {
  let s: Session;
  beforeAll(async () => {
    s = await session({ maxBodyBytes: 4096 });
  });
  afterAll(() => s.twin.stop());

  it("unknown path → 404, wrong method → 405 with Allow", async () => {
    expectError(await s.call("GET", "/nothing/here"), 404, "resource.not.found");
    const r = await s.call("PATCH", "/administrators");
    expectError(r, 405, "method.not.allowed", "PATCH");
    expect(r.headers.allow).toBe("GET, POST");
  });

  it("wrong content type → 415, bad JSON → 400, no body → 400, too large → 400 naming the body", async () => {
    expectError(await s.call("POST", "/emergencyAccess/user", undefined, { "content-type": "text/plain" }), 415, "unsupported.media.type");
    const bad = await s.call("POST", "/emergencyAccess/user", undefined, { "content-type": "application/json" });
    expectError(bad, 400, "invalid.input", "body");
    const big = { emailId: "a@example.com", firstName: "x".repeat(5000), lastName: "y" };
    expectError(await s.call("POST", "/emergencyAccess/user", big), 400, "invalid.input", "body");
  });

  it("malformed JSON names the body", async () => {
    const { twin, token, base } = s;
    const r = await send(twin.url, "POST", `${base}/emergencyAccess/user`, {
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json; charset=utf-8" },
      body: '{"emailId": ',
    });
    expectError(r, 400, "invalid.input", "body");
  });

  it("bad percent-encoding and traversal in ids → 400 naming the id", async () => {
    expectError(await s.call("GET", "/emergencyAccess/user/%E0%A4%A"), 400, "invalid.input", "userId");
    expectError(await s.call("GET", "/emergencyAccess/user/..%2F..%2Fadministrators"), 400, "invalid.input", "userId");
    expectError(await s.call("GET", "/administrators/12abc"), 400, "invalid.input", "adminId");
  });

  it("a repeated query parameter is refused", async () => {
    expectError(await s.call("GET", "/emergencyAccess/users?pageSize=1&pageSize=2"), 400, "invalid.input", "pageSize");
  });
});

describe("routes of the spec the twin does not implement", () => {
  let s: Session;
  beforeAll(async () => {
    s = await session();
  });
  afterAll(() => s.twin.stop());

  const operations = Object.entries<Record<string, any>>(openapi.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method, op]) => HTTP_METHODS.has(method) && typeof op?.operationId === "string")
      .map(([method, op]) => ({ path, method: method.toUpperCase(), operationId: op.operationId as string })),
  );

  it("the twin implements every operation of the spec, and nothing else", () => {
    expect([...IMPLEMENTED_OPERATIONS].sort()).toEqual(operations.map((o) => o.operationId).sort());
  });

  it("no operation answers 501 not.implemented any more: each answers from the spec", async () => {
    const wrong: string[] = [];
    for (const o of operations) {
      if (o.operationId === "signOut") continue;
      const path = o.path.replace(/\{customerId\}/g, s.twin.customerId).replace(/\{[^}]+\}/g, "1");
      const withBody = ["POST", "PUT", "PATCH"].includes(o.method);
      const r = await send(s.twin.url, o.method, path, {
        headers: { authorization: `Bearer ${s.token}`, ...(withBody ? { "content-type": "application/json" } : {}) },
        body: withBody ? "{}" : undefined,
      });
      if (r.status === 501 || r.status >= 500) wrong.push(`${o.operationId} (${o.method} ${path}): ${r.status} ${r.text.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
  });
});
