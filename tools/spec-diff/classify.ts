/**
 * Classifies every change between two versions of the spec for someone using the client:
 * breaking (their code or requests stop working), additive (new things, looser inputs) or
 * docs-only (descriptions, examples, x-doc-* notes).
 */
import { atPointer, deref, operationsOf, refName, type Json, type SpecOperation } from "../openapi-document";

/** How a change affects client users; ordered from harmless to breaking. */
export type ChangeLevel = "docs" | "additive" | "breaking";

const RANK: Record<ChangeLevel, number> = { docs: 0, additive: 1, breaking: 2 };

/** One classified change. */
export interface SpecChange {
  level: ChangeLevel;
  /** `GET /path`, `schema Administrator`, `info`... */
  where: string;
  message: string;
}

/** The higher of two levels. */
export function maxLevel(a: ChangeLevel, b: ChangeLevel): ChangeLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The semver bump a level calls for. */
export function bumpFor(level: ChangeLevel): "major" | "minor" | "patch" {
  return level === "breaking" ? "major" : level === "additive" ? "minor" : "patch";
}

/** Which way data flows through a schema: sent by callers, returned to them, or both. */
type Direction = "input" | "output" | "both";

/** What a change is when the schema is sent (input) and when it is returned (output). */
function by(dir: Direction, ifInput: ChangeLevel, ifOutput: ChangeLevel): ChangeLevel {
  return dir === "input" ? ifInput : dir === "output" ? ifOutput : maxLevel(ifInput, ifOutput);
}

const DOC_KEYS = new Set(["description", "summary", "title", "example", "examples", "externalDocs", "deprecated", "readOnly", "writeOnly", "$comment", "contentMediaType", "xml"]);
const isDocKey = (k: string) => DOC_KEYS.has(k) || k.startsWith("x-");

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function typeSet(s: Json): Set<string> {
  const t = s.type;
  const out = new Set<string>(Array.isArray(t) ? t : t ? [t] : []);
  if (out.has("integer") && out.has("number")) out.delete("integer");
  return out;
}

function subset<T>(a: Set<T>, b: Set<T>): boolean {
  return [...a].every((x) => b.has(x));
}

/** Numeric and length limits: a larger `min*` or smaller `max*` is tighter. */
const LOWER = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
const UPPER = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];

class Differ {
  readonly changes: SpecChange[] = [];
  private readonly compared = new Set<string>();

  constructor(
    private readonly base: Json,
    private readonly head: Json,
  ) {}

  add(level: ChangeLevel, where: string, message: string): void {
    this.changes.push({ level, where, message });
  }

  /** Compares two schemas at `path`; component refs of the same name stop here (compared once, by name). */
  schema(b: Json | undefined, h: Json | undefined, where: string, path: string, dir: Direction): void {
    if (!b || !h) return;
    const bRef = refName(b);
    const hRef = refName(h);
    if (bRef && hRef && bRef === hRef && b.$ref === h.$ref) return;
    const key = `${where}|${path}|${b.$ref ?? ""}|${h.$ref ?? ""}`;
    if (this.compared.has(key)) return;
    this.compared.add(key);
    const bs = deref(this.base, b);
    const hs = deref(this.head, h);
    const at = path || "(schema)";
    const before = this.changes.length;

    const bt = typeSet(bs);
    const ht = typeSet(hs);
    if (!same([...bt].sort(), [...ht].sort()) && (bt.size > 0 || ht.size > 0)) {
      const widened = bt.size > 0 && subset(bt, ht);
      const narrowed = ht.size > 0 && subset(ht, bt);
      const level = widened ? by(dir, "additive", "breaking") : narrowed ? by(dir, "breaking", "additive") : "breaking";
      this.add(level, where, `${at}: type ${[...bt].join("|") || "any"} → ${[...ht].join("|") || "any"}`);
    }
    if (!same(bs.const, hs.const)) this.add(bs.const === undefined ? by(dir, "breaking", "additive") : "breaking", where, `${at}: const ${JSON.stringify(bs.const)} → ${JSON.stringify(hs.const)}`);
    if (bs.enum || hs.enum) {
      const be: unknown[] = bs.enum ?? [];
      const he: unknown[] = hs.enum ?? [];
      const removed = bs.enum && hs.enum ? be.filter((v) => !he.some((w) => same(v, w))) : hs.enum && !bs.enum ? ["(any value)"] : [];
      const added = bs.enum && hs.enum ? he.filter((v) => !be.some((w) => same(v, w))) : bs.enum && !hs.enum ? ["(any value)"] : [];
      if (removed.length > 0) this.add("breaking", where, `${at}: enum narrowed (removed ${removed.map((v) => JSON.stringify(v)).join(", ")})`);
      if (added.length > 0) this.add("additive", where, `${at}: enum widened (added ${added.map((v) => JSON.stringify(v)).join(", ")})`);
    }
    if (bs.format !== hs.format) {
      const level = bs.format === undefined ? by(dir, "breaking", "additive") : hs.format === undefined ? by(dir, "additive", "additive") : "breaking";
      this.add(level, where, `${at}: format ${bs.format ?? "none"} → ${hs.format ?? "none"}`);
    }
    for (const k of [...LOWER, ...UPPER]) {
      if (bs[k] === hs[k]) continue;
      const lower = LOWER.includes(k);
      const tighter = bs[k] === undefined || (hs[k] !== undefined && (lower ? hs[k] > bs[k] : hs[k] < bs[k]));
      this.add(tighter ? by(dir, "breaking", "additive") : "additive", where, `${at}: ${k} ${bs[k] ?? "none"} → ${hs[k] ?? "none"}`);
    }
    if (bs.pattern !== hs.pattern) this.add(hs.pattern === undefined ? "additive" : by(dir, "breaking", "additive"), where, `${at}: pattern ${bs.pattern ?? "none"} → ${hs.pattern ?? "none"}`);
    if (bs.multipleOf !== hs.multipleOf) this.add(by(dir, "breaking", "additive"), where, `${at}: multipleOf ${bs.multipleOf ?? "none"} → ${hs.multipleOf ?? "none"}`);
    if (!same(bs.default, hs.default)) this.add("additive", where, `${at}: default ${JSON.stringify(bs.default) ?? "none"} → ${JSON.stringify(hs.default) ?? "none"}`);

    // Object members.
    const bp: Json = bs.properties ?? {};
    const hp: Json = hs.properties ?? {};
    const br = new Set<string>(bs.required ?? []);
    const hr = new Set<string>(hs.required ?? []);
    for (const name of Object.keys(bp)) {
      if (!(name in hp)) this.add("breaking", where, `${join(path, name)}: field removed`);
    }
    for (const name of Object.keys(hp)) {
      if (!(name in bp)) {
        this.add(hr.has(name) ? by(dir, "breaking", "additive") : "additive", where, `${join(path, name)}: field added${hr.has(name) ? " (required)" : ""}`);
        continue;
      }
      this.schema(bp[name], hp[name], where, join(path, name), dir);
    }
    // A name added to `properties` was reported above; `required` alone (an allOf member) counts here.
    for (const name of hr) if (!br.has(name) && !(name in hp && !(name in bp))) this.add(by(dir, "breaking", "additive"), where, `${join(path, name)}: now required`);
    for (const name of br) if (!hr.has(name) && !(name in bp && !(name in hp))) this.add(by(dir, "additive", "breaking"), where, `${join(path, name)}: no longer required`);
    const bAdd = bs.additionalProperties;
    const hAdd = hs.additionalProperties;
    if (typeof bAdd === "object" && typeof hAdd === "object") this.schema(bAdd, hAdd, where, `${join(path, "*")}`, dir);
    else if (!same(bAdd, hAdd)) {
      const closed = hAdd === false;
      this.add(closed ? by(dir, "breaking", "additive") : "additive", where, `${at}: additionalProperties ${JSON.stringify(bAdd) ?? "allowed"} → ${JSON.stringify(hAdd) ?? "allowed"}`);
    }
    if (bs.items || hs.items) {
      if (bs.items && hs.items) this.schema(bs.items, hs.items, where, `${path}[]`, dir);
      else this.add("breaking", where, `${at}: items ${bs.items ? "removed" : "added"}`);
    }
    for (const k of ["allOf", "anyOf", "oneOf"]) {
      const ba: Json[] = bs[k] ?? [];
      const ha: Json[] = hs[k] ?? [];
      for (let i = 0; i < Math.min(ba.length, ha.length); i++) this.schema(ba[i], ha[i], where, `${path}(${k}[${i}])`, dir);
      if (ha.length > ba.length) this.add(k === "allOf" ? by(dir, "breaking", "additive") : by(dir, "additive", "breaking"), where, `${at}: ${k} gained ${ha.length - ba.length} member(s)`);
      if (ha.length < ba.length) this.add(k === "allOf" ? by(dir, "additive", "breaking") : by(dir, "breaking", "additive"), where, `${at}: ${k} lost ${ba.length - ha.length} member(s)`);
    }
    for (const k of ["if", "then", "else", "not"]) {
      if (!same(bs[k], hs[k])) this.add(by(dir, "breaking", "additive"), where, `${at}: "${k}" rule changed`);
    }
    if (this.changes.length === before && path === "" && !same(bs, hs)) this.add("docs", where, "descriptions, examples or doc notes changed");
  }

  operation(b: SpecOperation, h: SpecOperation): void {
    const where = `${h.key}${h.operationId ? ` (${h.operationId})` : ""}`;
    const before = this.changes.length;
    if (b.operationId !== h.operationId) this.add("breaking", where, `operationId ${b.operationId ?? "none"} → ${h.operationId ?? "none"}`);
    const params = (doc: Json, op: SpecOperation) => new Map(op.parameters.map((raw) => deref(doc, raw)).map((p) => [`${p.in} parameter "${p.name}"`, p] as [string, Json]));
    const bp = params(this.base, b);
    const hp = params(this.head, h);
    for (const [k, p] of bp) if (!hp.has(k)) this.add("breaking", where, `${k} removed${p.required ? "" : " (callers passing it no longer type-check)"}`);
    for (const [k, p] of hp) {
      const old = bp.get(k);
      if (!old) {
        this.add(p.required ? "breaking" : "additive", where, `${k} added${p.required ? " as required" : ""}`);
        continue;
      }
      if (!old.required && p.required) this.add("breaking", where, `${k} is now required`);
      if (old.required && !p.required) this.add("additive", where, `${k} is now optional`);
      this.schema(old.schema, p.schema, where, k, "input");
    }
    this.body(deref(this.base, b.op.requestBody), deref(this.head, h.op.requestBody), where);
    const bres: Json = b.op.responses ?? {};
    const hres: Json = h.op.responses ?? {};
    for (const code of Object.keys(bres)) if (!(code in hres)) this.add("breaking", where, `response ${code} removed (callers handling it no longer type-check)`);
    for (const code of Object.keys(hres)) {
      if (!(code in bres)) {
        this.add("additive", where, `response ${code} added`);
        continue;
      }
      this.content(deref(this.base, bres[code])?.content, deref(this.head, hres[code])?.content, where, `response ${code}`, "output");
    }
    if (!same(b.op.security, h.op.security)) this.add("breaking", where, "security requirements changed");
    if (this.changes.length === before && !same(resolvedOp(this.base, b), resolvedOp(this.head, h))) this.add("docs", where, "descriptions, examples or doc notes changed");
  }

  private body(b: Json | undefined, h: Json | undefined, where: string): void {
    if (!b && !h) return;
    if (!h) return this.add("breaking", where, "request body removed");
    if (!b) return this.add(h.required ? "breaking" : "additive", where, `request body added${h.required ? " (required)" : ""}`);
    if (!b.required && h.required) this.add("breaking", where, "request body is now required");
    this.content(b.content, h.content, where, "request body", "input");
  }

  private content(b: Json | undefined, h: Json | undefined, where: string, label: string, dir: Direction): void {
    const bc: Json = b ?? {};
    const hc: Json = h ?? {};
    for (const type of Object.keys(bc)) if (!(type in hc)) this.add("breaking", where, `${label}: ${type} removed`);
    for (const type of Object.keys(hc)) {
      if (!(type in bc)) this.add(dir === "input" ? "additive" : "breaking", where, `${label}: ${type} added`);
      else this.schema(bc[type].schema, hc[type].schema, where, `${label} ${type}`, dir);
    }
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !isDocKey(k)).map(([k, v]) => [k, strip(v)]));
}

function resolvedOp(doc: Json, op: SpecOperation): unknown {
  const responses = Object.fromEntries(Object.entries(op.op.responses ?? {}).map(([code, r]) => [code, deref(doc, r as Json)]));
  return { ...op.op, parameters: op.parameters.map((p) => deref(doc, p)), requestBody: deref(doc, op.op.requestBody), responses };
}

/** Which component schemas each document sends (input) and returns (output). */
function usage(doc: Json): Map<string, Set<"input" | "output">> {
  const seen = new Map<string, Set<"input" | "output">>();
  const walk = (node: unknown, dir: "input" | "output") => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, dir));
    if (!node || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) {
      if (k === "examples" || k === "example") continue;
      if (k === "$ref" && typeof v === "string" && v.startsWith("#/components/")) {
        const name = v.split("/").pop()!;
        const kind = v.split("/")[2];
        if (kind === "schemas") {
          const dirs = seen.get(name) ?? new Set();
          if (dirs.has(dir)) continue;
          dirs.add(dir);
          seen.set(name, dirs);
        }
        walk(atPointer(doc, v), dir);
      } else walk(v, dir);
    }
  };
  for (const op of operationsOf(doc)) {
    walk(op.parameters, "input");
    walk(op.op.requestBody, "input");
    walk(op.op.responses, "output");
  }
  return seen;
}

/** Every change from `base` to `head`, classified; empty when the documents are the same. */
export function classifySpecChanges(base: Json, head: Json): SpecChange[] {
  const d = new Differ(base, head);
  const shape = (p: string) => p.replace(/\{[^}]+\}/g, "{}");
  const bops = operationsOf(base);
  const hops = operationsOf(head);
  const find = (ops: SpecOperation[], o: SpecOperation) => ops.find((x) => x.method === o.method && shape(x.path) === shape(o.path));
  for (const b of bops) {
    const h = find(hops, b);
    if (!h) d.add("breaking", `${b.key}${b.operationId ? ` (${b.operationId})` : ""}`, "operation removed");
    else d.operation(b, h);
  }
  for (const h of hops) if (!find(bops, h)) d.add("additive", `${h.key}${h.operationId ? ` (${h.operationId})` : ""}`, "operation added");

  const bu = usage(base);
  const hu = usage(head);
  const bs: Json = base.components?.schemas ?? {};
  const hs: Json = head.components?.schemas ?? {};
  for (const name of Object.keys(bs)) if (!(name in hs)) d.add("breaking", `schema ${name}`, "schema removed (its exported type is gone)");
  for (const name of Object.keys(hs)) {
    if (!(name in bs)) {
      d.add("additive", `schema ${name}`, "schema added");
      continue;
    }
    const dirs = new Set([...(bu.get(name) ?? []), ...(hu.get(name) ?? [])]);
    const dir: Direction = dirs.size === 1 ? [...dirs][0] : "both";
    d.schema(bs[name], hs[name], `schema ${name}`, "", dir);
  }
  // Shared parameters, bodies and responses were compared where operations use them.
  const restDocs = (doc: Json) => ({ ...doc, paths: undefined, components: { ...doc.components, schemas: undefined, parameters: undefined, requestBodies: undefined, responses: undefined, examples: undefined } });
  const rest = (doc: Json) => strip({ ...restDocs(doc), components: { securitySchemes: doc.components?.securitySchemes } });
  if (!same(rest(base), rest(head))) d.add("additive", "document", "servers, security schemes or shared components changed");
  else if (!same(restDocs(base), restDocs(head))) d.add("docs", "document", "info, tags or shared descriptions changed");
  return d.changes;
}

/** The highest level among changes, or undefined when there are none. */
export function overallLevel(changes: SpecChange[]): ChangeLevel | undefined {
  return changes.reduce<ChangeLevel | undefined>((acc, c) => (acc ? maxLevel(acc, c.level) : c.level), undefined);
}
