import fc from "fast-check";
import { Agent } from "node:http";
import { createSpecValidator } from "@zpa-openapi/spec";
import type { OperationSpec } from "../src/router";
import { adminPayload, send, session, type Session } from "./twin-session";

/** Statuses the spec documents for a bad request. */
const DOCUMENTED_4XX = new Set([400, 401, 403, 404, 405, 415]);

interface Malformed {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
}

const JSON_TYPE = { "content-type": "application/json" };
// Every id below carries at least one character outside the id patterns, so none can name a real resource.
const badId = fc.oneof(
  fc.constantFrom("..%2F..%2Fetc%2Fpasswd", "..%2f", "%2e%2e%2f%2e%2e", "a%00b", "%E0%A4%A", "%ZZ", "x%20y", "%F0%9F%92%A9", "12%3B1", ".."),
  fc.string({ unit: "binary", minLength: 1, maxLength: 20 }).map((s) => encodeURIComponent(`${s}\u00e9`)),
);
const unicode = fc.string({ unit: "binary", minLength: 1, maxLength: 40 });
const notJson = fc.oneof(
  fc.constantFrom("{", "{\"emailId\":", "[1,2", "nul", "{'a':1}", "{\"a\":1}}", "\u0000", "{\"a\":01}"),
  fc.string({ maxLength: 30 }).map((s) => `{${s}`),
);
const wrongType = fc.constantFrom("text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/jsonx", "image/png", "");

function requests(base: string): fc.Arbitrary<Malformed> {
  const ea = `${base}/emergencyAccess`;
  const adm = `${base}/administrators`;
  const writes = fc.constantFrom(
    { method: "POST", path: `${ea}/user` },
    { method: "POST", path: adm },
    { method: "PUT", path: `${adm}/145256180497780000` },
  );
  return fc.oneof(
    { arbitrary: fc.tuple(writes, notJson).map(([w, b]) => ({ kind: "bad JSON", ...w, headers: JSON_TYPE, body: b })), weight: 3 },
    { arbitrary: fc.tuple(writes, fc.integer({ min: 1, max: 4096 })).map(([w, n]) => ({ kind: "huge body", ...w, headers: JSON_TYPE, body: Buffer.alloc(1024 * 1024 + n, 0x61) })), weight: 1 },
    {
      arbitrary: fc.tuple(writes, wrongType).map(([w, t]) => ({ kind: "wrong content type", ...w, headers: (t ? { "content-type": t } : {}) as Record<string, string>, body: JSON.stringify(adminPayload("x")) })),
      weight: 3,
    },
    {
      arbitrary: fc.tuple(fc.constantFrom("GET", "PUT", "DELETE"), badId, fc.constantFrom("user", "admin")).map(([m, id, what]) => ({
        kind: "bad id",
        method: what === "admin" ? m : m === "DELETE" ? "GET" : m,
        path: what === "admin" ? `${adm}/${id}` : `${ea}/user/${id}${m === "PUT" ? "/activate" : ""}`,
        headers: JSON_TYPE,
        body: m === "PUT" && what === "admin" ? JSON.stringify(adminPayload("x")) : undefined,
      })),
      weight: 4,
    },
    {
      arbitrary: fc.tuple(unicode, fc.constantFrom("emailId", "phoneNumber", "password", "roleId")).map(([u, field]) => {
        // Unicode that breaks the field's rule: no `@` in an email, non-ASCII in digits and passwords.
        const value = field === "emailId" ? u.replace(/@/g, "") : `\u0663${u.replace(/[0-9]/g, "")}`;
        const body = field === "emailId" ? { emailId: value, firstName: "U", lastName: "V" } : adminPayload("u", { [field]: value });
        return { kind: "unicode field", method: "POST", path: field === "emailId" ? `${ea}/user` : adm, headers: JSON_TYPE, body: JSON.stringify(body) };
      }),
      weight: 3,
    },
    {
      arbitrary: fc.tuple(fc.constantFrom("pageSize", "activateNow", "microtenantId"), unicode).map(([p, u]) => ({
        kind: "bad query",
        method: p === "activateNow" ? "POST" : "GET",
        path: p === "activateNow" ? `${ea}/user?activateNow=${encodeURIComponent(`${u}\u00e9`)}` : `${ea}/users?${p}=${encodeURIComponent(`${u}\u00e9`)}`,
        headers: JSON_TYPE,
        body: p === "activateNow" ? JSON.stringify({ emailId: "q@example.com", firstName: "Q", lastName: "R" }) : undefined,
      })),
      weight: 2,
    },
    {
      arbitrary: fc.tuple(writes, fc.constantFrom("null", "[]", "42", "\"s\"", "true", "{}")).map(([w, b]) => ({ kind: "wrong JSON type", ...w, headers: JSON_TYPE, body: b })),
      weight: 2,
    },
    {
      arbitrary: fc.tuple(writes, fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([w, bytes]) => ({
        kind: "invalid UTF-8",
        ...w,
        headers: JSON_TYPE,
        body: Buffer.concat([Buffer.from('{"emailId":"'), Buffer.from([0xff, 0xfe]), Buffer.from(bytes), Buffer.from('"}')]),
      })),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(fc.constantFrom("GET", "POST", "PATCH", "OPTIONS"), unicode).map(([m, u]) => ({ kind: "unknown path or method", method: m, path: `${base}/${encodeURIComponent(u)}x/zz`, headers: {} })),
      weight: 1,
    },
  );
}

describe("10,000 malformed requests", () => {
  it("each gets a documented 4xx with the error shape; the twin never fails and nothing changes", async () => {
    const logged: string[] = [];
    const s: Session = await session({ seedUsers: 30, seedAdmins: 5, log: (l) => logged.push(l) });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const before = s.twin.fingerprint();
      const kinds = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(requests(s.base), fc.boolean(), async (req, withToken) => {
          const headers = withToken ? { ...req.headers, authorization: `Bearer ${s.token}` } : req.headers;
          const r = await send(s.twin.url, req.method, req.path, { headers, body: req.body, agent });
          kinds.set(req.kind, (kinds.get(req.kind) ?? 0) + 1);
          if (!DOCUMENTED_4XX.has(r.status)) throw new Error(`${req.kind}: ${req.method} ${req.path} got ${r.status} ${r.text.slice(0, 200)}`);
          expect(r.headers["content-type"]).toMatch(/^application\/json/);
          expect(typeof r.json.id).toBe("string");
          expect(typeof r.json.reason).toBe("string");
          expect(Array.isArray(r.json.params)).toBe(true);
        }),
        { numRuns: 10_000, seed: 20261126, endOnFailure: true },
      );
      expect(s.twin.fingerprint()).toBe(before);
      expect(logged).toEqual([]);
      expect([...kinds.keys()].length).toBe(9);
      const alive = await s.call("GET", "/emergencyAccess/users?pageSize=500");
      expect(alive.json.items).toHaveLength(30);
    } finally {
      agent.destroy();
      await s.twin.stop();
    }
  }, 180_000);
});

describe("10,000 malformed requests spread over every family", () => {
  it("none gets a 5xx, the twin logs nothing, and the tenant is unchanged", async () => {
    const logged: string[] = [];
    const s: Session = await session({ seedProfile: "realistic", log: (l) => logged.push(l) });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const validator = createSpecValidator();
    try {
      const before = s.twin.fingerprint();
      const cases: Array<{ op: OperationSpec; kind: string }> = [];
      for (const op of s.twin.engine.operations.values()) {
        const json = op.requestBody?.contentTypes.get("application/json");
        // Path parameters whose schema refuses anything outside its pattern or enum (a free-text one would accept the value).
        const strict = (p: OperationSpec["parameters"][number]) => p.in === "path" && p.name !== "customerId" && validator.validate(p.schemaPointer, "../\u00e9").length > 0;
        if (op.parameters.some(strict)) cases.push({ op, kind: "bad id" });
        if (json) {
          cases.push({ op, kind: "bad JSON" }, { op, kind: "wrong content type" });
          if (validator.validate(json, "s").length > 0 && validator.validate(json, 42).length > 0) cases.push({ op, kind: "wrong JSON type" });
        }
        if (op.parameters.some((p) => p.in === "query" && /^page.?size$/i.test(p.name))) cases.push({ op, kind: "bad page size" });
        if (op.secured) cases.push({ op, kind: "no token" });
        if (op.parameters.some((p) => p.name === "customerId")) cases.push({ op, kind: "another customer" });
      }
      const families = new Set([...s.twin.engine.operations.values()].map((o) => s.twin.engine.bindings.get(o.operationId)?.resource.family).filter(Boolean));
      const kinds = new Map<string, number>();
      const seenOps = new Set<string>();
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...cases), badId, notJson, wrongType, async ({ op, kind }, id, text, type) => {
          let path = op.template.replace(/\{([^}]+)\}/g, (_m, name: string) => (name === "customerId" ? (kind === "another customer" ? "123" : s.twin.customerId) : "1"));
          if (kind === "bad id") {
            const name = op.parameters.find((p) => p.in === "path" && p.name !== "customerId" && validator.validate(p.schemaPointer, "../\u00e9").length > 0)!.name;
            path = op.template.replace(/\{([^}]+)\}/g, (_m, n: string) => (n === "customerId" ? s.twin.customerId : n === name ? id : "1"));
          }
          if (kind === "bad page size") path += `?${op.parameters.find((p) => p.in === "query" && /^page.?size$/i.test(p.name))!.name}=0`;
          const headers: Record<string, string> = kind === "no token" ? {} : { authorization: `Bearer ${s.token}` };
          let body: string | undefined;
          if (op.requestBody) {
            headers["content-type"] = kind === "wrong content type" ? (type === "application/x-www-form-urlencoded" ? "text/plain" : type || "text/plain") : "application/json";
            body = kind === "bad JSON" ? text : kind === "wrong JSON type" ? "42" : kind === "wrong content type" ? "{}" : "{}";
          }
          if (op.operationId === "signIn" && kind !== "bad JSON" && kind !== "wrong content type") return;
          const r = await send(s.twin.url, op.method, path, { headers, body, agent });
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          seenOps.add(op.operationId);
          if (r.status >= 500 || r.status < 400) throw new Error(`${kind}: ${op.method} ${path} got ${r.status} ${r.text.slice(0, 200)}`);
        }),
        { numRuns: 10_000, seed: 20261130, endOnFailure: true },
      );
      expect(s.twin.fingerprint()).toBe(before);
      expect(logged).toEqual([]);
      expect(kinds.size).toBe(7);
      // Every operation (and so every family) got its share.
      expect(seenOps.size).toBeGreaterThan(s.twin.engine.operations.size * 0.95);
      expect(families.size).toBeGreaterThanOrEqual(40);
    } finally {
      agent.destroy();
      await s.twin.stop();
    }
  }, 300_000);
});
