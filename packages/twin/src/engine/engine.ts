import type { OpenApiDocument } from "@zpa-openapi/spec";
import { markUnchanging } from "./answer-json.js";
import { invalidInput, notFound, TwinHttpError, type TwinResponse } from "../http-error.js";
import type { OperationSpec, Route } from "../router.js";
import { compileSearch } from "../search.js";
import { slotsOf, UsageIndex } from "./references.js";
import { bindOperations, readResources, type ReferenceDef, type ResourceBinding, type ResourceDef } from "./resources.js";
import { derefSchema, flatten, objectShape, schemaAt, synthesize, type Schema } from "./schema.js";
import { ResourceStore, type Scope, type StoredRecord } from "./store.js";

/** One validated request as the engine, the family rules and the faults see it. */
export interface OpContext {
  operationId: string;
  method: string;
  op: OperationSpec;
  /** Path parameters, decoded and valid. */
  pathParams: Record<string, string>;
  /** Query parameters, coerced to their declared types, defaults filled in. */
  query: Record<string, unknown>;
  /** The parsed body (JSON, or the fields of a form). */
  body: any;
  engine: TwinEngine;
}

/** Behaviour of one resource that its schema cannot state; every member is optional. */
export interface ResourceRules {
  /** A new id (default: the next int64 digit string). */
  newId?(engine: TwinEngine): string;
  /** Cross-field rules of a write, past the schema (throw a {@link TwinHttpError}). */
  check?(body: any, ctx: OpContext): void;
  /** Sets a new record's initial state from the request. */
  onCreate?(data: Record<string, unknown>, ctx: OpContext): void;
  /** An update changes only these fields (default: PUT replaces the record). */
  editable?: string[];
  /** Adds what a read shows beyond the stored fields (a role's name next to its id). */
  present?(data: Record<string, unknown>, engine: TwinEngine): Record<string, unknown>;
  /** A record in this state cannot be deleted yet (answer with the reason), e.g. still in use by a rule. */
  onDelete?(record: StoredRecord, ctx: OpContext): void;
}

/** The declarative behaviour of one family: per-resource rules, operations, and what a tenant starts with. */
export interface FamilyRules {
  family: string;
  resources?: Record<string, ResourceRules>;
  /** Operations of the family that are not plain resource operations (activate, reorder, move...). */
  operations?: Record<string, (ctx: OpContext) => TwinResponse>;
  /** Records every tenant has (roles, policy sets). */
  seed?(engine: TwinEngine): void;
}

export interface EngineOptions {
  customerId: string;
  /** The id written as `modifiedBy`. */
  actorId: string;
  rules: readonly FamilyRules[];
  now?: () => number;
}

export const DEFAULT_MICROTENANT = "0";
/** The resource whose records are the tenant's Microtenants (besides the default one, which is no record). */
const MICROTENANT = "Microtenant";
const FIRST_ID = 145256180497780000n;
const epoch = (ms: number) => String(Math.floor(ms / 1000));

/** Encodes a position as the opaque `nextPage` cursor. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`c:${seq}`).toString("base64url");
}

/** Decodes a `pageId`; undefined when it is not a cursor this twin issued. */
export function decodeCursor(pageId: string): number | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(pageId)) return undefined;
  const m = /^c:(\d{1,15})$/.exec(Buffer.from(pageId, "base64url").toString("utf8"));
  return m ? Number(m[1]) : undefined;
}

/** How a list operation pages and answers. */
interface PageShape {
  /** The answer is a bare array of every record. */
  bare: boolean;
  arrayProp: string;
  totalPages?: "number" | "string";
  totalCount?: "number" | "string";
  sizeParam?: string;
  cursorParam?: string;
  pageParam?: string;
}

/** One way a read expands a reference (see `expansionsOf`). */
type Expansion =
  | { kind: "nested"; ref: ReferenceDef; target: ResourceDef }
  | { kind: "flat"; field: string; nameField: string; owned: boolean; target: ResourceDef };

/** Ids a write may send as numbers (`LooseId`) written as digit strings, as ZPA answers them. */
export function stringifyIds(value: unknown): void {
  if (Array.isArray(value)) value.forEach(stringifyIds);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === "number" && Number.isInteger(v) && (k === "id" || k.endsWith("Id"))) (value as Record<string, unknown>)[k] = String(v);
      else if (v && typeof v === "object") stringifyIds(v);
    }
  }
}

const successes = new WeakMap<OperationSpec, { status: number; hasBody: boolean }>();

function successOf(op: OperationSpec): { status: number; hasBody: boolean } {
  const known = successes.get(op);
  if (known) return known;
  const codes = [...op.responses.keys()].filter((c) => c >= 200 && c < 300).sort((a, b) => a - b);
  const status = codes[0] ?? 200;
  const out = { status, hasBody: !!op.responses.get(status)?.schemaPointer };
  successes.set(op, out);
  return out;
}

/**
 * The twin's behaviour, read from the spec: a store per `x-resources` entry, the plain resource
 * operations served from them generically, the families' rules where the pages describe more,
 * and a deterministic, schema-valid answer for everything else.
 */
export class TwinEngine {
  readonly resources: Map<string, ResourceDef>;
  readonly bindings: Map<string, ResourceBinding>;
  readonly stores = new Map<string, ResourceStore>();
  readonly usage = new UsageIndex();
  /** Every operation of the spec by operationId. */
  readonly operations = new Map<string, OperationSpec>();
  readonly customerId: string;
  readonly actorId: string;
  /** The clock; seeding pins it, so a seed gives the same tenant whenever it runs. */
  now: () => number;
  private readonly resourceRules = new Map<string, ResourceRules>();
  private readonly operationRules = new Map<string, (ctx: OpContext) => TwinResponse>();
  private nextId = FIRST_ID;
  private seq = 0;

  constructor(
    readonly doc: OpenApiDocument,
    routes: Route[],
    options: EngineOptions,
  ) {
    this.customerId = options.customerId;
    this.actorId = options.actorId;
    this.now = options.now ?? Date.now;
    this.resources = readResources(doc);
    for (const route of routes) for (const op of route.operations.values()) this.operations.set(op.operationId, op);
    this.bindings = bindOperations(doc, routes, this.resources);
    for (const name of this.resources.keys()) this.stores.set(name, new ResourceStore(() => ++this.seq));
    for (const family of options.rules) {
      for (const [name, r] of Object.entries(family.resources ?? {})) if (this.resources.has(name)) this.resourceRules.set(name, r);
      for (const [op, fn] of Object.entries(family.operations ?? {})) this.operationRules.set(op, fn);
    }
    // What every tenant starts with carries one fixed time, so two twins start byte-identical.
    this.now = () => Date.UTC(2026, 0, 1);
    for (const family of options.rules) family.seed?.(this);
    this.now = options.now ?? Date.now;
  }

  /** Whether a position came from this twin (a cursor past the end is still valid: it yields an empty page). */
  isPosition(seq: number): boolean {
    return Number.isSafeInteger(seq) && seq >= 0 && seq <= this.seq;
  }

  store(name: string): ResourceStore {
    const s = this.stores.get(name);
    if (!s) throw new Error(`no resource ${name} in the spec`);
    return s;
  }

  newId(def: ResourceDef): string {
    const own = this.resourceRules.get(def.name)?.newId?.(this);
    if (own !== undefined) return own;
    const n = this.nextId++;
    // Ids the schema types as UUIDs (isolation profiles) are counted too, in UUID form.
    if (flatten(this.doc, def.properties[def.idField]).format === "uuid") return `00000000-0000-4000-8000-${n.toString(16).slice(-12).padStart(12, "0")}`;
    return String(n);
  }

  /** Answers one operation: a family's rule, else the generic resource behaviour, else the spec's example. */
  handle(ctx: OpContext): TwinResponse {
    const rule = this.operationRules.get(ctx.operationId);
    if (rule) return rule(ctx);
    const binding = this.bindings.get(ctx.operationId);
    if (binding) {
      switch (binding.kind) {
        case "list": return this.list(binding, ctx);
        case "create": return this.createOp(binding.resource, ctx);
        case "get": return this.getOp(binding.resource, ctx);
        case "update": return this.updateOp(binding.resource, ctx);
        case "delete": return this.deleteOp(binding.resource, ctx);
        case "singleton": {
          // A collection path that answers one record (the tenant's connector schedule): the one stored, else the documented example.
          const first = this.store(binding.resource.name).scan(this.readScope(binding.resource, ctx)).next();
          return first.done ? this.example(ctx.op) : { status: successOf(ctx.op).status, body: this.present(binding.resource, first.value) };
        }
      }
    }
    // An operation under an item's path (`/inspectionProfile/{id}/patch`, `/application/{id}/weightedLbConfig`) needs the item.
    const owner = this.itemOwner(ctx.op.template);
    if (owner) this.mustFind(owner, ctx);
    return this.example(ctx.op);
  }

  /** The resource whose item path `template` extends, if any. */
  private itemOwner(template: string): ResourceDef | undefined {
    for (const def of this.resources.values()) if (def.item && def.idParam && template.startsWith(`${def.item}/`)) return def;
    return undefined;
  }

  /** The documented success answer built from the spec's examples and schema: for read-only catalogues and the like. */
  example(op: OperationSpec): TwinResponse {
    const { status, hasBody } = successOf(op);
    if (!hasBody) return { status };
    const media = derefSchema(this.doc, { $ref: `#${op.responses.get(status)!.schemaPointer!.replace(/\/schema$/, "")}` });
    const named = media.examples && Object.values<any>(media.examples)[0];
    const example = named ? derefSchema(this.doc, named).value : media.example;
    return { status, body: example !== undefined ? structuredClone(example) : synthesize(this.doc, media.schema) };
  }

  // ---- scopes -------------------------------------------------------------------------------

  /** The path parameters a record of `def` lives under, from a request's path. */
  partitionOf(def: ResourceDef, pathParams: Record<string, string>, except: string[] = []): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(pathParams)) if (k !== "customerId" && k !== def.idParam && !except.includes(k)) out[k] = v;
    return out;
  }

  readScope(def: ResourceDef, ctx: OpContext, except: string[] = []): Scope {
    return { microtenantId: ctx.query.microtenantId as string | undefined, partition: this.partitionOf(def, ctx.pathParams, except) };
  }

  /** microtenantId of a write: the query's, else the body's, else the Default Microtenant. */
  writeMicrotenant(ctx: OpContext): string {
    const q = ctx.query.microtenantId as string | undefined;
    const b = ctx.body && typeof ctx.body === "object" && typeof ctx.body.microtenantId === "string" ? (ctx.body.microtenantId as string) : undefined;
    if (q !== undefined && b !== undefined && b !== q) throw invalidInput("microtenantId in the body differs from the microtenantId query parameter", ["microtenantId"]);
    return q ?? b ?? DEFAULT_MICROTENANT;
  }

  /** Finds a record by the item path's id parameter (or, where that parameter is a field such as `policyType`, by that field). */
  findByParam(def: ResourceDef, value: string, scope: Scope): StoredRecord | undefined {
    const store = this.store(def.name);
    if (def.idParam && def.idParam !== def.idField && def.idParam in def.properties) {
      for (const r of store.scan(scope)) if (r.data[def.idParam] === value) return r;
      return undefined;
    }
    return store.find(value, scope);
  }

  private parentCheck(def: ResourceDef, ctx: OpContext): void {
    if (!def.parent) return;
    const value = ctx.pathParams[def.parent.param];
    const parent = this.resources.get(def.parent.resource);
    if (value === undefined || !parent) return;
    if (!this.store(parent.name).find(value)) throw notFound(parent.name, value);
  }

  // ---- references ---------------------------------------------------------------------------

  /** Refuses a write that names a resource the tenant does not have (400 naming the field). */
  checkReferences(def: ResourceDef, data: unknown, pathParams: Record<string, string>): void {
    for (const ref of def.references) {
      if (def.serverManaged.has(ref.path[0]!)) continue;
      const target = this.resources.get(ref.resource);
      if (!target) continue;
      for (const slot of slotsOf(data, ref, pathParams)) {
        if (target.name === MICROTENANT && String(slot.value) === DEFAULT_MICROTENANT) continue;
        if (!this.referenced(target, String(slot.value), ref.key)) {
          throw invalidInput(`${ref.field} names ${ref.resource} ${JSON.stringify(String(slot.value))}, which this tenant does not have`, [ref.field]);
        }
      }
    }
  }

  /** The record of `target` a reference's value names: by id, or by the target's field `key`. */
  referenced(target: ResourceDef, value: string, key?: string): StoredRecord | undefined {
    const store = this.store(target.name);
    if (!key || key === target.idField) return store.find(value);
    for (const r of store.scan()) if (String(r.data[key]) === value) return r;
    return undefined;
  }

  private targetsOf(def: ResourceDef, data: unknown, partition: Record<string, string>): string[] {
    const out = new Set<string>();
    for (const ref of def.references) {
      const target = this.resources.get(ref.resource);
      if (!target) continue;
      for (const slot of slotsOf(data, ref, partition)) {
        const hit = this.referenced(target, String(slot.value), ref.key);
        if (hit) out.add(`${target.name}:${hit.id}`);
      }
    }
    if (def.parent) {
      const v = partition[def.parent.param];
      if (v !== undefined && this.store(def.parent.resource).has(v)) out.add(`${def.parent.resource}:${v}`);
    }
    return [...out];
  }

  // ---- records ------------------------------------------------------------------------------

  /** The record a write makes: what the body says for fields the read model has, plus what the server owns. */
  buildData(def: ResourceDef, body: Record<string, unknown>, id: string, microtenantId: string, existing?: StoredRecord): Record<string, unknown> {
    const rules = this.resourceRules.get(def.name);
    const data: Record<string, unknown> = {};
    const source = body && typeof body === "object" && !Array.isArray(body) ? body : {};
    if (existing && rules?.editable) {
      Object.assign(data, existing.data);
      for (const k of rules.editable) if (source[k] !== undefined) data[k] = def.properties[k] ? asRead(this.doc, def.properties[k]!, source[k]) : source[k];
      data.modifiedTime = "modifiedTime" in existing.data ? epoch(this.now()) : undefined;
      if (data.modifiedTime === undefined) delete data.modifiedTime;
      return data;
    }
    for (const [k, v] of Object.entries(source)) {
      const prop = def.properties[k];
      if (!prop || def.serverManaged.has(k) || v === undefined || flatten(this.doc, prop).writeOnly) continue;
      data[k] = asRead(this.doc, prop, v);
    }
    if (existing) for (const k of def.createOnly) if (existing.data[k] !== undefined) data[k] = existing.data[k];
    const t = epoch(this.now());
    for (const k of def.serverManaged) {
      if (existing && k in existing.data && k !== "modifiedTime" && k !== "modifiedBy") {
        data[k] = existing.data[k];
        continue;
      }
      const v = this.managedValue(def, k, id, t, microtenantId);
      if (v !== undefined) data[k] = v;
    }
    data[def.idField] = id;
    if ("microtenantId" in def.properties) data.microtenantId = microtenantId;
    for (const k of def.required) if (data[k] === undefined) data[k] = synthesize(this.doc, def.properties[k]);
    return data;
  }

  private managedValue(def: ResourceDef, field: string, id: string, time: string, microtenantId: string): unknown {
    const prop = flatten(this.doc, def.properties[field]);
    const stringy = prop.type === "string" || (Array.isArray(prop.type) && prop.type.includes("string"));
    switch (field) {
      case "creationTime":
      case "modifiedTime":
        return stringy ? time : Number(time);
      case "modifiedBy":
        return stringy ? this.actorId : undefined;
      case "customerId":
        return stringy ? this.customerId : undefined;
      case "microtenantName":
        return stringy ? this.microtenantName(microtenantId) : undefined;
      case "isDeleted":
        return stringy ? "0" : prop.type === "boolean" ? false : undefined;
    }
    if (field === def.idField) return id;
    return def.required.has(field) ? synthesize(this.doc, prop) : undefined;
  }

  private microtenantName(id: string): string {
    if (id === DEFAULT_MICROTENANT) return "Default";
    const mt = this.stores.get(MICROTENANT)?.find(id);
    return typeof mt?.data.name === "string" ? mt.data.name : `Microtenant ${id}`;
  }

  /** Stores a new record of `def` and indexes what it references. */
  insert(def: ResourceDef, data: Record<string, unknown>, microtenantId: string, partition: Record<string, string>): StoredRecord {
    const id = String(data[def.idField]);
    const r = this.store(def.name).insert(id, microtenantId, partition, data);
    this.usage.set(`${def.name}:${id}`, this.targetsOf(def, data, partition));
    return r;
  }

  /** Swaps a record's data, keeping the usage index right. */
  replace(def: ResourceDef, record: StoredRecord, data: Record<string, unknown>, microtenantId?: string): StoredRecord {
    const r = this.store(def.name).replace(record, data, microtenantId);
    this.usage.set(`${def.name}:${r.id}`, this.targetsOf(def, data, r.partition));
    return r;
  }

  /** Deletes a record unless something still names it (400 `resource.referenced`, as the pages document). */
  remove(def: ResourceDef, record: StoredRecord, force = false): void {
    const users = this.usage.referrers(`${def.name}:${record.id}`, `${def.name}:${record.id}`);
    if (users.length > 0 && !force) {
      throw new TwinHttpError(400, "resource.referenced", `${def.name} ${record.id} is still used by ${users.slice(0, 3).join(", ")}${users.length > 3 ? "..." : ""}`, [record.id]);
    }
    this.store(def.name).remove(record);
    this.usage.clear(`${def.name}:${record.id}`);
  }

  /** A record as reads show it: referenced ids with their names, plus what the family's rules add. */
  present(def: ResourceDef, record: StoredRecord): Record<string, unknown> {
    const out = this.expanded(def, record);
    const rules = this.resourceRules.get(def.name);
    return rules?.present ? rules.present(out, this) : out;
  }

  /**
   * A read of a record with its references' names, the same object until the record or a record it
   * names changes: records are replaced whole, never edited, so what was looked up (each dependency
   * by identity) says whether the answer still holds. Repeated reads skip the work, and the
   * response check knows the object it already validated.
   */
  private readonly presented = new WeakMap<StoredRecord, { out: Record<string, unknown>; deps: Array<[ResourceStore, string, StoredRecord | undefined]>; versions: Map<ResourceStore, number> }>();

  private expanded(def: ResourceDef, record: StoredRecord): Record<string, unknown> {
    const memo = this.presented.get(record);
    if (memo) {
      // No store it looked in has changed: nothing to look up again.
      let unchanged = true;
      for (const [store, v] of memo.versions) if (store.version !== v) unchanged = false;
      if (unchanged) return memo.out;
      if (memo.deps.every(([store, id, seen]) => store.find(id) === seen)) {
        for (const store of memo.versions.keys()) memo.versions.set(store, store.version);
        return memo.out;
      }
    }
    const deps: Array<[ResourceStore, string, StoredRecord | undefined]> = [];
    const versions = new Map<ResourceStore, number>();
    const lookUp = (target: ResourceDef, value: string) => {
      const store = this.store(target.name);
      const hit = store.find(value);
      deps.push([store, value, hit]);
      versions.set(store, store.version);
      return hit;
    };
    let out = record.data;
    for (const step of this.expansionsOf(def)) {
      if (step.kind === "nested") {
        const slots = slotsOf(out, step.ref, record.partition);
        if (slots.length === 0) continue;
        if (out === record.data) out = structuredClone(record.data);
        for (const slot of slotsOf(out, step.ref, record.partition)) {
          const hit = lookUp(step.target, String(slot.value));
          // A name the client wrote is its own; the server fills in the ones it was not given.
          if (hit && typeof hit.data.name === "string" && slot.holder.name === undefined) slot.holder.name = hit.data.name;
        }
      } else {
        const value = out[step.field];
        if (typeof value !== "string" || (!step.owned && out[step.nameField] !== undefined)) continue;
        const hit = lookUp(step.target, value);
        if (hit && typeof hit.data.name === "string") {
          if (out === record.data) out = { ...record.data };
          out[step.nameField] = hit.data.name;
        }
      }
    }
    this.presented.set(record, { out, deps, versions });
    markUnchanging(out);
    return out;
  }

  private readonly expansions = new Map<ResourceDef, Expansion[]>();

  /**
   * How reads of `def` expand its references, worked out once from the read schema:
   * `serverGroups[].id` → each group also shows its `name` (where the schema has one there),
   * `segmentGroupId` → `segmentGroupName` (where the schema has that field).
   */
  private expansionsOf(def: ResourceDef): Expansion[] {
    let plan = this.expansions.get(def);
    if (plan) return plan;
    plan = [];
    for (const ref of def.references) {
      const target = this.resources.get(ref.resource);
      if (!target || ref.key) continue;
      const last = ref.path.at(-1)!;
      if (ref.path.length >= 2 && last === "id") {
        const holderSchema = schemaAt(this.doc, def.schema, ref.path.slice(0, -1));
        if (holderSchema && "name" in objectShape(this.doc, holderSchema).properties) plan.push({ kind: "nested", ref, target });
      } else if (ref.path.length === 1 && last.endsWith("Id")) {
        const nameField = `${last.slice(0, -2)}Name`;
        if (nameField in def.properties) plan.push({ kind: "flat", field: last, nameField, owned: def.serverManaged.has(nameField), target });
      }
    }
    this.expansions.set(def, plan);
    return plan;
  }

  // ---- the generic operations ---------------------------------------------------------------

  createOp(def: ResourceDef, ctx: OpContext, overrides: Partial<{ microtenantId: string }> = {}): TwinResponse {
    const record = this.createRecord(def, ctx, overrides);
    const { status, hasBody } = successOf(ctx.op);
    return hasBody ? { status, body: this.present(def, record) } : { status };
  }

  /** Creates one record from `ctx.body` (checks, references, initial state) and returns it. */
  createRecord(def: ResourceDef, ctx: OpContext, overrides: Partial<{ microtenantId: string; body: unknown; id: string }> = {}): StoredRecord {
    const body = (overrides.body ?? ctx.body ?? {}) as Record<string, unknown>;
    const rules = this.resourceRules.get(def.name);
    rules?.check?.(body, ctx);
    this.parentCheck(def, ctx);
    const partition = this.partitionOf(def, ctx.pathParams);
    this.checkReferences(def, body, partition);
    const microtenantId = overrides.microtenantId ?? this.writeMicrotenant(ctx);
    const data = this.buildData(def, body, overrides.id ?? this.newId(def), microtenantId);
    rules?.onCreate?.(data, ctx);
    return this.insert(def, data, microtenantId, partition);
  }

  getOp(def: ResourceDef, ctx: OpContext): TwinResponse {
    const record = this.mustFind(def, ctx);
    return { status: successOf(ctx.op).status, body: this.present(def, record) };
  }

  mustFind(def: ResourceDef, ctx: OpContext): StoredRecord {
    const id = ctx.pathParams[def.idParam ?? ""] ?? "";
    const record = this.findByParam(def, id, this.readScope(def, ctx));
    if (!record) throw notFound(def.name, id);
    return record;
  }

  updateOp(def: ResourceDef, ctx: OpContext): TwinResponse {
    const existing = this.mustFind(def, ctx);
    const rules = this.resourceRules.get(def.name);
    rules?.check?.(ctx.body, ctx);
    this.checkReferences(def, ctx.body, existing.partition);
    // A whole-record write may name another Microtenant in the body: the record moves there.
    const bodyScope = !rules?.editable && "microtenantId" in def.properties && typeof ctx.body?.microtenantId === "string" ? (ctx.body.microtenantId as string) : undefined;
    const microtenantId = bodyScope ?? existing.microtenantId;
    const data = this.buildData(def, ctx.body, existing.id, microtenantId, existing);
    if (def.serverManaged.has("microtenantName") && bodyScope !== undefined) data.microtenantName = this.microtenantName(microtenantId);
    const record = this.replace(def, existing, data, microtenantId);
    const { status, hasBody } = successOf(ctx.op);
    return hasBody ? { status, body: this.present(def, record) } : { status };
  }

  deleteOp(def: ResourceDef, ctx: OpContext): TwinResponse {
    const record = this.mustFind(def, ctx);
    this.resourceRules.get(def.name)?.onDelete?.(record, ctx);
    this.remove(def, record, ctx.query.forceDelete === true);
    const { status, hasBody } = successOf(ctx.op);
    return hasBody ? { status, body: {} } : { status };
  }

  /** Records a list request matches, in creation order. */
  *matching(binding: ResourceBinding, ctx: OpContext, afterSeq = 0): Generator<StoredRecord> {
    const { scope, keep } = this.listFilter(binding, ctx);
    for (const r of this.store(binding.resource.name).scan(scope, afterSeq)) if (keep(r)) yield r;
  }

  /** Where a list request looks and which records it keeps; refuses a parent or filter id the tenant does not hold. */
  private listFilter(binding: ResourceBinding, ctx: OpContext): { scope: Scope; keep: (r: StoredRecord) => boolean; key: unknown[] } {
    const def = binding.resource;
    this.parentCheck(def, ctx);
    const scope = this.readScope(def, ctx, binding.filterParam ? [binding.filterParam] : []);
    const searchText = ctx.query.search as string | undefined;
    const search = compileSearch(searchText, def.searchable);
    const filterValue = binding.filterParam ? ctx.pathParams[binding.filterParam] : undefined;
    if (filterValue !== undefined && /^[0-9]+$/.test(filterValue)) {
      // `/praConsole/praPortal/{portalId}`: the portal must be one of the tenant's.
      const targets = new Set([...def.references.map((r) => r.resource), ...(def.parent ? [def.parent.resource] : [])]);
      if (![...targets].some((t) => this.stores.get(t)?.has(filterValue))) throw notFound(binding.filterParam!, filterValue);
    }
    const keep = (r: StoredRecord) => (!search || search(r.data)) && (filterValue === undefined || this.names(def, r, binding.filterParam!, filterValue));
    return { scope, keep, key: [scope, searchText ?? null, filterValue ?? null] };
  }

  /** The last whole list answered per list operation, until its store changes. */
  private readonly lastListed = new WeakMap<ResourceBinding, { key: string; version: number; records: StoredRecord[] }>();

  /**
   * Every record a paged list matches, in answer order. A page walk asks for the same list again
   * for each page, and scanning the store for it was most of a page's cost: the last list of each
   * operation is kept until a write to its store. What a record matches depends on its own data
   * only, so no other store's change can make it stale.
   */
  private allMatching(binding: ResourceBinding, ctx: OpContext): readonly StoredRecord[] {
    const { scope, keep, key: filterKey } = this.listFilter(binding, ctx);
    const sortBy = ctx.query.sortBy as string | undefined;
    const desc = String(ctx.query.sortDir ?? ctx.query.sortOrder ?? "ASC").toUpperCase() === "DESC";
    const store = this.store(binding.resource.name);
    const key = JSON.stringify([...filterKey, sortBy ?? null, desc]);
    const last = this.lastListed.get(binding);
    if (last && last.version === store.version && last.key === key) return last.records;
    const records: StoredRecord[] = [];
    for (const r of store.scan(scope)) if (keep(r)) records.push(r);
    if (sortBy) records.sort((a, b) => String(a.data[sortBy] ?? "").localeCompare(String(b.data[sortBy] ?? "")) * (desc ? -1 : 1));
    this.lastListed.set(binding, { key, version: store.version, records });
    return records;
  }

  /** Whether a record has `value` in its field `field`, or names it in any reference. */
  private names(def: ResourceDef, r: StoredRecord, field: string, value: string): boolean {
    if (String(r.data[field] ?? "") === value) return true;
    return def.references.some((ref) => slotsOf(r.data, ref, r.partition).some((s) => String(s.value) === value));
  }

  private readonly pageShapes = new WeakMap<OperationSpec, PageShape>();

  /** How a list operation pages and what its answer looks like, worked out once from the spec. */
  private pageShapeOf(op: OperationSpec): PageShape {
    let shape = this.pageShapes.get(op);
    if (shape) return shape;
    const schema: Schema = derefSchema(this.doc, { $ref: `#${op.responses.get(successOf(op).status)?.schemaPointer}` });
    const query = (re: RegExp) => op.parameters.find((p) => p.in === "query" && re.test(p.name))?.name;
    const envelope = objectShape(this.doc, schema.oneOf ? schema.oneOf.find((b: Schema) => derefSchema(this.doc, b).type !== "array") : schema).properties;
    const counter = (name: string): PageShape["totalPages"] => {
      if (!(name in envelope)) return undefined;
      const t = flatten(this.doc, envelope[name]).type;
      return t === "integer" || t === "number" ? "number" : "string";
    };
    shape = {
      bare: schema.type === "array",
      arrayProp: "list" in envelope ? "list" : "items" in envelope ? "items" : "list",
      totalPages: counter("totalPages"),
      totalCount: counter("totalCount"),
      sizeParam: query(/^page.?size$/i),
      cursorParam: query(/^(page.?id|cursor)$/i),
      pageParam: query(/^page$/),
    };
    this.pageShapes.set(op, shape);
    return shape;
  }

  list(binding: ResourceBinding, ctx: OpContext): TwinResponse {
    const def = binding.resource;
    const op = ctx.op;
    const ok = successOf(op);
    const shape = this.pageShapeOf(op);
    const { sizeParam, cursorParam } = shape;
    if (def.pagination === "cursor" && cursorParam && sizeParam) {
      let after = 0;
      const raw = ctx.query[cursorParam];
      if (raw !== undefined) {
        const seq = decodeCursor(String(raw));
        if (seq === undefined || !this.isPosition(Math.min(seq, Number.MAX_SAFE_INTEGER))) {
          throw invalidInput(`${cursorParam} is not a cursor this server returned as nextPage`, [cursorParam]);
        }
        after = seq;
      }
      const size = Number(ctx.query[sizeParam] ?? 20);
      const items: unknown[] = [];
      let last = after;
      for (const r of this.matching(binding, ctx, after)) {
        if (items.length === size) return { status: ok.status, body: { items, nextPage: encodeCursor(last) } };
        items.push(this.present(def, r));
        last = r.seq;
      }
      return { status: ok.status, body: { items } };
    }
    const all = this.allMatching(binding, ctx);
    if (shape.bare) return { status: ok.status, body: all.map((r) => this.present(def, r)) };
    const size = sizeParam ? Number(ctx.query[sizeParam] ?? 20) : all.length || 1;
    const page = shape.pageParam ? Number(ctx.query[shape.pageParam] ?? 1) : 1;
    const slice = all.slice((page - 1) * size, page * size);
    const count = (type: PageShape["totalPages"], n: number) => (type === "number" ? n : String(n));
    const body: Record<string, unknown> = {};
    if (shape.totalPages) body.totalPages = count(shape.totalPages, Math.ceil(all.length / size));
    if (shape.totalCount) body.totalCount = count(shape.totalCount, all.length);
    if (slice.length > 0) body[shape.arrayProp] = slice.map((r) => this.present(def, r));
    return { status: ok.status, body };
  }

  /** A fingerprint of every stored record, to prove that requests changed nothing. */
  fingerprint(): string {
    return [...this.stores.entries()].map(([k, s]) => `${k}=${s.fingerprint()}`).join("\n");
  }

  /** How many records the tenant holds. */
  get size(): number {
    let n = 0;
    for (const s of this.stores.values()) n += s.size;
    return n;
  }
}

/**
 * A written value as the server keeps it: a number sent where reads answer a string (an int64 id a
 * page's template sends bare, an epoch time) is stored as its digits, the way ZPA answers ids.
 */
function asRead(doc: OpenApiDocument, prop: Schema, v: unknown): unknown {
  if (typeof v !== "number") return v;
  const t = flatten(doc, prop).type;
  return t === "string" || (Array.isArray(t) && t.length === 1 && t[0] === "string") ? String(v) : v;
}
