import type { OperationModel, Schema, SpecModel } from "./spec-model";
import { mergeAllOf } from "./arbitraries/schema";

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

/**
 * Resources derived from the spec's paths: `.../{id}` paths with a GET, their collection path's POST,
 * the GET whose items have the same schema, PUT/DELETE on the item and action sub-paths.
 */
export function deriveResources(model: SpecModel): ResourceModel[] {
  const out: ResourceModel[] = [];
  const byPath = (path: string, method: string) => model.operations.find((o) => o.path === path && o.method === method);
  for (const get of model.operations) {
    const m = /^(.*)\/\{([^}]+)\}$/.exec(get.path);
    if (!m || get.method !== "GET") continue;
    const [, collection, idParam] = m;
    const itemSchema = get.successRef;
    const list = model.operations.find((o) => o !== get && listShapeOf(model, o)?.itemRef === itemSchema && o.path.startsWith(collection.replace(/\/[^/]*$/, "")));
    const okPtr = Object.values(get.responses[String(get.successStatus)]?.content ?? {})[0];
    const props = okPtr ? mergeAllOf(model.deref(model.resolve(okPtr))).properties ?? {} : {};
    out.push({
      name: itemSchema ?? collection.split("/").pop()!,
      idParam,
      idField: idParam in props ? idParam : "id",
      itemPath: get.path,
      get,
      create: byPath(collection, "POST"),
      update: byPath(get.path, "PUT"),
      delete: byPath(get.path, "DELETE"),
      list,
      listShape: list ? listShapeOf(model, list) : undefined,
      actions: model.operations.filter((o) => o.path.startsWith(`${get.path}/`) && !o.path.slice(get.path.length + 1).includes("/")),
    });
  }
  return out;
}

/** The resource an operation acts on by id, and the id parameter. */
export function resourceOf(resources: ResourceModel[], op: OperationModel): ResourceModel | undefined {
  return resources.find((r) => op.path === r.itemPath || op.path.startsWith(`${r.itemPath}/`));
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

/** Writes the run prefix into a create body's name and email fields. */
export function applyPrefix(body: Record<string, unknown>, schema: Schema, prefix: string, emailDomain: string): Record<string, unknown> {
  const s = mergeAllOf(schema);
  const out = { ...body };
  for (const name of prefixableFields(schema)) {
    const p = s.properties[name];
    const max = p.maxLength ?? 128;
    const v = out[name];
    if (p.format === "email" || (typeof v === "string" && v.includes("@") && /email|username/i.test(name))) {
      const local = typeof v === "string" ? v.split("@")[0].replace(/[^a-z0-9]/gi, "").slice(0, 12) : "";
      out[name] = `${prefix}-${local || "x"}@${emailDomain}`.slice(-max);
    } else if (typeof v === "string" || s.required?.includes(name)) {
      out[name] = `${prefix} ${typeof v === "string" ? v : ""}`.slice(0, max);
    }
  }
  return out;
}

/** Whether a listed or read item was made by a run with this prefix. */
export function carriesPrefix(item: Record<string, unknown>, prefix: string): boolean {
  return Object.values(item).some((v) => typeof v === "string" && v.startsWith(prefix));
}
