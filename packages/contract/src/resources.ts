import type { OperationModel, Schema, SpecModel } from "./spec-model";
import { mergeAllOf } from "./arbitraries/schema";
import type { ReferenceFact } from "./dependency-order";

/** How a list operation pages. */
export interface ListShape {
  /** Property holding the array (`items`, `list`); undefined for a bare array. */
  arrayProp?: string;
  /** Also answers with a bare array (oneOf of envelope and array). */
  bareArrayToo: boolean;
  itemRef?: string;
  sizeParam?: { name: string; max?: number; default?: number };
  cursorParam?: string;
  /** Response property carrying the next cursor. */
  nextProp?: string;
  pageParam?: string;
  totalPagesProp?: string;
  totalCountProp?: string;
}

/** The action an operation on `itemPath/<action>` performs (`activate`). */
export function actionOf(op: OperationModel): string {
  return op.path.split("/").pop()!;
}

/** The read model's flag that says whether an action is allowed now (`activate` → `allowedActivate`). */
export function allowedFlag(action: string): string {
  return `allowed${action[0]!.toUpperCase()}${action.slice(1)}`;
}

/** A resource the spec lets the suite create, read, change, list and remove. */
export interface ResourceModel {
  name: string;
  idParam: string;
  /** Other names paths give this resource's id (`attributeId` for a SCIM attribute), from `x-resources` `idAliases`. */
  idAliases?: string[];
  idField: string;
  itemPath: string;
  get?: OperationModel;
  create?: OperationModel;
  update?: OperationModel;
  delete?: OperationModel;
  list?: OperationModel;
  listShape?: ListShape;
  /** Operations on `itemPath/<action>` (activate, deactivate). */
  actions: OperationModel[];
  /** Where the facts came from: the spec's `x-resources`, or guessed from path names. */
  source: "x-resources" | "paths";
  /** Body fields that hold another resource's id (`serverGroups[].id` → `ServerGroup`), with their `when` and `key`, from `x-resources`. */
  references?: ReferenceFact[];
  /** Fields the server owns (ids, states, counters): what a write sends for them is ignored, from `x-resources`. */
  serverManaged?: string[];
  /** Fields set on create that an update ignores (`emailId` of a user), from `x-resources` `createOnly`. */
  createOnly?: string[];
  /** The resource whose id is a path parameter of this one's paths (`PolicySet` via `policySetId`), from `x-resources`. */
  parent?: { resource: string; param: string };
  /**
   * When the item path names the record by a key from a closed set rather than by its id (a policy
   * set by `policyType`): those keys. Every key names a record; there is no unknown one to ask for.
   */
  keys?: string[];
  /**
   * For a list named by another resource's id (`/praConsole/praPortal/{portalId}`, guessed from the
   * paths): that resource. Its ids are the ones to ask for.
   */
  listsBy?: string;
  /**
   * Records that hold the positions 1..n of their scope in `field` (policy rules), from `x-resources`
   * `order`: `move` puts one at a position given by `param`, `replace` takes every id of the scope.
   */
  /** The collection's GET where it answers the one record there is (a tenant's schedule), not a list. */
  singleton?: OperationModel;
  order?: { field: string; list?: OperationModel; move?: { op: OperationModel; param: string }; replace?: OperationModel };
}

/** One entry of the spec's root `x-resources`, as the assembler writes it. */
interface ResourceFacts {
  schema?: string;
  collection?: string;
  /** The path a create is POSTed to, when it is not the collection. */
  create?: string;
  item?: string;
  idParam?: string;
  idAliases?: string[];
  idField?: string;
  references?: ReferenceFact[];
  parent?: { resource: string; param: string };
  serverManaged?: string[];
  createOnly?: string[];
  order?: { field?: string; list?: { operation?: string }; move?: { operation?: string; param?: string }; replace?: { operation?: string } };
}

/** A resource's `order` facts, with their operations found by id (an operation no path defines is left out). */
function orderOf(model: SpecModel, f: ResourceFacts): Pick<ResourceModel, "order"> {
  if (!f.order?.field) return {};
  const byId = (id: string | undefined) => (id === undefined ? undefined : model.operations.find((o) => o.operationId === id));
  const move = byId(f.order.move?.operation);
  const replace = byId(f.order.replace?.operation);
  const list = byId(f.order.list?.operation);
  return { order: { field: f.order.field, ...(list ? { list } : {}), ...(move && f.order.move?.param ? { move: { op: move, param: f.order.move.param } } : {}), ...(replace ? { replace } : {}) } };
}

function findArray(schema: Schema): { prop?: string; items?: Schema; bare: boolean }[] {
  const s = mergeAllOf(schema);
  const out: { prop?: string; items?: Schema; bare: boolean }[] = [];
  for (const b of s.oneOf ?? s.anyOf ?? []) out.push(...findArray(b));
  if (s.type === "array") out.push({ items: s.items, bare: true });
  for (const [k, v] of Object.entries<Schema>(s.properties ?? {})) if (v.type === "array") out.push({ prop: k, items: v.items, bare: false });
  return out;
}

/** Paging shape of a list operation, from its parameters and success schema. */
export function listShapeOf(model: SpecModel, op: OperationModel): ListShape | undefined {
  if (op.method !== "GET") return undefined;
  const ok = op.responses[String(op.successStatus)];
  const ptr = ok && Object.values(ok.content)[0];
  if (!ptr) return undefined;
  const schema = model.deref(model.resolve(ptr));
  const arrays = findArray(schema);
  if (!arrays.length) return undefined;
  const envelope = arrays.find((a) => !a.bare);
  const shape: ListShape = { arrayProp: envelope?.prop, bareArrayToo: arrays.some((a) => a.bare), itemRef: (envelope ?? arrays[0]).items?.["x-ref"] };
  const envSchema = mergeAllOf(schema.oneOf ? schema.oneOf.find((b: Schema) => mergeAllOf(b).properties?.[envelope?.prop ?? ""]) ?? schema : schema);
  for (const p of op.params) {
    if (p.in !== "query") continue;
    const t = p.schema.type;
    if (t === "integer" && /^page.?size$/i.test(p.name)) shape.sizeParam = { name: p.name, max: p.schema.maximum, default: p.schema.default };
    else if (t === "integer" && /^page$/i.test(p.name)) shape.pageParam = p.name;
    else if (t === "string" && /^(page.?id|cursor|page.?token)$/i.test(p.name)) shape.cursorParam = p.name;
  }
  for (const k of Object.keys(envSchema.properties ?? {})) {
    if (/^next/i.test(k)) shape.nextProp = k;
    if (/^totalpages$/i.test(k)) shape.totalPagesProp = k;
    if (/^totalcount$/i.test(k)) shape.totalCountProp = k;
  }
  return shape;
}

/** The items of a list answer, whichever shape it came in. */
export function itemsOf(shape: ListShape, body: any): any[] | undefined {
  if (Array.isArray(body)) return body;
  if (body && typeof body === "object") {
    const a = shape.arrayProp ? body[shape.arrayProp] : undefined;
    if (a === undefined) return [];
    return Array.isArray(a) ? a : undefined;
  }
  return undefined;
}

/** Operations on `itemPath/<action>` (one more literal segment). */
function actionsOf(model: SpecModel, itemPath: string): OperationModel[] {
  return model.operations.filter((o) => o.path.startsWith(`${itemPath}/`) && !o.path.slice(itemPath.length + 1).includes("/") && !o.path.slice(itemPath.length + 1).includes("{"));
}

/**
 * The resources of the spec. The spec's own `x-resources` facts come first (an entry with an
 * `item` path); for item paths no entry covers, they are guessed from the paths as before:
 * `.../{id}` paths with a GET, their collection path's POST, the GET whose items have the same
 * schema, PUT/DELETE on the item and action sub-paths.
 */
export function deriveResources(model: SpecModel): ResourceModel[] {
  const out: ResourceModel[] = [];
  const byPath = (path: string | undefined, method: string) => (path === undefined ? undefined : model.operations.find((o) => o.path === path && o.method === method));
  for (const [name, f] of Object.entries(resourceFacts(model))) {
    // Facts that do not fit the paths (a renamed parameter, a moved path) are left to the guess below.
    if (!f.item || !f.idParam || !f.item.endsWith(`{${f.idParam}}`) || !model.operations.some((o) => o.path === f.item)) continue;
    const get = byPath(f.item, "GET");
    const collectionGet = byPath(f.collection, "GET");
    const listShape = collectionGet ? listShapeOf(model, collectionGet) : undefined;
    out.push({
      name,
      idParam: f.idParam,
      ...(f.idAliases?.length ? { idAliases: f.idAliases } : {}),
      idField: f.idField ?? "id",
      itemPath: f.item,
      get,
      create: byPath(f.create ?? f.collection, "POST"),
      update: byPath(f.item, "PUT"),
      delete: byPath(f.item, "DELETE"),
      list: listShape ? collectionGet : undefined,
      listShape,
      actions: actionsOf(model, f.item),
      source: "x-resources",
      ...(f.references?.length ? { references: f.references } : {}),
      ...(f.serverManaged?.length ? { serverManaged: f.serverManaged } : {}),
      ...(f.createOnly?.length ? { createOnly: f.createOnly } : {}),
      ...(f.parent?.resource && f.parent.param ? { parent: { resource: f.parent.resource, param: f.parent.param } } : {}),
      ...keysOf(get, f.idParam),
      ...orderOf(model, f),
      ...(collectionGet && !listShape && f.schema && collectionGet.successRef === f.schema.split("/").pop() ? { singleton: collectionGet } : {}),
    });
  }
  const covered = new Set(out.map((r) => r.itemPath));
  for (const get of model.operations) {
    const m = /^(.*)\/\{([^}]+)\}$/.exec(get.path);
    if (!m || get.method !== "GET" || covered.has(get.path)) continue;
    const [, collection, idParam] = m;
    const itemSchema = get.successRef;
    const list = model.operations.find((o) => o !== get && listShapeOf(model, o)?.itemRef === itemSchema && o.path.startsWith(collection.replace(/\/[^/]*$/, "")));
    const okPtr = Object.values(get.responses[String(get.successStatus)]?.content ?? {})[0];
    const props = okPtr ? mergeAllOf(model.deref(model.resolve(okPtr))).properties ?? {} : {};
    const by = listShapeOf(model, get) ? listedBy(out, collection, idParam) : undefined;
    out.push({
      name: itemSchema ?? collection.split("/").pop()!,
      ...keysOf(get, idParam),
      ...(by ? { listsBy: by } : {}),
      idParam,
      idField: idParam in props ? idParam : "id",
      itemPath: get.path,
      get,
      create: byPath(collection, "POST"),
      update: byPath(get.path, "PUT"),
      delete: byPath(get.path, "DELETE"),
      list,
      listShape: list ? listShapeOf(model, list) : undefined,
      actions: actionsOf(model, get.path),
      source: "paths",
    });
  }
  return out;
}

/** A list whose records refer to others (by `x-resources` `references`), whatever else the API does with them. */
export interface ReferringList {
  /** The `x-resources` entry's name. */
  name: string;
  list: OperationModel;
  listShape: ListShape;
  references: ReferenceFact[];
}

/**
 * Every `x-resources` entry whose collection has a list and whose records refer to others: records
 * only listed (connected VPN users, no item path), and resources a run may leave out of play. What
 * they refer to is in use.
 */
export function referringLists(model: SpecModel): ReferringList[] {
  const out: ReferringList[] = [];
  for (const [name, f] of Object.entries(resourceFacts(model))) {
    if (!f.collection || !f.references?.length) continue;
    const list = model.operations.find((o) => o.path === f.collection && o.method === "GET");
    const listShape = list && listShapeOf(model, list);
    if (listShape) out.push({ name, list: list!, listShape, references: f.references });
  }
  return out;
}

/** The spec's root `x-resources` facts, by resource name. */
function resourceFacts(model: SpecModel): Record<string, ResourceFacts> {
  return ((model.doc as Record<string, unknown>)["x-resources"] ?? {}) as Record<string, ResourceFacts>;
}

/**
 * The resource a list is filtered by: the one whose collection ends with the segment before the
 * parameter (`praPortal/{portalId}`), or whose id parameter has that name (`idp/{idpId}`).
 */
function listedBy(resources: readonly ResourceModel[], collection: string, param: string): string | undefined {
  const segment = collection.split("/").pop()!.replace(/Id$/, "").toLowerCase();
  const byCollection = resources.find((r) => r.itemPath.replace(/\/\{[^}]+\}$/, "").split("/").pop()!.toLowerCase() === segment);
  return (byCollection ?? resources.find((r) => (r.idParam === param || r.idAliases?.includes(param)) && r.source === "x-resources"))?.name;
}

/** The closed set of values of an item's path parameter, when its schema is an enum of strings. */
function keysOf(get: OperationModel | undefined, idParam: string): { keys?: string[] } {
  const e = get?.params.find((p) => p.name === idParam && p.in === "path")?.schema.enum;
  return Array.isArray(e) && e.length && e.every((v) => typeof v === "string") ? { keys: e as string[] } : {};
}

/**
 * The resources a run over `underTest` works with: those with an operation under test, and the
 * ones they reference or live under (transitively), whose ids a valid request must carry. The
 * latter are only listed for ids, never created or tested.
 */
export function resourcesInPlay(all: ResourceModel[], underTest: ReadonlySet<OperationModel>): ResourceModel[] {
  const byName = new Map(all.map((r) => [r.name, r]));
  const inPlay = new Set(all.filter((r) => hasOperationUnderTest(r, underTest)));
  const queue = [...inPlay];
  for (let r = queue.shift(); r; r = queue.shift()) {
    for (const name of [...(r.references ?? []).map((x) => x.resource), ...(r.parent ? [r.parent.resource] : [])]) {
      const dep = byName.get(name);
      if (dep && !inPlay.has(dep)) {
        inPlay.add(dep);
        queue.push(dep);
      }
    }
  }
  return all.filter((r) => inPlay.has(r));
}

/** Whether a resource has an operation under test (not only referenced by one). */
export function hasOperationUnderTest(r: ResourceModel, underTest: ReadonlySet<OperationModel>): boolean {
  return [r.get, r.create, r.update, r.delete, r.list, ...r.actions].some((o) => o !== undefined && underTest.has(o));
}

/** The resource an operation acts on by id, and the id parameter. */
export function resourceOf(resources: ResourceModel[], op: OperationModel): ResourceModel | undefined {
  // The longest item path wins: `/sets/{setId}/rules/{ruleId}` is a rule, not its policy set.
  let best: ResourceModel | undefined;
  for (const r of resources) {
    if ((op.path === r.itemPath || op.path.startsWith(`${r.itemPath}/`)) && (!best || r.itemPath.length > best.itemPath.length)) best = r;
  }
  return best;
}

/** Whether the operation changes state. */
export function isWrite(op: OperationModel): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(op.method);
}

/** Fields of a create body that carry the run prefix so the resource can be recognised as ours. */
export function prefixableFields(schema: Schema): string[] {
  const s = mergeAllOf(schema);
  return Object.entries<Schema>(s.properties ?? {})
    .filter(([name, p]) => p.type === "string" && !p.pattern && !p.enum && !("const" in p) && !p.writeOnly && (p.format === "email" || /(name|email|comments|description)$/i.test(name)))
    .map(([name]) => name);
}

/** Writes the run prefix into a create body's name and email fields (a body that has it already is left as it is). */
export function applyPrefix(body: Record<string, unknown>, schema: Schema, prefix: string, emailDomain: string): Record<string, unknown> {
  const s = mergeAllOf(schema);
  const out = { ...body };
  for (const name of prefixableFields(schema)) {
    const p = s.properties[name];
    const max = p.maxLength ?? 128;
    const v = out[name];
    if (p.format === "email" || (typeof v === "string" && v.includes("@") && /email|username/i.test(name))) {
      if (typeof v === "string" && v.startsWith(`${prefix}-`) && v.endsWith(`@${emailDomain}`)) continue;
      const local = typeof v === "string" ? v.split("@")[0].replace(/[^a-z0-9]/gi, "").slice(0, 12) : "";
      out[name] = `${prefix}-${local || "x"}@${emailDomain}`.slice(-max);
    } else if (typeof v === "string" && (v === prefix || v.startsWith(`${prefix} `))) {
      continue;
    } else if (typeof v === "string" || s.required?.includes(name)) {
      out[name] = `${prefix} ${typeof v === "string" ? v : ""}`.slice(0, max);
    }
  }
  return out;
}

/** Field names a sweep looks at: names and email addresses, the fields `applyPrefix` writes the prefix into first. */
const LABEL_FIELD = /(name|email|emailid)$/i;

/**
 * Whether a listed or read item was made by a run with this prefix: a name or email field that
 * starts with exactly this prefix as a whole token (`zpact-ab` does not match `zpact-abc …` of
 * another run, nor a person whose name merely starts with the same letters).
 */
export function carriesPrefix(item: Record<string, unknown>, prefix: string): boolean {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const token = new RegExp(`^${escaped}(?:$|[ @-])`);
  return Object.entries(item).some(([k, v]) => LABEL_FIELD.test(k) && typeof v === "string" && token.test(v));
}
