import { openapi } from "@zpa-openapi/spec";
import { startTwin, IMPLEMENTED_OPERATIONS, type Twin } from "../src/index";
import type { OperationSpec } from "../src/router";
import { objectShape, synthesize } from "../src/engine/schema";
import { fillReferences, prng } from "../src/seed";
import { send, signIn } from "./twin-session";

/** A request for `op` against the twin's own data: ids of records it holds, a body built from the spec's schema. */
function requestFor(twin: Twin, op: OperationSpec, rand: () => number): { path: string; body?: string; contentType?: string } {
  const engine = twin.engine;
  const binding = engine.bindings.get(op.operationId);
  const ids = (resource: string | undefined) => (resource ? [...engine.store(resource).scan()].map((r) => r.id) : []);
  const owner = [...engine.resources.values()].find((d) => d.item && d.idParam && (op.template === d.item || op.template.startsWith(`${d.item}/`)));
  const path = op.template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    if (name === "customerId") return twin.customerId;
    const def = binding?.resource ?? owner;
    let pool: string[] = [];
    if (def && name === def.idParam) pool = def.idParam in def.properties && def.idParam !== def.idField ? [...engine.store(def.name).scan()].map((r) => String(r.data[def.idParam!])) : ids(def.name);
    else if (def?.parent?.param === name) pool = ids(def.parent.resource);
    else if (def) pool = def.references.flatMap((r) => ids(r.resource)).slice(0, 5);
    const param = op.parameters.find((p) => p.name === name && p.in === "path");
    const value = pool.length ? pool[Math.floor(rand() * pool.length)]! : String(synthesize(openapi, param?.schema));
    return encodeURIComponent(value);
  });
  const query = op.parameters
    .filter((p) => p.in === "query" && p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(synthesize(openapi, p.schema)))}`)
    .join("&");
  const json = op.requestBody?.contentTypes.get("application/json");
  const form = op.requestBody?.contentTypes.get("application/x-www-form-urlencoded");
  let body: string | undefined;
  let contentType: string | undefined;
  if (json) {
    const schema = { $ref: `#${json}` };
    const value = synthesize(openapi, schema) as any;
    if (value && typeof value === "object" && !Array.isArray(value) && binding?.resource) {
      fillReferences(engine, binding.resource, value, objectShape(openapi, schema).properties, rand, {});
    }
    body = JSON.stringify(value);
    contentType = "application/json";
  } else if (form) {
    body = new URLSearchParams({ client_id: twin.credentials.clientId, client_secret: twin.credentials.clientSecret }).toString();
    contentType = "application/x-www-form-urlencoded";
  }
  return { path: query ? `${path}?${query}` : path, body, contentType };
}

describe("every operation of the spec is served", () => {
  let twin: Twin;
  const logged: string[] = [];
  beforeAll(async () => {
    twin = await startTwin({ rateLimit: false, seedProfile: "realistic", seed: 3, log: (l) => logged.push(l) });
  });
  afterAll(() => twin.stop());

  it("each answers a documented status from the spec, never 501 or 5xx, and every answer matches the spec", async () => {
    const token = await signIn(twin);
    const ops = [...twin.engine.operations.values()];
    expect(ops.map((o) => o.operationId).sort()).toEqual([...IMPLEMENTED_OPERATIONS].sort());
    const rand = prng(11);
    const outcome = new Map<string, number>();
    // Reads first, then writes, deletes last: each sees the realistic tenant's records.
    const order = (o: OperationSpec) => (o.method === "GET" ? 0 : o.method === "DELETE" ? 2 : 1);
    for (const op of ops.sort((a, b) => order(a) - order(b))) {
      if (op.operationId === "signOut") continue;
      const req = requestFor(twin, op, rand);
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (req.contentType) headers["content-type"] = req.contentType;
      const r = await send(twin.url, op.method, req.path, { headers, body: req.body });
      outcome.set(op.operationId, r.status);
      expect({ op: op.operationId, status: r.status, documented: op.responses.has(r.status) || r.status === 400 }).toEqual({ op: op.operationId, status: r.status, documented: true });
      expect(r.status).toBeLessThan(500);
    }
    expect(logged).toEqual([]);
    const ok = [...outcome.values()].filter((s) => s < 300).length;
    // A figure for the README, not an assertion on its size.
    console.log(`${ok} of ${outcome.size} operations answered 2xx to a request built from the spec against a realistic tenant`);
    expect(ok).toBeGreaterThan(outcome.size / 2);
  }, 60_000);

  it("every operation that demands a token refuses a request without one", async () => {
    for (const op of twin.engine.operations.values()) {
      if (!op.secured) continue;
      const path = op.template.replace(/\{([^}]+)\}/g, (_m, name: string) => (name === "customerId" ? twin.customerId : "1"));
      const r = await send(twin.url, op.method, path, { headers: { "content-type": "application/json" }, body: op.requestBody ? "{}" : undefined });
      expect({ op: op.operationId, status: r.status }).toEqual({ op: op.operationId, status: 401 });
    }
  }, 60_000);
});
