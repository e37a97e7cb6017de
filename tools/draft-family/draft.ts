/**
 * Drafts a spec family (`spec/families/<name>.yaml`) from its help pages, once. The draft holds
 * every operation the pages state, de-duplicated across reference and how-to pages, with the
 * shared parameters and responses by `$ref`, schemas inferred from the pages' JSON, and an
 * `x-doc-notes` entry quoting every endpoint a page writes wrongly. After drafting, the family
 * file is source that people edit; the build never re-derives it (doc-check compares the two).
 */
import type { HelpPage, PageExample, PageField, PageOperation, PageParameter } from "../doc-check/parse-help-page";
import { pathShape } from "../doc-check/page-path";
import { inferSchema, mergeProperties, REFS, type Schema } from "./infer-schema";

export interface FamilyConfig {
  name: string;
  title: string;
  tag: string;
  pages: string[];
}

export interface DraftedFamily {
  "x-family": { name: string; title: string; pages: string[] };
  tags: Array<{ name: string; description: string }>;
  "x-resources": Record<string, Schema>;
  paths: Record<string, Record<string, Schema>>;
  components: { schemas: Record<string, Schema> };
}

const SHARED_PARAMS: Record<string, string> = {
  "path:customerId": "customerId",
  "query:microtenantId": "microtenantId",
  "query:page": "page",
  "query:pagesize": "pagesize",
  "query:search": "search",
};

const SHARED_RESPONSES: Record<string, string> = {
  "400": "BadRequest",
  "401": "Unauthorized",
  "403": "Forbidden",
  "404": "NotFound",
  "405": "MethodNotAllowed",
  "409": "Conflict",
  "415": "UnsupportedMediaType",
  "429": "TooManyRequests",
  "500": "InternalServerError",
  "503": "ServiceUnavailable",
};

/** Codes every operation documents whether or not its page lists them (see info.description). */
const ALWAYS = ["401", "403", "429", "503"];

const DEFAULT_SUCCESS: Record<string, string> = { GET: "200", POST: "201", PUT: "204", DELETE: "204", PATCH: "204" };

const pascal = (s: string) => s.replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase());
const camel = (s: string) => pascal(s).replace(/^./, (c) => c.toLowerCase());

interface Sighting {
  page: HelpPage;
  op: PageOperation;
}

interface Group {
  method: string;
  path: string;
  sightings: Sighting[];
}

/** Static segments after the tenant (`/customers/{customerId}/`), or after the base. */
function resourceSegments(path: string): string[] {
  const afterTenant = path.split("/{customerId}/")[1] ?? path.replace(/^\/(mgmtconfig\/v[12]\/admin|userconfig\/v1|cbiconfig\/cbi\/api)\//, "");
  return afterTenant.split("/").filter((s) => s && !s.startsWith("{"));
}

function isVersion2(path: string): boolean {
  return path.startsWith("/mgmtconfig/v2/");
}

/** The collection path a path belongs to: an item path loses its trailing `{id}`. */
function collectionOf(path: string): string {
  return path.replace(/\/\{[^}]+\}$/, "");
}

function words(segment: string): string {
  return segment.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

function plural(s: string): string {
  if (/(s|x|ch|sh)$/i.test(s)) return `${s}es`;
  if (/[^aeiou]y$/i.test(s)) return `${s.slice(0, -1)}ies`;
  return `${s}s`;
}

/** A readable operationId from the method and the path's static segments. */
function operationIdFor(method: string, path: string, isList: boolean): string {
  const segs = resourceSegments(path);
  const last = segs[segs.length - 1] ?? "customer";
  const item = /\}$/.test(path);
  const v2 = isVersion2(path) ? "V2" : "";
  const stem = segs.length > 1 ? `${pascal(segs[segs.length - 2]!)}${pascal(last)}` : pascal(last);
  if (item) {
    const verb = { GET: "get", PUT: "update", DELETE: "delete", PATCH: "patch", POST: "post" }[method]!;
    return `${verb}${pascal(last)}${segs.length > 1 ? `Of${pascal(segs[0]!)}` : ""}${v2}`.replace(/Of(\w+)Of/, "Of$1");
  }
  if (method === "GET") return `${isList ? "list" : "get"}${isList ? plural(stem) : stem}${v2}`;
  if (method === "POST") return `create${stem}${v2}`;
  if (method === "PUT") return `update${stem}${v2}`;
  if (method === "DELETE") return `delete${stem}${v2}`;
  return `${method.toLowerCase()}${stem}${v2}`;
}

function summaryFor(method: string, path: string, isList: boolean, title: string): string {
  const segs = resourceSegments(path);
  const thing = words(segs.slice(-2).join(" ")) || title.toLowerCase();
  const item = /\}$/.test(path);
  if (method === "GET") return isList ? `List ${plural(thing)}` : item ? `Read one ${thing}` : `Read ${thing}`;
  if (method === "POST") return `Create ${thing}`;
  if (method === "PUT") return item ? `Replace one ${thing}` : `Update ${thing}`;
  if (method === "DELETE") return item ? `Delete one ${thing}` : `Delete ${thing}`;
  return `Change one ${thing}`;
}

function descriptionFor(method: string, isList: boolean, summary: string, family: FamilyConfig): string {
  if (isList) return `${summary} in the tenant (${family.title}), a page at a time.`;
  if (method === "GET") return `${summary}: returns it as the tenant holds it now (${family.title}).`;
  if (method === "PUT") return `${summary}: the body replaces the stored record, so optional fields left out are cleared (${family.title}).`;
  if (method === "DELETE") return `${summary} from the tenant (${family.title}).`;
  return `${summary} in the tenant (${family.title}).`;
}

function paramSchema(p: PageParameter): Schema {
  if (p.type === "integer" && p.format === "int64") return { ...REFS.id };
  if (p.type === "integer" || p.type === "long") {
    const s: Schema = { type: "integer", format: p.format === "int64" ? "int64" : "int32" };
    if (p.default !== undefined) s.default = Number(p.default);
    if (p.maximum !== undefined) s.maximum = p.maximum;
    return s;
  }
  if (p.type === "boolean") return { type: "boolean" };
  if (p.type === "array") return { type: "array", items: { type: "string" } };
  return { type: "string" };
}

function parameterFor(p: PageParameter, fromReference: boolean): Schema {
  const shared = SHARED_PARAMS[`${p.in}:${p.name}`];
  if (shared) return { $ref: `#/components/parameters/${shared}` };
  const out: Schema = {
    name: p.name,
    in: p.in,
    required: p.in === "path" ? true : !!p.required,
    description: p.in === "path" ? `The ${words(p.name).replace(/ id$/, "")}'s id.` : `The ${words(p.name)} to apply.`,
    schema: paramSchema(p),
  };
  if (p.in === "path" && p.name !== "customerId" && !p.type) out.schema = /Id$|^id$/i.test(p.name) ? { ...REFS.id } : { type: "string" };
  if (!fromReference && p.in === "query" && !p.type) out.description = `The ${words(p.name)} to apply (named in an example URL on the page).`;
  return out;
}

/** The list envelope a response example shows, if any. */
function listStyle(examples: PageExample[], params: PageParameter[]): "page" | "array" | "cursor" | undefined {
  const responses = examples.filter((e) => e.kind === "response").map((e) => e.json);
  if (responses.some((j) => j && typeof j === "object" && !Array.isArray(j) && ("list" in (j as object) || "totalPages" in (j as object)))) return "page";
  if (responses.some((j) => j && typeof j === "object" && !Array.isArray(j) && "nextPage" in (j as object))) return "cursor";
  if (responses.length > 0 && responses.every(Array.isArray)) return "array";
  if (params.some((p) => p.name === "pagesize" || p.name === "page")) return "page";
  return undefined;
}

function itemsOfResponse(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === "object") {
    const o = json as Record<string, unknown>;
    for (const k of ["list", "items"]) if (Array.isArray(o[k])) return o[k] as unknown[];
  }
  return [];
}

function fieldSchema(field: PageField): Schema {
  switch (field.type) {
    case "integer":
    case "long":
      return /Id$|^id$/.test(field.name) ? { ...REFS.id } : { type: "integer" };
    case "boolean":
      return { type: "boolean" };
    case "array":
      return { type: "array", items: {} };
    default:
      return /Id$|^id$/.test(field.name) ? { ...REFS.id } : { type: "string" };
  }
}

/** Drafts one family from its parsed pages. `taken` holds schema names used by other families. */
export function draftFamily(family: FamilyConfig, pages: HelpPage[], taken: Set<string>, today: string): DraftedFamily {
  const groups = new Map<string, Group>();
  for (const page of pages) {
    for (const op of page.operations) {
      const key = `${op.method} ${pathShape(op.path)}`;
      const g = groups.get(key) ?? { method: op.method, path: op.path, sightings: [] };
      // A reference page's parameter names win over a how-to page's.
      if (page.form === "api-reference" && !g.sightings.some((s) => s.page.form === "api-reference")) g.path = op.path;
      g.sightings.push({ page, op });
      groups.set(key, g);
    }
  }

  // One schema per collection: every example of its operations is evidence for it.
  const resourceOf = (g: Group) => collectionOf(g.path).replace(/^\/mgmtconfig\/v2\//, "/mgmtconfig/v1/");
  const evidence = new Map<string, unknown[]>();
  const fieldTables = new Map<string, PageField[]>();
  for (const g of groups.values()) {
    const key = resourceOf(g);
    const list = evidence.get(key) ?? [];
    for (const { op } of g.sightings) {
      for (const e of op.examples) {
        const items = e.kind === "response" && g.method === "GET" && !/\}$/.test(g.path) ? itemsOfResponse(e.json) : [e.json];
        for (const j of items) if (j && typeof j === "object" && !Array.isArray(j)) list.push(j);
      }
    }
    evidence.set(key, list);
  }
  // A how-to page's field table describes the page's first created resource.
  for (const page of pages) {
    if (!page.fields.length) continue;
    const firstWrite = page.operations.find((o) => o.method === "POST") ?? page.operations.find((o) => o.method === "PUT");
    if (!firstWrite) continue;
    const key = collectionOf(firstWrite.path).replace(/^\/mgmtconfig\/v2\//, "/mgmtconfig/v1/");
    fieldTables.set(key, [...(fieldTables.get(key) ?? []), ...page.fields]);
  }

  const schemas: Record<string, Schema> = {};
  const schemaNames = new Map<string, string>();
  const nameFor = (key: string): string => {
    const existing = schemaNames.get(key);
    if (existing) return existing;
    const segs = resourceSegments(key);
    const used = (n: string) => taken.has(n) || [...schemaNames.values()].includes(n);
    let name = pascal(segs[segs.length - 1] ?? family.name);
    if (used(name)) name = pascal(segs.slice(-2).join("-"));
    if (used(name)) name = `${pascal(family.name)}${name}`;
    schemaNames.set(key, name);
    taken.add(name);
    return name;
  };
  const ensureResourceSchema = (key: string): string => {
    const name = nameFor(key);
    if (!schemas[name]) {
      const s = inferSchema(evidence.get(key) ?? []);
      const schema: Schema = s.type === "object" ? s : { type: "object" };
      for (const f of fieldTables.get(key) ?? []) {
        const parts = f.name.split(/[:.]/);
        if (parts.length === 1) mergeProperties(schema, { properties: { [f.name]: fieldSchema(f) } });
      }
      schema.description = `${pascal(words(name))} as the API reads and writes it (${family.title}).`;
      schemas[name] = schema;
    }
    return name;
  };
  const ensureWriteSchema = (key: string): string => {
    const name = ensureResourceSchema(key);
    const writeName = `${name}Write`;
    const props = schemas[name]!.properties ?? {};
    const required = [...new Set((fieldTables.get(key) ?? []).filter((f) => f.required && !/[:.]/.test(f.name) && props[f.name]).map((f) => f.name))];
    if (required.length === 0) return name;
    schemas[writeName] ??= {
      description: `What a create or replace of ${words(name)} must send: the record, with the fields the page marks required.`,
      allOf: [{ $ref: `#/components/schemas/${name}` }],
      required,
    };
    return writeName;
  };

  const paths: Record<string, Record<string, Schema>> = {};
  const operationIds = new Set<string>();
  const resources: Record<string, Schema> = {};
  for (const g of [...groups.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    const reference = g.sightings.find((s) => s.page.form === "api-reference");
    const primary = reference ?? g.sightings[0]!;
    const params = new Map<string, { p: PageParameter; ref: boolean }>();
    for (const s of [primary, ...g.sightings.filter((x) => x !== primary)]) {
      for (const p of s.op.parameters) {
        if (p.in === "body" || p.in === "header") continue;
        const k = `${p.in}:${p.name}`;
        // How-to pages name path parameters by other spellings ({Id} for {id}): the canonical path decides.
        if (p.in === "path" && !g.path.includes(`{${p.name}}`)) continue;
        if (!params.has(k)) params.set(k, { p, ref: s.page.form === "api-reference" });
      }
    }
    for (const m of g.path.matchAll(/\{(\w+)\}/g)) if (!params.has(`path:${m[1]}`)) params.set(`path:${m[1]}`, { p: { name: m[1]!, in: "path", required: true }, ref: false });
    const examples = g.sightings.flatMap((s) => s.op.examples);
    const isCollectionGet = g.method === "GET" && !/\}$/.test(g.path);
    const style = isCollectionGet ? listStyle(examples, [...params.values()].map((x) => x.p)) : undefined;
    const isList = style !== undefined;
    let operationId = operationIdFor(g.method, g.path, isList);
    while (operationIds.has(operationId)) operationId += "Alt";
    operationIds.add(operationId);
    const summary = summaryFor(g.method, g.path, isList, family.title);

    const codes = new Set<string>(reference ? reference.op.responses : []);
    const howToCodes = g.sightings.filter((s) => s.page.form === "how-to").flatMap((s) => s.op.responses);
    const notes: Schema[] = [];
    if (!reference) howToCodes.forEach((c) => codes.add(c));
    if (![...codes].some((c) => c.startsWith("2"))) codes.add(DEFAULT_SUCCESS[g.method]!);
    const refSuccess = reference?.op.responses.filter((c) => c.startsWith("2")) ?? [];
    for (const s of g.sightings.filter((x) => x.page.form === "how-to")) {
      for (const c of s.op.responses.filter((c) => c.startsWith("2") && !codes.has(c))) {
        notes.push({
          topic: "success code",
          conflict: `${s.page.page} says a successful call returns ${c}; the reference page ${reference?.page.page ?? ""} lists ${refSuccess.join(" and ")}.`,
          resolution: `The spec keeps the reference table's ${refSuccess.join(" and ")}, which the public SDKs accept; ${c} on the how-to page is treated as a slip.`,
        });
      }
    }
    ALWAYS.forEach((c) => codes.add(c));

    const repairs = new Map<string, string[]>();
    for (const s of g.sightings) for (const r of s.op.repairs ?? []) repairs.set(`${s.page.page}\u0000${r.quote}`, [...(repairs.get(`${s.page.page}\u0000${r.quote}`) ?? []), r.kind]);
    for (const [k, kinds] of repairs) {
      const [page, quote] = k.split("\u0000");
      notes.push({
        topic: "path as written",
        conflict: `${page} writes the endpoint as \`${quote}\` (${[...new Set(kinds)].join(", ")}).`,
        resolution: `Read as \`${g.path}\`, the path the reference page and the other examples use.`,
      });
    }

    const operation: Schema = {
      operationId,
      summary,
      description: descriptionFor(g.method, isList, summary, family),
      tags: [family.tag],
      "x-doc-source": {
        page: primary.page.page,
        section: primary.op.section || `${g.method} ${g.path}`,
        url: primary.page.source ?? `https://help.zscaler.com/zpa/${primary.page.page}`,
        extracted: today,
        ...(g.sightings.length > 1
          ? { also: [...new Map(g.sightings.filter((s) => s !== primary).map((s) => [s.page.page, { page: s.page.page, section: s.op.section || `${g.method} ${g.path}` }])).values()] }
          : {}),
      },
    };
    if (notes.length) operation["x-doc-notes"] = notes;
    const parameters = [...params.values()].filter((x) => x.p.in !== "path").map((x) => parameterFor(x.p, x.ref));
    if (parameters.length) operation.parameters = parameters;

    const key = resourceOf(g);
    if (["POST", "PUT", "PATCH"].includes(g.method)) {
      const requestExamples = examples.filter((e) => e.kind !== "response");
      const hasBody = requestExamples.length > 0 || (fieldTables.get(key)?.length ?? 0) > 0 && !/\/(activate|deactivate|reorder|share|move)$/.test(g.path);
      if (hasBody) {
        const arrayBody = requestExamples.length > 0 && requestExamples.every((e) => Array.isArray(e.json));
        if (arrayBody) {
          const name = `${pascal(operationId)}Request`;
          schemas[name] = { description: `The body of ${operationId}: a list.`, ...inferSchema(requestExamples.map((e) => e.json)) };
          operation.requestBody = { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } } };
        } else {
          operation.requestBody = { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${ensureWriteSchema(key)}` } } } };
        }
      }
    }
    const responses: Schema = {};
    for (const code of [...codes].sort()) {
      if (code.startsWith("2")) {
        const hasJson = g.method === "GET" || (code !== "204" && (g.method === "POST" || examples.some((e) => e.kind === "response")));
        if (!hasJson) {
          responses[code] = { description: "Done; the answer has no body." };
          continue;
        }
        let schemaRef: string;
        if (isList && style === "page") {
          const item = ensureResourceSchema(key);
          const pageName = `${item}Page`;
          schemas[pageName] ??= {
            description: `A page of ${words(item)} records.`,
            allOf: [{ $ref: "#/components/schemas/PageEnvelope" }, { type: "object", properties: { list: { type: "array", items: { $ref: `#/components/schemas/${item}` } } } }],
          };
          schemaRef = pageName;
        } else if (isList && style === "array") {
          const item = ensureResourceSchema(key);
          const listName = `${item}List`;
          schemas[listName] ??= { description: `Every ${words(item)} record, as a bare array.`, type: "array", items: { $ref: `#/components/schemas/${item}` } };
          schemaRef = listName;
        } else {
          const responseExamples = examples.filter((e) => e.kind === "response").map((e) => e.json);
          if (responseExamples.length > 0 && responseExamples.every(Array.isArray)) {
            const name = `${pascal(operationId)}Response`;
            schemas[name] = { description: `The answer of ${operationId}: a list.`, ...inferSchema(responseExamples) };
            schemaRef = name;
          } else if (responseExamples.length > 0 && responseExamples.every((j) => j !== null && typeof j !== "object")) {
            const name = `${pascal(operationId)}Response`;
            schemas[name] = { description: `The answer of ${operationId}.`, ...inferSchema(responseExamples) };
            schemaRef = name;
          } else {
            schemaRef = ensureResourceSchema(key);
          }
        }
        responses[code] = { description: code === "201" ? "Created; the answer is the new record." : "Done.", content: { "application/json": { schema: { $ref: `#/components/schemas/${schemaRef}` } } } };
      } else if (SHARED_RESPONSES[code]) {
        responses[code] = { $ref: `#/components/responses/${SHARED_RESPONSES[code]}` };
      } else {
        responses[code] = { description: `Error ${code}.`, content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } } };
      }
    }
    operation.responses = responses;

    const pathItem = (paths[g.path] ??= {});
    const pathParams = [...params.values()].filter((x) => x.p.in === "path").map((x) => parameterFor(x.p, x.ref));
    if (pathParams.length && !pathItem.parameters) pathItem.parameters = pathParams;
    pathItem[g.method.toLowerCase()] = operation;

    // Resource facts: a collection with a create or list, and its item path.
    const item = /\}$/.test(g.path) ? g.path : undefined;
    const name = schemaNames.get(key);
    if (name && (item || isList || g.method === "POST")) {
      const r = (resources[name] ??= { schema: `#/components/schemas/${name}` });
      if (item && (g.method === "GET" || !r.item)) {
        r.item = g.path;
        r.idParam = /\{(\w+)\}$/.exec(g.path)![1];
        r.idField = "id";
      } else if (!item && (!r.collection || !isVersion2(g.path))) r.collection = g.path;
    }
  }
  for (const [name, r] of Object.entries(resources)) {
    const props = schemas[name]?.properties ?? {};
    r.serverManaged = ["id", "creationTime", "modifiedTime", "modifiedBy"].filter((f) => props[f]);
    if (r.serverManaged.length === 0) delete r.serverManaged;
    if (!r.collection && !r.item) delete resources[name];
  }

  return {
    "x-family": { name: family.name, title: family.title, pages: family.pages },
    tags: [{ name: family.tag, description: `${family.title}: the operations the help pages group under "${family.tag}".` }],
    "x-resources": resources,
    paths,
    components: { schemas },
  };
}
