import { resolvePointer, type OpenApiDocument } from "@zpa-openapi/spec";

/** A JSON Schema node of the spec, kept loose. */
export type Schema = Record<string, any>;

/** Per document: what each `$ref` names (the spec does not change while the twin runs; requests deref on every write). */
const refTargets = new WeakMap<OpenApiDocument, Map<string, Schema>>();

function refTarget(doc: OpenApiDocument, ref: string): Schema {
  let byRef = refTargets.get(doc);
  if (!byRef) refTargets.set(doc, (byRef = new Map()));
  let s = byRef.get(ref);
  if (s === undefined) byRef.set(ref, (s = resolvePointer(doc, ref) ?? {}));
  return s!;
}

/** Follows `$ref`s to the schema they name. */
export function derefSchema(doc: OpenApiDocument, schema: Schema | undefined): Schema {
  let s = schema ?? {};
  for (let guard = 0; typeof s.$ref === "string" && guard < 20; guard++) s = refTarget(doc, s.$ref);
  return s;
}

/** A schema's own keywords with those of its `allOf` branches folded in (its own win): to ask its type, enum or format. */
export function flatten(doc: OpenApiDocument, schema: Schema | undefined, depth = 0): Schema {
  const s = derefSchema(doc, schema);
  if (!Array.isArray(s.allOf) || depth > 10) return s;
  const out: Schema = {};
  for (const b of s.allOf) Object.assign(out, flatten(doc, b, depth + 1));
  Object.assign(out, s);
  delete out.allOf;
  return out;
}

/**
 * The properties and required fields a schema promises, with `allOf` branches merged and `$ref`s
 * followed: what a record of that schema may hold.
 */
export function objectShape(doc: OpenApiDocument, schema: Schema | undefined): { properties: Record<string, Schema>; required: Set<string> } {
  const s = derefSchema(doc, schema);
  const properties: Record<string, Schema> = {};
  const required = new Set<string>();
  for (const part of [s, ...(s.allOf ?? [])]) {
    const p = part === s ? s : derefSchema(doc, part);
    if (p !== s && p.allOf) {
      const inner = objectShape(doc, p);
      for (const [k, v] of Object.entries(inner.properties)) properties[k] = properties[k] ? { allOf: [properties[k], v] } : v;
      inner.required.forEach((r) => required.add(r));
      continue;
    }
    // The same property in two branches must satisfy both: keep both, not the last one.
    for (const [k, v] of Object.entries<Schema>(p.properties ?? {})) properties[k] = properties[k] ? { allOf: [properties[k], v] } : v;
    for (const r of p.required ?? []) required.add(r);
  }
  return { properties, required };
}

/** The schema of the value at `path` (`serverGroups[]`, `role`) inside a record of `schema`, if the schema says. */
export function schemaAt(doc: OpenApiDocument, schema: Schema | undefined, path: string[]): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const seg of path) {
    if (!s) return undefined;
    if (seg === "[]") {
      s = derefSchema(doc, s).items;
      continue;
    }
    s = objectShape(doc, s).properties[seg];
  }
  return s ? derefSchema(doc, s) : undefined;
}

const FORMAT_VALUES: Record<string, string> = {
  email: "twin@example.com",
  "date-time": "2026-01-01T00:00:00Z",
  date: "2026-01-01",
  uri: "https://example.com/",
  url: "https://example.com/",
  hostname: "app.example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uuid: "00000000-0000-4000-8000-000000000000",
};

function stringFor(s: Schema): string {
  if (s.format && FORMAT_VALUES[s.format]) return FORMAT_VALUES[s.format]!;
  const min = s.minLength ?? 0;
  const candidates = ["twin", "1", "0", "a", "A1", "twin-1", "1s", "TWIN"];
  let pattern: RegExp | undefined;
  try {
    pattern = s.pattern ? new RegExp(s.pattern, "u") : undefined;
  } catch {
    pattern = undefined;
  }
  for (const c of candidates) {
    const v = c.length >= min ? c : c + "x".repeat(min - c.length);
    if (!pattern || pattern.test(v)) return s.maxLength !== undefined && v.length > s.maxLength ? v.slice(0, s.maxLength) : v;
  }
  return "twin".padEnd(min, "x");
}

/**
 * A deterministic value that satisfies `schema`, built from its examples, defaults and types:
 * what the twin answers where it keeps no state, and what it fills into a required field a write
 * did not supply.
 */
export function synthesize(doc: OpenApiDocument, schema: Schema | undefined, depth = 0): unknown {
  const raw = derefSchema(doc, schema);
  const s = flatten(doc, raw);
  if (depth > 12) return undefined;
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.examples) && s.examples.length > 0) return structuredClone(s.examples[0]);
  if (s.example !== undefined) return structuredClone(s.example);
  if (s.default !== undefined) return structuredClone(s.default);
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  const branches = s.oneOf ?? s.anyOf;
  if (Array.isArray(branches) && branches.length > 0 && !s.type && !s.properties) return synthesize(doc, branches[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== "null") : s.type;
  if (type === "object" || (!type && (s.properties || s.allOf))) {
    const { properties, required } = objectShape(doc, raw);
    const out: Record<string, unknown> = {};
    for (const name of required) {
      const v = synthesize(doc, properties[name] ?? {}, depth + 1);
      if (v !== undefined) out[name] = v;
    }
    return out;
  }
  if (type === "array") return Array.from({ length: s.minItems ?? 0 }, () => synthesize(doc, s.items, depth + 1));
  if (type === "string") return stringFor(s);
  if (type === "integer" || type === "number") {
    if (s.minimum !== undefined) return s.minimum;
    if (s.exclusiveMinimum !== undefined) return Math.floor(s.exclusiveMinimum) + 1;
    return s.maximum !== undefined && s.maximum < 0 ? s.maximum : 0;
  }
  if (type === "boolean") return false;
  if (type === "null") return null;
  return {};
}
