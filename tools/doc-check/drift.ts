/**
 * Compares what ZPA help pages state against the spec and lists every difference, each either
 * drift (the docs moved, or the spec did) or acknowledged (the spec resolves it on purpose in an
 * `x-doc-notes` entry, or by a convention its own description states).
 */
import { createSpecValidator, type SchemaViolation } from "@zpa-openapi/spec";
import { atPointer, deref, operationsOf, type Json, type SpecOperation } from "../openapi-document";
import { pathShape } from "./page-path";
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
  /** The spec family (`x-families[].name`) the operation or page belongs to. */
  family?: string;
  /** Other pages that state the same difference (one operation described on two pages). */
  alsoOn?: string[];
}

/** Drift and acknowledged counts of one family. */
export interface FamilySummary {
  name: string;
  title?: string;
  pages: string[];
  operations: number;
  drift: number;
  acknowledged: number;
}

/** Every difference found, split into drift and acknowledged. */
export interface DriftReport {
  pages: string[];
  /** Documented operations, each counted once however many pages describe it. */
  operations: number;
  /** Per family (pages without a family under "(no family)"), in name order. */
  families: FamilySummary[];
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

/** Scores already computed, per note and subject: acknowledging asks the same notes about the same subjects many times. */
const mentionScores = new WeakMap<DocNote, Map<string, number>>();

/** How clearly a note names a subject: 2 in backticks or as its topic's first word, 1 as a bare word, 0 not at all. */
function mentions(note: DocNote, subject: string): number {
  let scores = mentionScores.get(note);
  if (!scores) mentionScores.set(note, (scores = new Map()));
  let score = scores.get(subject);
  if (score === undefined) scores.set(subject, (score = scoreMention(note, subject)));
  return score;
}

function scoreMention(note: DocNote, subject: string): number {
  const text = [note.topic, note.conflict, note.resolution].filter(Boolean).join(" ");
  if (text.includes(`\`${subject}\``) || note.topic.split(" ")[0] === subject) return 2;
  // "page", "search", "name": a bare English word in a note's prose is not a reference to the parameter.
  if (/^[a-z]+$/.test(subject)) return 0;
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
  applies(d: Difference, ctx: { specSchema?: Json; docType?: string; digitIdsOnly?: boolean }): boolean;
}

const CONVENTIONS: Convention[] = [
  {
    topic: "64-bit ids carried as strings of digits",
    evidence: /strings of digits/i,
    applies: (d, ctx) => (d.kind === "parameter-type" || d.kind === "field-type") && ctx.docType === "integer" && ctx.specSchema !== undefined,
  },
  {
    topic: "64-bit ids carried as strings of digits (the page's example prints them as numbers)",
    evidence: /strings of digits/i,
    applies: (d, ctx) => d.kind === "example-invalid" && ctx.digitIdsOnly === true,
  },
  {
    topic: "every operation can answer 429 (rate limit)",
    evidence: /\b429\b/,
    applies: (d) => d.kind === "response-extra" && d.subject === "429",
  },
];

/**
 * The codes the description says every operation can answer whether or not its page lists them
 * ("Every operation can answer 401 (...), 403 (...) and 503 (...), whether or not ..."): a page
 * that leaves them out of its table is not contradicted by a spec that lists them.
 */
function universalCodes(description: string): Set<string> {
  const sentence = /every operation can answer([\s\S]*?)whether or not/i.exec(description)?.[1] ?? "";
  return new Set(sentence.replace(/\([^)]*\)/g, "").match(/\b[1-5]\d\d\b/g) ?? []);
}

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
  /** An invalid example whose only faults are integers where the spec carries strings of digits. */
  digitIdsOnly?: boolean;
  /** For a missing operation: the path as the page writes it, and its method. */
  quotedPath?: string;
  method?: string;
}

class Comparer {
  readonly differences: Difference[] = [];
  /** The spec's operations, read once for every page and field. */
  readonly operations: SpecOperation[];
  private readonly validator: ReturnType<typeof createSpecValidator>;
  private readonly universal: Set<string>;
  private readonly requests = new Map<SpecOperation, RequestShape | null>();

  constructor(private readonly doc: Json) {
    // Each schema is validated a few times at most: compiling, not validating, is the cost.
    this.validator = createSpecValidator(doc, { oneShot: true });
    this.operations = operationsOf(doc);
    this.universal = universalCodes(String(doc.info?.description ?? ""));
  }

  /** An operation's JSON request schema and its top-level shape, computed once. */
  request(op: SpecOperation): RequestShape | undefined {
    let shape = this.requests.get(op);
    if (shape === undefined) {
      const request = requestSchema(op, this.doc);
      shape = request ? { ...request, ...objectShape(this.doc, request.schema) } : null;
      this.requests.set(op, shape);
    }
    return shape ?? undefined;
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
    if (d.kind === "operation-missing" && ctx.quotedPath) {
      // A path the spec deliberately reads otherwise (a page's misspelling): a note on the operation
      // the spec has instead quotes the page's path verbatim.
      const quote = `\`${ctx.quotedPath}\``;
      for (const op of this.operations) {
        if (op.method !== ctx.method) continue;
        const note = ((op.op["x-doc-notes"] ?? []) as DocNote[]).find((n) => [n.topic, n.conflict, n.resolution].some((t) => t?.includes(quote)));
        if (note) return { by: `x-doc-notes of ${op.operationId ?? op.key}`, topic: note.topic, resolution: note.resolution };
      }
      return undefined;
    }
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
    if (d.kind === "response-extra" && this.universal.has(d.subject)) {
      return { by: "spec convention (info.description)", topic: `every operation can answer ${[...this.universal].join(", ")}` };
    }
    return undefined;
  }

  /**
   * Validates against the component a pointer's `$ref` names rather than the pointer itself, so
   * that every operation answering one schema shares one compiled validator (compiling is most of
   * the check's time).
   */
  validate(pointer: string, value: unknown): SchemaViolation[] {
    let target = pointer;
    for (let i = 0; i < 20; i++) {
      const node = atPointer(this.doc, `#${target}`);
      if (!node || typeof node.$ref !== "string" || Object.keys(node).length !== 1 || !node.$ref.startsWith("#/")) break;
      target = node.$ref.slice(1);
    }
    return this.validator.validate(target, value);
  }
}

interface RequestShape {
  schema: Json;
  pointer: string;
  properties: Record<string, Json>;
  required: Set<string>;
}

/** The properties named by an invalid example's violations, for matching notes. */
function exampleSubjects(d: Difference): string[] {
  // No schema to validate against: the note must speak of the page's example of that kind.
  if (d.spec === undefined) return [d.message.includes("response body") ? "example response" : "example request"];
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

interface ObjectShape {
  properties: Record<string, Json>;
  required: Set<string>;
}

/** Shapes already worked out, per document and schema node (callers only read them). */
const shapes = new WeakMap<Json, WeakMap<Json, ObjectShape>>();

/** Properties and required names of an object schema, through `$ref` and `allOf`. */
function objectShape(doc: Json, schema: Json | undefined): ObjectShape {
  if (!schema || typeof schema !== "object") return collectShape(doc, schema, new Set());
  let byNode = shapes.get(doc);
  if (!byNode) shapes.set(doc, (byNode = new WeakMap()));
  let shape = byNode.get(schema);
  if (!shape) byNode.set(schema, (shape = collectShape(doc, schema, new Set())));
  return shape;
}

function collectShape(doc: Json, schema: Json | undefined, seen: Set<Json>): ObjectShape {
  const s = deref(doc, schema);
  const shape = { properties: {} as Record<string, Json>, required: new Set<string>() };
  if (!s || seen.has(s)) return shape;
  seen.add(s);
  for (const sub of s.allOf ?? []) {
    const inner = collectShape(doc, sub, seen);
    Object.assign(shape.properties, inner.properties);
    inner.required.forEach((r) => shape.required.add(r));
  }
  Object.assign(shape.properties, s.properties ?? {});
  for (const r of s.required ?? []) shape.required.add(r);
  return shape;
}

/** What the pages say about one spec operation, gathered before anything "extra" is judged. */
interface Described {
  spec: SpecOperation;
  /** Each page that describes the operation, with its facts. */
  by: Array<{ page: HelpPage; fact: PageOperation }>;
}

/** The first spec operation (in document order) for each method and path shape, shaped once rather than per page fact. */
const operationIndexes = new WeakMap<SpecOperation[], Map<string, SpecOperation>>();

function findSpecOperation(all: SpecOperation[], fact: PageOperation): SpecOperation | undefined {
  let index = operationIndexes.get(all);
  if (!index) {
    index = new Map();
    for (const o of all) {
      const key = `${o.method} ${pathShape(o.path)}`;
      if (!index.has(key)) index.set(key, o);
    }
    operationIndexes.set(all, index);
  }
  return index.get(`${fact.method} ${pathShape(fact.path)}`);
}

/** Compares one page's own statements (what it documents) and records which operations it describes. */
function comparePage(page: HelpPage, doc: Json, cmp: Comparer, described: Map<SpecOperation, Described>, missing: Map<string, Difference>): void {
  const id = pageId(page);
  for (const fact of page.operations) {
    const spec = findSpecOperation(cmp.operations, fact);
    if (!spec) {
      const key = `${fact.method} ${pathShape(fact.path)}`;
      const seen = missing.get(key);
      // A reference page and a how-to page describing the same missing operation: one difference.
      if (seen) {
        if (seen.page !== id && !seen.alsoOn?.includes(id)) seen.alsoOn = [...(seen.alsoOn ?? []), id];
        continue;
      }
      const d: Difference = { kind: "operation-missing", page: id, operation: `${fact.method} ${fact.path}`, subject: `${fact.method} ${fact.path}`, doc: fact.section, message: "on the page, not in the spec" };
      missing.set(key, d);
      cmp.add(d, { quotedPath: fact.written ?? fact.path, method: fact.method });
      continue;
    }
    const entry = described.get(spec) ?? { spec, by: [] };
    entry.by.push({ page, fact });
    described.set(spec, entry);
    const base = { page: id, operation: spec.key, operationId: spec.operationId };
    compareParameters(fact, spec, doc, cmp, base);
    compareResponses(fact, spec, cmp, base);
    compareExamples(fact, spec, doc, cmp, base);
  }
}

/**
 * What the spec has and no page describing the operation mentions. A how-to article describes one
 * use case and a reference page tables everything, so an operation described on both is judged on
 * what the two say together, once.
 */
function compareExtras(entry: Described, doc: Json, cmp: Comparer): void {
  const { spec, by } = entry;
  const primary = by.find((b) => pageId(b.page) === spec.op["x-doc-source"]?.page) ?? by[0]!;
  const base = { page: pageId(primary.page), operation: spec.key, operationId: spec.operationId };
  const documented = new Set<string>();
  for (const { page, fact } of by) {
    for (const p of fact.parameters) documented.add(p.name);
    // A how-to page's field table lists fields for all its use cases, so a parameter named there is documented.
    if (page.form === "how-to") for (const f of page.fields) documented.add(f.name);
  }
  const specParams = spec.parameters.map((raw) => deref(doc, raw));
  const pathParams = specParams.filter((p) => p.in === "path");
  for (const p of specParams) {
    if (documented.has(p.name)) continue;
    // Path parameters are matched by position (pages name the same slot `{id}` or `{Id}`).
    if (p.in === "path" && by.some(({ fact }) => pathPlaceholders(fact.path).length === pathParams.length)) continue;
    const subjectNotes = ((p["x-doc-notes"] ?? []) as DocNote[]).map((n): [string, DocNote] => [`x-doc-notes of parameter ${p.name}`, n]);
    cmp.add({ ...base, kind: "parameter-extra", subject: p.name, spec: p.in, message: `${describeParam(p)}: in the spec, not on the page` }, { spec, notesOfSubject: subjectNotes });
  }
  const specCodes = Object.keys(spec.op.responses ?? {});
  const stated = new Set(by.flatMap(({ fact }) => fact.responses));
  const comparable = new Set<string>();
  for (const { page, fact } of by) {
    // An API-reference page tables every code; a how-to article states only the success code.
    const codes = page.form === "api-reference" ? specCodes : fact.responses.length > 0 ? specCodes.filter((c) => c.startsWith("2")) : [];
    codes.forEach((c) => comparable.add(c));
  }
  for (const code of specCodes) {
    if (comparable.has(code) && !stated.has(code)) cmp.add({ ...base, kind: "response-extra", subject: code, spec: code, message: `response ${code}: in the spec, not on the page` }, { spec });
  }
}

function pathPlaceholders(p: string): string[] {
  return [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

type Base = Pick<Difference, "page" | "operation" | "operationId">;

function compareParameters(fact: PageOperation, spec: SpecOperation, doc: Json, cmp: Comparer, base: Base): void {
  const specParams = spec.parameters.map((raw) => ({ raw, p: deref(doc, raw) }));
  const factSlots = pathPlaceholders(fact.path);
  const specSlots = pathPlaceholders(spec.path);
  for (const p of fact.parameters) {
    // A page's `{Id}` is the spec's `{id}` when it sits in the same place in the path.
    const slot = p.in === "path" && factSlots.length === specSlots.length ? specSlots[factSlots.indexOf(p.name)] : undefined;
    const found = specParams.find((s) => s.p.name === p.name) ?? (slot ? specParams.find((s) => s.p.name === slot && s.p.in === "path") : undefined);
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

function compareResponses(fact: PageOperation, spec: SpecOperation, cmp: Comparer, base: Base): void {
  const specCodes = Object.keys(spec.op.responses ?? {});
  for (const code of fact.responses) {
    if (!specCodes.includes(code)) cmp.add({ ...base, kind: "response-missing", subject: code, doc: code, message: `response ${code}: on the page, not in the spec` }, { spec });
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
      compareTemplate(example, fact, spec, doc, cmp, base);
      continue;
    }
    const pointer = example.kind === "request" ? cmp.request(spec)?.pointer : successResponsePointer(fact, spec);
    if (!pointer) {
      cmp.add({ ...base, kind: "example-invalid", subject: example.label, message: `${example.label}: the page shows a ${example.kind} body, the spec has no JSON ${example.kind} schema` }, { spec });
      continue;
    }
    const found = cmp.validate(pointer, example.json);
    if (found.length === 0) continue;
    // Ids printed as numbers where the spec carries strings of digits are the spec's stated
    // convention; anything else in the same example is still drift.
    const digitIds = digitIdViolations(cmp, pointer, example.json, found);
    const violations = digitIds.length < found.length ? found.filter((v) => !digitIds.includes(v)) : found;
    const where = violations.map((v) => `${[v.path.replace(/^\//, ""), v.property].filter(Boolean).join("/") || "(root)"} ${v.keyword}`);
    const unique = [...new Set(where)];
    // A repaired block may fail for the repair's sake (a placeholder turned into a string): say so.
    const repaired = example.repaired ? "; the page's JSON was repaired before validating" : "";
    cmp.add(
      { ...base, kind: "example-invalid", subject: example.label, spec: unique.join(", "), message: `${example.label}: fails the spec's ${example.kind} schema (${unique.slice(0, 4).join("; ")}${unique.length > 4 ? "; ..." : ""})${repaired}` },
      { spec, digitIdsOnly: digitIds.length === found.length },
    );
  }
}

function valueAt(value: unknown, pointer: string): { parent: any; key: string } | undefined {
  const segments = pointer.split("/").slice(1).map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~"));
  let parent: any = value;
  for (const seg of segments.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return undefined;
    parent = parent[seg];
  }
  const key = segments[segments.length - 1];
  return key !== undefined && parent && typeof parent === "object" ? { parent, key } : undefined;
}

/** The `type` violations that are integers the spec wants as strings of digits: they pass once turned into strings. */
function digitIdViolations(cmp: Comparer, pointer: string, example: unknown, violations: SchemaViolation[]): SchemaViolation[] {
  const candidates = violations.filter((v) => {
    if (v.keyword !== "type") return false;
    const at = valueAt(example, v.path);
    return !!at && Number.isInteger(at.parent[at.key]);
  });
  if (candidates.length === 0) return [];
  const copy = structuredClone(example);
  for (const v of candidates) {
    const at = valueAt(copy, v.path)!;
    at.parent[at.key] = String(at.parent[at.key]);
  }
  const after = cmp.validate(pointer, copy);
  return candidates.filter((v) => !after.some((a) => a.path === v.path));
}

/**
 * A payload template (placeholder values) says which fields exist, not what values are valid.
 * Pages copy the whole resource into it, read-only fields included, so the success response's
 * fields count as known too.
 */
function compareTemplate(example: PageExample, fact: PageOperation, spec: SpecOperation, doc: Json, cmp: Comparer, base: Base): void {
  const request = cmp.request(spec);
  if (!request || !example.json || typeof example.json !== "object" || Array.isArray(example.json)) return;
  const known = resourceProperties(fact, spec, doc, cmp);
  for (const name of Object.keys(example.json as Json)) {
    // A repaired block can leave prose behind as keys ("-", "(#anchor)"): not field names.
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) continue;
    if (!request.properties[name] && !known.has(name)) cmp.add({ ...base, kind: "field-missing", subject: name, doc: example.label, message: `field "${name}": in the page's payload, not in the spec's request schema` }, { spec });
  }
}

/** Fields of the resource an operation writes: its own success response, else what GET on the same path answers. */
function resourceProperties(fact: PageOperation, spec: SpecOperation, doc: Json, cmp: Comparer): Set<string> {
  const out = new Set<string>();
  const sources = [spec, ...cmp.operations.filter((o) => o.method === "GET" && o.path === spec.path)];
  for (const op of sources) {
    const pointer = successResponsePointer(op === spec ? fact : { ...fact, responses: [] }, op);
    if (pointer) Object.keys(objectShape(doc, atPointer(doc, `#${pointer}`)).properties).forEach((k) => out.add(k));
  }
  return out;
}

/** Where a field name leads in a request schema, and whether its parent requires it. */
interface FieldHit {
  prop: Json;
  required: boolean;
}

/** Object schemas reachable from a schema (through properties, items, allOf/anyOf/oneOf), with the component name each came by. */
function reachable(doc: Json, schema: Json, limit = 400): Array<{ node: Json; name?: string }> {
  const out: Array<{ node: Json; name?: string }> = [];
  const seen = new Set<Json>();
  const queue: Array<{ raw: Json; name?: string }> = [{ raw: schema }];
  while (queue.length > 0 && out.length < limit) {
    const { raw, name } = queue.shift()!;
    const node = deref(doc, raw);
    if (!node || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    out.push({ node, name: name ?? refName(raw) });
    for (const key of ["allOf", "anyOf", "oneOf"]) for (const sub of node[key] ?? []) queue.push({ raw: sub, name: refName(sub) });
    if (node.items) queue.push({ raw: node.items });
    for (const v of Object.values(node.properties ?? {}) as Json[]) queue.push({ raw: v });
  }
  return out;
}

function refName(node: Json): string | undefined {
  return typeof node?.$ref === "string" ? node.$ref.split("/").pop() : undefined;
}

/** Follows `a.b.c` (or `a:b`) from a schema through objects and array items. */
function walkField(doc: Json, schema: Json, segments: string[]): FieldHit | undefined {
  let node: Json | undefined = schema;
  let hit: FieldHit | undefined;
  for (const seg of segments) {
    let s = deref(doc, node);
    for (let i = 0; i < 10 && s?.items; i++) s = deref(doc, s.items);
    const shape = objectShape(doc, s);
    const prop = shape.properties[seg];
    if (!prop) return undefined;
    hit = { prop, required: shape.required.has(seg) };
    node = prop;
  }
  return hit;
}

/**
 * The schema a field-table name means. Tables write nested fields as `applications:id` or
 * `a.b.c`, sometimes from an inner object (`conditions.lhs` for `rules[].conditions[].lhs`) or
 * from a type name (`InspectionPredefinedControl.controlGroup`), so a name that does not resolve
 * from the top is tried from every object below it.
 */
function resolveField(doc: Json, request: RequestShape, name: string): FieldHit | undefined {
  const segments = name.split(/[.:]/).map((s) => s.trim()).filter(Boolean);
  if (segments.length === 0) return undefined;
  if (segments.length === 1) {
    const prop = request.properties[name];
    return prop ? { prop, required: request.required.has(name) } : undefined;
  }
  const top = walkField(doc, request.schema, segments);
  if (top) return top;
  for (const { node, name: typeName } of reachable(doc, request.schema)) {
    const hit = typeName === segments[0] ? walkField(doc, node, segments.slice(1)) : walkField(doc, node, segments);
    if (hit) return hit;
  }
  return undefined;
}

/** Whether a spec schema admits what a page calls a type (unknown types are admitted). */
function admitsType(doc: Json, schema: Json, pageType: string | undefined): boolean {
  const docType = pageType ? PAGE_TYPES[pageType] : undefined;
  const types = schemaTypes(doc, schema);
  if (!docType || types.size === 0) return true;
  return types.has(docType) || (docType === "number" && types.has("integer")) || (docType === "integer" && types.has("number"));
}

/**
 * A how-to page's field table lists the fields of all its use cases, so it is compared with the
 * union of the request schemas of the write operations the page describes: a field is missing only
 * when none of them has it, and its rules hold when one of them agrees.
 */
function compareFields(page: HelpPage, writes: SpecOperation[], describedOps: SpecOperation[], doc: Json, cmp: Comparer): void {
  if (writes.length === 0) return;
  const id = pageId(page);
  const seen = new Set<string>();
  for (const field of page.fields) {
    if (seen.has(field.name)) continue;
    seen.add(field.name);
    const hits = writes.flatMap((o) => {
      const hit = resolveField(doc, cmp.request(o)!, field.name);
      return hit ? [{ o, ...hit }] : [];
    });
    if (hits.length === 0) {
      // The field table also lists query parameters (microtenantId, search) for the page's use cases.
      if (describedOps.some((o) => o.parameters.some((raw) => deref(doc, raw).name === field.name))) continue;
      const first = writes[0]!;
      cmp.add(
        { page: id, operation: first.key, operationId: first.operationId, kind: "field-missing", subject: field.name, message: `field "${field.name}": in the page's field table, not in the request schema of ${writes.map((o) => o.operationId ?? o.key).join(", ")}` },
        { spec: first, related: [...writes.slice(1), ...describedOps.filter((o) => !writes.includes(o))] },
      );
      continue;
    }
    const [first, ...rest] = hits;
    const base = { page: id, operation: first!.o.key, operationId: first!.o.operationId };
    // Create and update share one write schema; a note on either speaks for the shared field.
    const ctx = { spec: first!.o, related: rest.map((h) => h.o), notesOfSubject: schemaNotes(doc, first!.prop) };
    if (!hits.some((h) => h.required === field.required)) {
      cmp.add({ ...base, kind: "field-required", subject: field.name, doc: String(field.required), spec: String(first!.required), message: `field "${field.name}": ${field.required ? "required" : "optional"} on the page, ${first!.required ? "required" : "optional"} in the spec` }, ctx);
    }
    if (!hits.some((h) => admitsType(doc, h.prop, field.type))) compareType("field", { name: field.name, type: field.type }, first!.prop, doc, cmp, base, ctx);
  }
}

/**
 * The pages that claim a spec operation (so its absence from them is drift): `x-doc-source.page`
 * when `x-doc-source.url`, if given, is that page's URL, and every `x-doc-source.also[].page`.
 */
function claimingPages(op: SpecOperation): Array<{ page: string; url?: string }> {
  const source = op.op["x-doc-source"];
  if (!source?.page) return [];
  return [{ page: source.page, url: source.url }, ...((source.also ?? []) as Json[]).filter((a) => typeof a?.page === "string").map((a) => ({ page: a.page as string }))];
}

function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
}

/** Which family each tag and each page belongs to, from the assembled document's `x-families` and `x-tagGroups`. */
function familyIndex(doc: Json): { byTag: Map<string, string>; byPage: Map<string, string>; titles: Map<string, string> } {
  const families = (Array.isArray(doc["x-families"]) ? doc["x-families"] : []) as Json[];
  const byTitle = new Map(families.map((f) => [f.title as string, f.name as string]));
  const byTag = new Map<string, string>();
  for (const group of (doc["x-tagGroups"] ?? []) as Json[]) {
    const family = byTitle.get(group.name);
    if (family) for (const tag of group.tags ?? []) byTag.set(tag, family);
  }
  const byPage = new Map<string, string>();
  for (const f of families) for (const p of f.pages ?? []) if (!byPage.has(p)) byPage.set(p, f.name);
  return { byTag, byPage, titles: new Map(families.map((f) => [f.name as string, f.title as string])) };
}

const NO_FAMILY = "(no family)";

/** Compares parsed help pages with a spec document and returns every difference. */
export function checkDrift(pages: HelpPage[], spec: Json): DriftReport {
  const cmp = new Comparer(spec);
  const described = new Map<SpecOperation, Described>();
  const missing = new Map<string, Difference>();
  for (const page of pages) comparePage(page, spec, cmp, described, missing);
  for (const entry of described.values()) compareExtras(entry, spec, cmp);
  for (const page of pages) {
    if (page.fields.length === 0) continue;
    const ops = [...described.values()].filter((e) => e.by.some((b) => b.page === page)).map((e) => e.spec);
    compareFields(page, ops.filter((o) => o.method !== "GET" && o.method !== "DELETE" && cmp.request(o)), ops, spec, cmp);
  }
  const byId = new Map(pages.map((p) => [pageId(p), p]));
  for (const op of cmp.operations) {
    for (const claim of claimingPages(op)) {
      const page = byId.get(claim.page);
      // An operation sourced from another page (the roles page, say) that this page only refers to.
      if (!page || (claim.url && page.source && !sameUrl(claim.url, page.source))) continue;
      if (described.get(op)?.by.some((b) => b.page === page)) continue;
      cmp.add(
        { kind: "operation-extra", page: claim.page, operation: op.key, operationId: op.operationId, subject: op.key, spec: op.operationId, message: `in the spec (x-doc-source${claim.url === undefined ? ".also" : ""} names "${claim.page}"), not on the page` },
        { spec: op },
      );
    }
  }
  const families = familyIndex(spec);
  const opByKey = new Map(cmp.operations.map((o) => [o.key, o]));
  const differences = cmp.differences;
  for (const d of differences) {
    const tag = opByKey.get(d.operation)?.op.tags?.[0];
    d.family = (tag && families.byTag.get(tag)) ?? families.byPage.get(d.page) ?? NO_FAMILY;
  }
  const summaries = new Map<string, FamilySummary>();
  const summary = (name: string) => {
    let s = summaries.get(name);
    if (!s) summaries.set(name, (s = { name, ...(families.titles.has(name) ? { title: families.titles.get(name) } : {}), pages: [], operations: 0, drift: 0, acknowledged: 0 }));
    return s;
  };
  for (const page of pages) {
    const s = summary(families.byPage.get(pageId(page)) ?? NO_FAMILY);
    s.pages.push(pageId(page));
  }
  for (const entry of described.values()) {
    const tag = entry.spec.op.tags?.[0];
    summary((tag && families.byTag.get(tag)) ?? families.byPage.get(pageId(entry.by[0]!.page)) ?? NO_FAMILY).operations++;
  }
  for (const d of missing.values()) summary(d.family!).operations++;
  for (const d of differences) summary(d.family!)[d.acknowledged ? "acknowledged" : "drift"]++;
  return {
    pages: pages.map(pageId),
    operations: described.size + missing.size,
    families: [...summaries.values()].sort((a, b) => a.name.localeCompare(b.name)),
    differences,
    drift: differences.filter((d) => !d.acknowledged),
    acknowledged: differences.filter((d) => d.acknowledged),
  };
}

/** The report as readable text: a line per family, then the differences by family and operation, drift first. */
export function formatDriftReport(report: DriftReport, { showAcknowledged = true }: { showAcknowledged?: boolean } = {}): string {
  const lines: string[] = [];
  const shown = showAcknowledged ? report.differences : report.drift;
  lines.push(
    `doc-check: ${report.pages.length} page(s), ${report.operations} documented operation(s): ${report.drift.length} drift, ${report.acknowledged.length} acknowledged`,
  );
  if (report.families.length > 1) {
    lines.push("");
    for (const f of report.families) {
      lines.push(`  ${f.name.padEnd(34)} ${String(f.operations).padStart(4)} op(s) ${String(f.drift).padStart(4)} drift ${String(f.acknowledged).padStart(4)} ack`);
    }
  }
  const byFamily = new Map<string, Map<string, Difference[]>>();
  for (const d of shown) {
    const family = d.family ?? NO_FAMILY;
    const groups = byFamily.get(family) ?? new Map<string, Difference[]>();
    byFamily.set(family, groups);
    const key = `${d.operation}${d.operationId ? ` (${d.operationId})` : ""} [${d.page}${d.alsoOn ? `, ${d.alsoOn.join(", ")}` : ""}]`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const family of [...byFamily.keys()].sort()) {
    if (byFamily.size > 1 || report.families.length > 1) lines.push("", `== ${family}`);
    for (const [key, diffs] of byFamily.get(family)!) {
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
  }
  if (report.drift.length === 0) lines.push("", "No drift: every difference is resolved on purpose in the spec.");
  else lines.push("", `${report.drift.length} difference(s) are drift: update the spec (and record deliberate choices in x-doc-notes), or re-check the page.`);
  return lines.join("\n");
}
