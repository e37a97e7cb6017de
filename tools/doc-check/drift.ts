/**
 * Compares what ZPA help pages state against the spec and lists every difference, each either
 * drift (the docs moved, or the spec did) or acknowledged (the spec resolves it on purpose in an
 * `x-doc-notes` entry, or by a convention its own description states).
 */
import { createSpecValidator, type SchemaViolation } from "@zpa-openapi/spec";
import { atPointer, deref, operationsOf, type Json, type SpecOperation } from "../openapi-document";
import type { HelpPage, PageExample, PageField, PageOperation, PageParameter } from "./parse-help-page";

/** What kind of difference; "missing" = stated by the page, absent from the spec; "extra" = the reverse. */
export type DriftKind =
  | "operation-missing"
  | "operation-extra"
  | "parameter-missing"
  | "parameter-extra"
  | "parameter-location"
  | "parameter-type"
  | "parameter-format"
  | "parameter-required"
  | "parameter-maximum"
  | "parameter-default"
  | "response-missing"
  | "response-extra"
  | "field-missing"
  | "field-required"
  | "field-type"
  | "example-invalid";

/** Why a difference is not drift. */
export interface Acknowledgement {
  /** Where the resolution lives: `x-doc-notes of createAdministrator`, `spec convention`... */
  by: string;
  topic: string;
  resolution?: string;
}

/** One difference between a page and the spec. */
export interface Difference {
  kind: DriftKind;
  /** The page id (its `Source:` URL's last segment, else its file name). */
  page: string;
  /** `METHOD /path` as the page or the spec writes it. */
  operation: string;
  operationId?: string;
  /** The parameter, field, response code or example the difference is about. */
  subject: string;
  /** What the page says, when it says something. */
  doc?: string;
  /** What the spec says, when it says something. */
  spec?: string;
  message: string;
  acknowledged?: Acknowledgement;
}

/** Every difference found, split into drift and acknowledged. */
export interface DriftReport {
  pages: string[];
  operations: number;
  differences: Difference[];
  drift: Difference[];
  acknowledged: Difference[];
}

interface DocNote {
  topic: string;
  conflict?: string;
  resolution?: string;
}

/** The page id the spec's `x-doc-source.page` names: the page URL's last segment, else the file name. */
export function pageId(page: HelpPage): string {
  const fromUrl = page.source?.replace(/[?#].*$/, "").replace(/\/+$/, "").split("/").pop();
  return fromUrl || page.page;
}

/** `{customerId}` and `{id}` name the same slot: match paths with parameter names blanked. */
function pathShape(p: string): string {
  return p.replace(/\{[^}]+\}/g, "{}").replace(/\/+$/, "");
}

const PAGE_TYPES: Record<string, string> = {
  integer: "integer",
  int: "integer",
  long: "integer",
  number: "number",
  float: "number",
  double: "number",
  boolean: "boolean",
  string: "string",
  array: "array",
  object: "object",
};

/** JSON Schema types a spec schema admits (through `$ref`, `allOf`, `anyOf`, `oneOf`). */
function schemaTypes(doc: Json, schema: Json | undefined, seen = new Set<Json>()): Set<string> {
  const s = deref(doc, schema);
  const out = new Set<string>();
  if (!s || seen.has(s)) return out;
  seen.add(s);
  if (typeof s.type === "string") out.add(s.type);
  if (Array.isArray(s.type)) s.type.forEach((t: string) => out.add(t));
  if (s.const !== undefined && out.size === 0) out.add(jsonType(s.const));
  for (const key of ["allOf", "anyOf", "oneOf"]) for (const sub of s[key] ?? []) schemaTypes(doc, sub, seen).forEach((t) => out.add(t));
  return out;
}

function jsonType(v: unknown): string {
  if (Array.isArray(v)) return "array";
  if (v === null) return "null";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** A string of up to 19 digits: how the spec carries int64 ids (see its description). */
function isDigitString(doc: Json, schema: Json | undefined): boolean {
  const s = deref(doc, schema);
  return s?.type === "string" && typeof s.pattern === "string" && /^\^\[0-9\]\{1,19\}\$$/.test(s.pattern);
}

/** Notes on a schema and every schema its `$ref` chain passes through. */
function schemaNotes(doc: Json, schema: Json | undefined): Array<[string, DocNote]> {
  const out: Array<[string, DocNote]> = [];
  let node: any = schema;
  let name = "the schema";
  for (let i = 0; i < 20 && node && typeof node === "object"; i++) {
    for (const n of node["x-doc-notes"] ?? []) out.push([`x-doc-notes of ${name}`, n]);
    if (typeof node.$ref !== "string") break;
    name = node.$ref.split("/").pop();
    node = atPointer(doc, node.$ref);
  }
  return out;
}

/** How clearly a note names a subject: 2 in backticks or as its topic's first word, 1 as a bare word, 0 not at all. */
function mentions(note: DocNote, subject: string): number {
  const text = [note.topic, note.conflict, note.resolution].filter(Boolean).join(" ");
  if (text.includes(`\`${subject}\``) || note.topic.split(" ")[0] === subject) return 2;
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^A-Za-z0-9_])${escaped}([^A-Za-z0-9_]|$)`).test(text) ? 1 : 0;
}

const ASPECT_WORDS: Partial<Record<DriftKind, RegExp>> = {
  "parameter-type": /type|integer|string|number/i,
  "field-type": /type|integer|string|number/i,
  "parameter-format": /format|int64|int32/i,
  "parameter-required": /required|optional/i,
  "field-required": /required|optional/i,
  "parameter-maximum": /max/i,
  "parameter-default": /default/i,
};

/** Spec-wide resolutions the spec states in its own description rather than per operation. */
interface Convention {
  topic: string;
  /** Text the spec's `info.description` must contain for the convention to hold. */
  evidence: RegExp;
  applies(d: Difference, ctx: { specSchema?: Json; docType?: string }): boolean;
}

const CONVENTIONS: Convention[] = [
  {
    topic: "64-bit ids carried as strings of digits",
    evidence: /strings of digits/i,
    applies: (d, ctx) => (d.kind === "parameter-type" || d.kind === "field-type") && ctx.docType === "integer" && ctx.specSchema !== undefined,
  },
  {
    topic: "every operation can answer 429 (rate limit)",
    evidence: /\b429\b/,
    applies: (d) => d.kind === "response-extra" && d.subject === "429",
  },
];

interface AckContext {
  /** The spec operation the difference is on. */
  spec?: SpecOperation;
  /** Operations sharing the schema a field belongs to: their notes speak for it too. */
  related?: SpecOperation[];
  /** Notes on the parameter or schema the difference is about. */
  notesOfSubject?: Array<[string, DocNote]>;
  /** The spec schema of a type difference, when it is a string of digits. */
  specSchema?: Json;
  docType?: string;
}

class Comparer {
  readonly differences: Difference[] = [];
  /** The spec's operations, read once for every page and field. */
  readonly operations: SpecOperation[];
  private readonly validator: ReturnType<typeof createSpecValidator>;

  constructor(private readonly doc: Json) {
    this.validator = createSpecValidator(doc);
    this.operations = operationsOf(doc);
  }

  /** Records a difference, acknowledged when a note on the operation, parameter or schema resolves it. */
  add(d: Difference, ctx: AckContext = {}): void {
    d.acknowledged = this.acknowledge(d, ctx);
    this.differences.push(d);
  }

  private acknowledge(d: Difference, ctx: AckContext): Acknowledgement | undefined {
    const aspect = ASPECT_WORDS[d.kind];
    const aboutAspect = ([, n]: [string, DocNote]) => !aspect || aspect.test(`${n.topic} ${n.conflict ?? ""}`);
    // A note on the parameter or schema itself is about that subject whatever it says.
    const own = (ctx.notesOfSubject ?? []).find(aboutAspect) ?? (aspect ? undefined : ctx.notesOfSubject?.[0]);
    if (own) return { by: own[0], topic: own[1].topic, resolution: own[1].resolution };
    const ops = [ctx.spec, ...(ctx.related ?? [])].filter((o): o is SpecOperation => !!o);
    const subjects = d.kind === "example-invalid" ? exampleSubjects(d) : [d.subject];
    const candidates: Array<[string, DocNote, number]> = [];
    for (const op of ops) {
      const opNotes: DocNote[] = op.op["x-doc-notes"] ?? [];
      // An invalid example is resolved only when every property it breaks is discussed.
      if (subjects.length === 0 || !subjects.every((s) => opNotes.some((n) => mentions(n, s) > 0))) continue;
      for (const n of opNotes) {
        const score = Math.max(...subjects.map((s) => mentions(n, s)));
        if (score > 0) candidates.push([`x-doc-notes of ${op.operationId ?? op.key}`, n, score + (op === ctx.spec ? 0.5 : 0)]);
      }
    }
    const chosen = candidates.filter(([by, n]) => aboutAspect([by, n])).sort((a, b) => b[2] - a[2])[0];
    if (chosen) return { by: chosen[0], topic: chosen[1].topic, resolution: chosen[1].resolution };
    const description = String(this.doc.info?.description ?? "");
    const convention = CONVENTIONS.find((c) => c.evidence.test(description) && c.applies(d, ctx));
    if (convention) return { by: "spec convention (info.description)", topic: convention.topic };
    return undefined;
  }

  validate(pointer: string, value: unknown): SchemaViolation[] {
    return this.validator.validate(pointer, value);
  }
}

/** The properties named by an invalid example's violations, for matching notes. */
function exampleSubjects(d: Difference): string[] {
  const props = (d.spec ?? "").split(", ").map((v) => v.split(" ")[0].split("/").filter((seg) => !/^\d+$/.test(seg)).pop() ?? "");
  return [...new Set(props.filter(Boolean))];
}

function describeParam(p: Json): string {
  return `${p.in} parameter "${p.name}"`;
}

/** The JSON request body's schema and its pointer (for validation), when the operation has one. */
function requestSchema(spec: SpecOperation, doc: Json): { schema: Json; pointer: string } | undefined {
  const body = spec.op.requestBody;
  const schema = deref(doc, body)?.content?.["application/json"]?.schema;
  if (!schema) return undefined;
  const base = typeof body.$ref === "string" ? body.$ref.replace(/^#/, "") : `${spec.pointer}/requestBody`;
  return { schema, pointer: `${base}/content/application~1json/schema` };
}

/** Properties and required names of an object schema, through `$ref` and `allOf`. */
function objectShape(doc: Json, schema: Json | undefined, seen = new Set<Json>()): { properties: Record<string, Json>; required: Set<string> } {
  const s = deref(doc, schema);
  const shape = { properties: {} as Record<string, Json>, required: new Set<string>() };
  if (!s || seen.has(s)) return shape;
  seen.add(s);
  for (const sub of s.allOf ?? []) {
    const inner = objectShape(doc, sub, seen);
    Object.assign(shape.properties, inner.properties);
    inner.required.forEach((r) => shape.required.add(r));
  }
  Object.assign(shape.properties, s.properties ?? {});
  for (const r of s.required ?? []) shape.required.add(r);
  return shape;
}

function comparePage(page: HelpPage, doc: Json, cmp: Comparer): number {
  const id = pageId(page);
  const all = cmp.operations;
  const claimed = all.filter((op) => claimedBy(op, page));
  const matched = new Set<SpecOperation>();
  for (const fact of page.operations) {
    const key = `${fact.method} ${fact.path}`;
    const spec = all.find((o) => o.method === fact.method && pathShape(o.path) === pathShape(fact.path));
    if (!spec) {
      cmp.add({ kind: "operation-missing", page: id, operation: key, subject: key, doc: fact.section, message: "on the page, not in the spec" });
      continue;
    }
    matched.add(spec);
    const base = { page: id, operation: spec.key, operationId: spec.operationId };
    compareParameters(page, fact, spec, doc, cmp, base);
    compareResponses(page, fact, spec, cmp, base);
    compareExamples(fact, spec, doc, cmp, base);
    if (page.fields.length > 0 && requestSchema(spec, doc)) compareFields(page.fields, spec, doc, cmp, base);
  }
  for (const spec of claimed) {
    if (matched.has(spec)) continue;
    cmp.add(
      { kind: "operation-extra", page: id, operation: spec.key, operationId: spec.operationId, subject: spec.key, spec: spec.operationId, message: `in the spec (x-doc-source.page "${id}"), not on the page` },
      { spec },
    );
  }
  return page.operations.length;
}

type Base = Pick<Difference, "page" | "operation" | "operationId">;

function compareParameters(page: HelpPage, fact: PageOperation, spec: SpecOperation, doc: Json, cmp: Comparer, base: Base): void {
  const specParams = spec.parameters.map((raw) => ({ raw, p: deref(doc, raw) }));
  for (const p of fact.parameters) {
    const found = specParams.find((s) => s.p.name === p.name);
    const subjectNotes = found ? [...((found.p["x-doc-notes"] ?? []) as DocNote[]).map((n): [string, DocNote] => [`x-doc-notes of parameter ${p.name}`, n]), ...schemaNotes(doc, found.p.schema)] : [];
    const ctx = { spec, notesOfSubject: subjectNotes };
    if (!found) {
      cmp.add({ ...base, kind: "parameter-missing", subject: p.name, doc: `${p.in}${p.type ? ` ${p.type}` : ""}`, message: `${p.in} parameter "${p.name}": on the page, not in the spec` }, ctx);
      continue;
    }
    if (found.p.in !== p.in) {
      cmp.add({ ...base, kind: "parameter-location", subject: p.name, doc: p.in, spec: found.p.in, message: `parameter "${p.name}": in ${p.in} on the page, in ${found.p.in} in the spec` }, ctx);
      continue;
    }
    if (p.required !== undefined && p.required !== !!found.p.required) {
      cmp.add({ ...base, kind: "parameter-required", subject: p.name, doc: String(p.required), spec: String(!!found.p.required), message: `${describeParam(found.p)}: ${p.required ? "required" : "optional"} on the page, ${found.p.required ? "required" : "optional"} in the spec` }, ctx);
    }
    compareType("parameter", p, found.p.schema, doc, cmp, base, { ...ctx });
    const schema = deref(doc, found.p.schema) ?? {};
    if (p.maximum !== undefined && schema.maximum !== p.maximum) {
      cmp.add({ ...base, kind: "parameter-maximum", subject: p.name, doc: String(p.maximum), spec: String(schema.maximum ?? "none"), message: `${describeParam(found.p)}: maximum ${p.maximum} on the page, ${schema.maximum ?? "none"} in the spec` }, ctx);
    }
    if (p.default !== undefined && String(schema.default) !== p.default) {
      cmp.add({ ...base, kind: "parameter-default", subject: p.name, doc: p.default, spec: String(schema.default ?? "none"), message: `${describeParam(found.p)}: default ${p.default} on the page, ${schema.default ?? "none"} in the spec` }, ctx);
    }
  }
  // A how-to page's field table lists fields for all its use cases, so a parameter named there is documented.
  const documented = new Set([...fact.parameters.map((p) => p.name), ...(page.form === "how-to" ? page.fields.map((f) => f.name) : [])]);
  for (const { p } of specParams) {
    if (documented.has(p.name)) continue;
    const subjectNotes = ((p["x-doc-notes"] ?? []) as DocNote[]).map((n): [string, DocNote] => [`x-doc-notes of parameter ${p.name}`, n]);
    cmp.add({ ...base, kind: "parameter-extra", subject: p.name, spec: p.in, message: `${describeParam(p)}: in the spec, not on the page` }, { spec, notesOfSubject: subjectNotes });
  }
}

function compareType(what: "parameter" | "field", p: Pick<PageParameter, "name" | "type" | "format">, specSchema: Json | undefined, doc: Json, cmp: Comparer, base: Base, ctx: AckContext): void {
  if (!p.type) return;
  const docType = PAGE_TYPES[p.type];
  const types = schemaTypes(doc, specSchema);
  if (!docType || types.size === 0) return;
  const kind = what === "parameter" ? "parameter-type" : "field-type";
  const docText = `${p.type}${p.format ? ` (${p.format})` : ""}`;
  if (!types.has(docType) && !(docType === "number" && types.has("integer")) && !(docType === "integer" && types.has("number"))) {
    const specText = [...types].join(" | ");
    const digit = docType === "integer" && isDigitString(doc, specSchema);
    cmp.add(
      { ...base, kind, subject: p.name, doc: docText, spec: specText, message: `${what} "${p.name}": ${docText} on the page, ${specText}${digit ? " of digits" : ""} in the spec` },
      { ...ctx, specSchema: digit ? specSchema : undefined, docType },
    );
    return;
  }
  const format = deref(doc, specSchema)?.format;
  if (what === "parameter" && p.format && format !== p.format) {
    cmp.add({ ...base, kind: "parameter-format", subject: p.name, doc: p.format, spec: format ?? "none", message: `parameter "${p.name}": format ${p.format} on the page, ${format ?? "none"} in the spec` }, ctx);
  }
}

function compareResponses(page: HelpPage, fact: PageOperation, spec: SpecOperation, cmp: Comparer, base: Base): void {
  const specCodes = Object.keys(spec.op.responses ?? {});
  for (const code of fact.responses) {
    if (!specCodes.includes(code)) cmp.add({ ...base, kind: "response-missing", subject: code, doc: code, message: `response ${code}: on the page, not in the spec` }, { spec });
  }
  // An API-reference page tables every code; a how-to article states only the success code.
  const comparable = page.form === "api-reference" ? specCodes : fact.responses.length > 0 ? specCodes.filter((c) => c.startsWith("2")) : [];
  for (const code of comparable) {
    if (!fact.responses.includes(code)) cmp.add({ ...base, kind: "response-extra", subject: code, spec: code, message: `response ${code}: in the spec, not on the page` }, { spec });
  }
}

function successResponsePointer(fact: PageOperation, spec: SpecOperation): string | undefined {
  const responses: Json = spec.op.responses ?? {};
  const codes = [...fact.responses.filter((c) => c.startsWith("2")), ...Object.keys(responses).filter((c) => c.startsWith("2"))];
  for (const code of codes) {
    if (responses[code]?.content?.["application/json"]?.schema) return `${spec.pointer}/responses/${code}/content/application~1json/schema`;
  }
  return undefined;
}

function compareExamples(fact: PageOperation, spec: SpecOperation, doc: Json, cmp: Comparer, base: Base): void {
  for (const example of fact.examples) {
    if (example.kind === "template") {
      compareTemplate(example, spec, doc, cmp, base);
      continue;
    }
    const pointer = example.kind === "request" ? requestSchema(spec, doc)?.pointer : successResponsePointer(fact, spec);
    if (!pointer) {
      cmp.add({ ...base, kind: "example-invalid", subject: example.label, message: `${example.label}: the page shows a ${example.kind} body, the spec has no JSON ${example.kind} schema` }, { spec });
      continue;
    }
    const violations = cmp.validate(pointer, example.json);
    if (violations.length === 0) continue;
    const where = violations.map((v) => `${[v.path.replace(/^\//, ""), v.property].filter(Boolean).join("/") || "(root)"} ${v.keyword}`);
    const unique = [...new Set(where)];
    cmp.add(
      { ...base, kind: "example-invalid", subject: example.label, spec: unique.join(", "), message: `${example.label}: fails the spec's ${example.kind} schema (${unique.slice(0, 4).join("; ")}${unique.length > 4 ? "; ..." : ""})` },
      { spec },
    );
  }
}

/** A payload template (placeholder values) says which fields exist, not what values are valid. */
function compareTemplate(example: PageExample, spec: SpecOperation, doc: Json, cmp: Comparer, base: Base): void {
  const request = requestSchema(spec, doc);
  if (!request || !example.json || typeof example.json !== "object" || Array.isArray(example.json)) return;
  const { properties } = objectShape(doc, request.schema);
  for (const name of Object.keys(example.json as Json)) {
    if (!properties[name]) cmp.add({ ...base, kind: "field-missing", subject: name, doc: example.label, message: `field "${name}": in the page's payload, not in the spec's request schema` }, { spec });
  }
}

function compareFields(fields: PageField[], spec: SpecOperation, doc: Json, cmp: Comparer, base: Base): void {
  const { properties, required } = objectShape(doc, requestSchema(spec, doc)?.schema);
  // The other operations' request properties, read once for all the fields.
  const others = cmp.operations.flatMap((o) => {
    const request = o.key !== spec.key ? requestSchema(o, doc) : undefined;
    return request ? [{ o, properties: objectShape(doc, request.schema).properties }] : [];
  });
  for (const field of fields) {
    const prop = properties[field.name];
    if (!prop) {
      // The field table also lists query parameters (microtenantId) for the page's use cases.
      if (spec.parameters.some((raw) => deref(doc, raw).name === field.name)) continue;
      cmp.add({ ...base, kind: "field-missing", subject: field.name, message: `field "${field.name}": in the page's field table, not in the spec's request schema` }, { spec });
      continue;
    }
    // Create and update share one write schema; a note on either speaks for the shared field.
    const related = others.filter((x) => x.properties[field.name] === prop).map((x) => x.o);
    const ctx = { spec, related, notesOfSubject: schemaNotes(doc, prop) };
    const isRequired = required.has(field.name);
    if (field.required !== isRequired) {
      cmp.add({ ...base, kind: "field-required", subject: field.name, doc: String(field.required), spec: String(isRequired), message: `field "${field.name}": ${field.required ? "required" : "optional"} on the page, ${isRequired ? "required" : "optional"} in the spec` }, ctx);
    }
    compareType("field", { name: field.name, type: field.type }, prop, doc, cmp, base, ctx);
  }
}

/**
 * Whether a spec operation belongs to a page (so its absence from the page is drift): its
 * `x-doc-source.page` is the page id and its `x-doc-source.url`, when given, is the page's URL.
 */
function claimedBy(op: SpecOperation, page: HelpPage): boolean {
  const source = op.op["x-doc-source"];
  if (source?.page !== pageId(page)) return false;
  // An operation sourced from another page (the roles page, say) that this page only refers to.
  return !source.url || !page.source || source.url.replace(/\/+$/, "") === page.source.replace(/\/+$/, "");
}

/** Compares parsed help pages with a spec document and returns every difference. */
export function checkDrift(pages: HelpPage[], spec: Json): DriftReport {
  const cmp = new Comparer(spec);
  let operations = 0;
  for (const page of pages) operations += comparePage(page, spec, cmp);
  const differences = cmp.differences;
  return {
    pages: pages.map(pageId),
    operations,
    differences,
    drift: differences.filter((d) => !d.acknowledged),
    acknowledged: differences.filter((d) => d.acknowledged),
  };
}

/** The report as readable text, grouped by operation; drift first within each group. */
export function formatDriftReport(report: DriftReport, { showAcknowledged = true }: { showAcknowledged?: boolean } = {}): string {
  const lines: string[] = [];
  const shown = showAcknowledged ? report.differences : report.drift;
  const groups = new Map<string, Difference[]>();
  for (const d of shown) {
    const key = `${d.operation}${d.operationId ? ` (${d.operationId})` : ""} [${d.page}]`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  lines.push(
    `doc-check: ${report.pages.length} page(s), ${report.operations} documented operation(s): ${report.drift.length} drift, ${report.acknowledged.length} acknowledged`,
  );
  for (const [key, diffs] of groups) {
    lines.push("", key);
    for (const d of [...diffs].sort((a, b) => Number(!!a.acknowledged) - Number(!!b.acknowledged))) {
      if (d.acknowledged) {
        lines.push(`  ack    ${d.kind.padEnd(19)} ${d.message}`);
        lines.push(`         resolved by ${d.acknowledged.by}: "${d.acknowledged.topic}"`);
      } else {
        lines.push(`  DRIFT  ${d.kind.padEnd(19)} ${d.message}`);
      }
    }
  }
  if (report.drift.length === 0) lines.push("", "No drift: every difference is resolved on purpose in the spec.");
  else lines.push("", `${report.drift.length} difference(s) are drift: update the spec (and record deliberate choices in x-doc-notes), or re-check the page.`);
  return lines.join("\n");
}
