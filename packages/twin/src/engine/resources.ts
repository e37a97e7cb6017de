import type { OpenApiDocument } from "@zpa-openapi/spec";
import type { OperationSpec, Route } from "../router.js";
import { derefSchema, flatten, objectShape, type Schema } from "./schema.js";

/** A field of a record that holds another resource's id, from `x-resources` `references`. */
export interface ReferenceDef {
  /** The field as the spec writes it (`serverGroups[].id`). */
  field: string;
  /** `serverGroups[].id` as segments: `["serverGroups", "[]", "id"]`. */
  path: string[];
  resource: string;
  /** The target's field the value names (its id unless `key` says otherwise). */
  key?: string;
  /** Only where the object holding the value has these fields (`{objectType: "APP"}`). */
  whenFields?: Record<string, string>;
  /** Only where a path parameter has this value (`associationType=CONNECTOR_GRP`). */
  whenParam?: { name: string; value: string };
}

/** One resource of the spec, as its `x-resources` entry and its schemas describe it. */
export interface ResourceDef {
  name: string;
  family: string;
  schema: Schema;
  /** JSON pointer of the read schema (`/components/schemas/X`). */
  schemaPointer: string;
  collection?: string;
  createPath?: string;
  item?: string;
  idParam?: string;
  idField: string;
  serverManaged: Set<string>;
  createOnly: Set<string>;
  references: ReferenceDef[];
  parent?: { resource: string; param: string };
  pagination: "page" | "cursor";
  deletable: boolean;
  /** Properties a record may hold (the read schema's). */
  properties: Record<string, Schema>;
  required: Set<string>;
  /** Top-level string fields, for free-text `search`. */
  searchable: string[];
}

/** What an operation does to a resource, when it is one of the plain resource operations. */
export type ResourceOpKind = "list" | "create" | "get" | "update" | "delete" | "singleton";

export interface ResourceBinding {
  resource: ResourceDef;
  kind: ResourceOpKind;
  /** A path parameter a list filters by: records that reference its value (`/praConsole/praPortal/{portalId}`). */
  filterParam?: string;
}

function parseField(field: string): string[] {
  return field.split(".").flatMap((part) => (part.endsWith("[]") ? [part.slice(0, -2), "[]"] : [part]));
}

/** Reads the root `x-resources` map of a spec into resource definitions. */
export function readResources(doc: OpenApiDocument): Map<string, ResourceDef> {
  const facts = (doc["x-resources"] ?? {}) as Record<string, any>;
  const out = new Map<string, ResourceDef>();
  for (const [name, f] of Object.entries(facts)) {
    const schema = derefSchema(doc, { $ref: f.schema });
    const { properties, required } = objectShape(doc, schema);
    out.set(name, {
      name,
      family: f.family ?? name,
      schema,
      schemaPointer: String(f.schema).replace(/^#/, ""),
      collection: f.collection,
      createPath: f.create ?? f.collection,
      item: f.item,
      idParam: f.idParam,
      idField: f.idField ?? "id",
      serverManaged: new Set(f.serverManaged ?? []),
      createOnly: new Set(f.createOnly ?? []),
      references: (f.references ?? []).map((r: any): ReferenceDef => {
        const def: ReferenceDef = { field: r.field, path: parseField(r.field), resource: r.resource };
        if (r.key) def.key = r.key;
        if (typeof r.when === "string") {
          const [pname, value] = r.when.split("=");
          def.whenParam = { name: pname!, value: value! };
        } else if (r.when && typeof r.when === "object") def.whenFields = r.when;
        return def;
      }),
      parent: f.parent,
      pagination: f.pagination === "cursor" ? "cursor" : "page",
      deletable: f.deletable !== false,
      properties,
      required,
      searchable: Object.entries(properties)
        .filter(([, s]) => flatten(doc, s).type === "string")
        .map(([k]) => k),
    });
  }
  return out;
}

/** The `$ref` of the items of a list answer (`{list: [X]}`, `{items: [X]}` or `[X]`), if any. */
function listItemRef(doc: OpenApiDocument, schema: Schema | undefined, depth = 0): string | undefined {
  if (!schema || depth > 4) return undefined;
  const s = derefSchema(doc, schema);
  if (s.type === "array") return s.items?.$ref;
  for (const b of s.oneOf ?? s.anyOf ?? []) {
    const r = listItemRef(doc, b, depth + 1);
    if (r) return r;
  }
  const { properties } = objectShape(doc, s);
  for (const key of ["list", "items"]) {
    const p = properties[key] && derefSchema(doc, properties[key]);
    // A property two branches declare is merged as `allOf` of both: the typed branch names the items.
    for (const branch of p ? [p, ...(p.allOf ?? []).map((b: Schema) => derefSchema(doc, b))] : []) {
      if (branch.type === "array" && branch.items?.$ref) return branch.items.$ref;
    }
  }
  return undefined;
}

/** The schema of an operation's first documented success body, if any. */
function responseSchema(doc: OpenApiDocument, op: OperationSpec): Schema | undefined {
  const ok = [...op.responses.entries()].find(([code]) => code >= 200 && code < 300);
  return ok?.[1].schemaPointer ? derefSchema(doc, { $ref: `#${ok[1].schemaPointer}` }) : undefined;
}

const swapVersion = (path: string) => path.replace(/\/v([12])\//, (_m, v) => `/v${v === "1" ? "2" : "1"}/`);
const pathParams = (template: string) => [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);

/**
 * Which operations are plain resource operations: the collection's GET and POST, the item's GET,
 * PUT and DELETE, and the spec's alternates of these (the same list under v1 and v2, a list by
 * a referenced resource, a v2 update of the same item). Everything follows from `x-resources`
 * and the schemas, so a family added to the spec is served without a line of twin code.
 */
export function bindOperations(doc: OpenApiDocument, routes: Route[], resources: Map<string, ResourceDef>): Map<string, ResourceBinding> {
  const out = new Map<string, ResourceBinding>();
  const all: OperationSpec[] = routes.flatMap((r) => [...r.operations.values()]);
  const byRef = new Map<string, ResourceDef>();
  for (const r of resources.values()) {
    const ref = Object.entries((doc["x-resources"] as any)[r.name]).find(([k]) => k === "schema")?.[1] as string;
    byRef.set(ref, r);
  }
  for (const r of resources.values()) {
    for (const op of all) {
      const t = op.template;
      let kind: ResourceOpKind | undefined;
      if (op.method === "GET" && t === r.collection) kind = listItemRef(doc, responseSchema(doc, op)) ? "list" : "singleton";
      else if (op.method === "POST" && (t === r.createPath || (r.createPath && t === swapVersion(r.createPath)))) kind = "create";
      else if (t === r.item || (r.item && t === swapVersion(r.item))) {
        kind = op.method === "GET" ? "get" : op.method === "PUT" || op.method === "PATCH" ? "update" : op.method === "DELETE" ? "delete" : undefined;
      }
      if (kind && !out.has(op.operationId)) out.set(op.operationId, { resource: r, kind });
    }
  }
  // Lists of a resource under other paths: the same list under another version, or by a referenced resource.
  for (const op of all) {
    if (op.method !== "GET" || out.has(op.operationId)) continue;
    const ref = listItemRef(doc, responseSchema(doc, op));
    const r = ref ? byRef.get(ref) : undefined;
    if (!r) continue;
    const own = new Set([...pathParams(r.collection ?? ""), ...pathParams(r.item ?? "")]);
    const extra = pathParams(op.template).filter((p) => p !== "customerId" && !own.has(p));
    if (extra.length > 1) continue;
    out.set(op.operationId, { resource: r, kind: "list", ...(extra[0] ? { filterParam: extra[0] } : {}) });
  }
  return out;
}
