// Derived from the spec, not from the generated code: for every operation of the assembled spec,
// the helper its naming rule gives must exist on its family's namespace and, called against Prism,
// must send the operation's method and path and get an answer the spec documents. A family or an
// operation added to the spec without a generated helper fails here.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createZpaClient, ZpaApiError, type ZpaClient } from "../src";
import { specFile, startPrism } from "./support/prism";

const CUSTOMER = "216196257331281920";
const doc = JSON.parse(readFileSync(specFile, "utf8"));
const deref = (node: any): any => (node?.$ref ? deref(node.$ref.split("/").slice(1).reduce((o: any, k: string) => o[k], doc)) : node);

// The documented naming rule lives in the generator (an ES module); ask it for each operation's
// namespace and helper name, given only the spec.
const naming: Record<string, { namespace: string; helper: string; all?: string }> = JSON.parse(
  execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { readFileSync } from "node:fs";
       import { allName, helperNames, namespaceName, operationsOf } from ${JSON.stringify(path.resolve(__dirname, "../scripts/generate-families.mjs"))};
       const spec = JSON.parse(readFileSync(${JSON.stringify(specFile)}, "utf8"));
       const ops = operationsOf(spec);
       const out = {};
       for (const family of spec["x-families"]) {
         const own = ops.filter((o) => o.family === family.name);
         const nouns = Object.entries(spec["x-resources"]).filter(([, r]) => r.family === family.name).map(([n]) => n);
         const names = helperNames(own, nouns);
         for (const op of own) out[op.operationId] = { namespace: namespaceName(family), helper: names.get(op.operationId), all: op.paging ? allName(names.get(op.operationId)) : undefined };
       }
       console.log(JSON.stringify(out));`,
    ],
    { encoding: "utf8" },
  ),
);

interface SpecOperation {
  id: string;
  method: string;
  route: string;
  op: any;
  params: any[];
}
const operations: SpecOperation[] = [];
for (const [route, item] of Object.entries<any>(doc.paths)) {
  for (const method of ["get", "put", "post", "delete", "patch"]) {
    if (item[method]) operations.push({ id: item[method].operationId, method: method.toUpperCase(), route, op: item[method], params: [...(item.parameters ?? []), ...(item[method].parameters ?? [])].map(deref) });
  }
}

// A minimal value a schema accepts: its example, its first enum value, else one built from its type
// (required properties only). Enough for Prism's request validation, which is all this test needs.
// allOf members merged into one schema, so a member that only lists `required` names finds the
// properties its siblings define.
const merged = (node: any): any => {
  const schema = deref(node) ?? {};
  if (!schema.allOf) return schema;
  const parts = schema.allOf.map(merged);
  return {
    ...Object.assign({}, ...parts),
    ...schema,
    allOf: undefined,
    properties: Object.assign({}, ...parts.map((p: any) => p.properties), schema.properties),
    required: [...new Set([...parts.flatMap((p: any) => p.required ?? []), ...(schema.required ?? [])])],
  };
};
const sample = (node: any, depth = 0): unknown => {
  const schema = merged(node);
  const example = schema.example ?? schema.examples?.[0] ?? schema.default;
  if (example !== undefined) return example;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.oneOf || schema.anyOf) return sample((schema.oneOf ?? schema.anyOf)[0], depth + 1);
  const types = [schema.type ?? []].flat();
  if (types.includes("object") || schema.properties || schema.required) {
    const out: Record<string, unknown> = {};
    for (const name of schema.required ?? []) out[name] = depth > 8 ? {} : sample(schema.properties?.[name] ?? {}, depth + 1);
    return out;
  }
  if (types.includes("array")) return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => sample(schema.items, depth + 1));
  if (types.includes("string")) {
    if (schema.format === "uuid") return "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    if (schema.format === "email") return "someone@example.com";
    if (schema.format === "date-time") return "2026-11-30T00:00:00Z";
    if (schema.pattern && /\\d|\[0-9\]/.test(schema.pattern)) return "1";
    return "a".repeat(Math.max(1, schema.minLength ?? 1));
  }
  if (types.includes("integer") || types.includes("number")) return Math.max(1, schema.minimum ?? 1);
  if (types.includes("boolean")) return false;
  return "7205830485501557";
};
const valueOf = (p: any): unknown => p.example ?? Object.values<any>(p.examples ?? {}).map(deref)[0]?.value ?? sample(p.schema);
const bodyOf = (op: any): unknown => {
  const media: any = Object.values(deref(op.requestBody)?.content ?? {})[0] ?? {};
  return Object.values<any>(media.examples ?? {}).map(deref)[0]?.value ?? media.example ?? sample(media.schema);
};

let prism: { url: string; close(): Promise<void> };
let zpa: ZpaClient;
const sent: { method: string; path: string; violations?: string | null }[] = [];
const answered = new Map<string, string>();

beforeAll(async () => {
  prism = await startPrism();
  zpa = createZpaClient({
    baseUrl: prism.url,
    customerId: CUSTOMER,
    microtenantId: "0",
    credentials: { tokenProvider: () => "prism-token" },
    retry: false,
    // The real fetch, watched: what reached Prism is what the helper sent.
    fetch: async (url, init) => {
      const request = { method: init.method ?? "GET", path: new URL(url).pathname, violations: undefined as string | null | undefined };
      sent.push(request);
      const response = await fetch(url, init);
      // Prism explains a refused request in this header.
      request.violations = response.headers.get("sl-violations");
      return response;
    },
  });
}, 60_000);
afterAll(() => prism?.close());

describe("every operation of the spec", () => {
  it("covers the whole spec (248 operations at the time of writing)", () => {
    expect(operations.length).toBeGreaterThanOrEqual(248);
    expect(Object.keys(naming).sort()).toEqual(operations.map((o) => o.id).sort());
  });

  it.each(operations.map((o) => [`${o.id} (${o.method} ${o.route})`, o] as const))("%s has a helper that Prism answers as documented", async (_name, { id, method, route, op, params }) => {
    const { namespace, helper, all } = naming[id]!;
    const ns = (zpa as any)[namespace];
    expect(ns).toBeDefined();
    expect(typeof ns[helper]).toBe("function");
    if (all) expect(typeof ns[all]).toBe("function");

    const pathParams = [...route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!).filter((n) => n !== "customerId");
    const args: unknown[] = pathParams.map((n) => {
      const value = valueOf(params.find((p) => p.in === "path" && p.name === n));
      return typeof value === "number" ? value : String(value);
    });
    if (op.requestBody) args.push(bodyOf(op));
    const query = params.filter((p) => p.in === "query");
    if (query.length) args.push(Object.fromEntries(query.filter((p) => p.required).map((p) => [p.name, valueOf(p)])));

    sent.length = 0;
    let status: number;
    try {
      if (all) {
        const iterator = ns[helper](...args) as AsyncIterableIterator<unknown>;
        await iterator.next();
        await iterator.return?.();
      } else {
        await ns[helper](...args);
      }
      status = 200;
    } catch (error) {
      // Only an answer from the server is acceptable here, never a client-side failure.
      if (!(error instanceof ZpaApiError)) throw error;
      status = error.status;
      // Prism answers a request it cannot serve with a status the spec documents (or its own 422).
      expect([...Object.keys(op.responses), "422"]).toContain(String(status));
      expect(status).not.toBe(401);
    }
    const template = new RegExp(`^${route.replace(/\{customerId\}/, CUSTOMER).replace(/\{[^}]+\}/g, "[^/]+")}$`);
    expect(sent[0]).toBeDefined();
    expect(sent[0]!.method).toBe(method);
    expect(sent[0]!.path).toMatch(template);
    expect(status).toBeLessThan(500);
    answered.set(id, `${status}${status >= 300 ? ` ${sent[0]!.violations}` : ""}`);
  });

  it("gets a success answer, or a refusal of the sample body alone, for every operation", () => {
    expect(answered.size).toBe(operations.length);
    // The bodies are sampled from schemas (a few use if/then, which the sampler does not follow), so
    // Prism may refuse one; but only ever for its body, never for the path or the query the helper built.
    const refused = [...answered].filter(([, status]) => !status.startsWith("2"));
    for (const [id, status] of refused) {
      const violations = JSON.parse(status.slice(4)) as { location: string[] }[];
      expect(violations.map((v) => `${id} ${v.location.slice(0, 2).join(".")}`)).toEqual(violations.map(() => `${id} request.body`));
    }
    expect(refused.length).toBeLessThan(operations.length / 20);
  });
});
