import fc from "fast-check";
import { type RequestContext, type RequestSpec, validRequest } from "./arbitraries/request";
import { GenerationError, mergeAllOf, schemaArbitrary, validOnly } from "./arbitraries/schema";
import type { Env } from "./engine";
import { actionOf, allowedFlag, applyPrefix, isWrite, itemsOf, listShapeOf, referringLists, type ResourceModel, resourceOf } from "./resources";
import type { OperationModel } from "./spec-model";
import { NOT_JSON, parsedBody } from "./http/parsed-body";
import type { Exchange } from "./types";
import { prerequisitesOf } from "./dependency-order";
import { fillReferences, isRequiredReference, referenceRoot, referenceValues } from "./reference-fields";
import { cleanupRanks, needsFirst, requiredReferences, resourceGraph } from "./resource-dependencies";

/** A fresh run prefix (`zpact-` and lower-case letters and digits): what every resource of a run is named with. */
export function newRunPrefix(): string {
  return `zpact-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Parses a JSON body, undefined when it is not JSON. */
export function jsonOf(x: Exchange | undefined): any {
  const parsed = x?.response ? parsedBody(x.response) : undefined;
  return parsed === NOT_JSON ? undefined : parsed;
}

/**
 * An item's id as a string. Ids are int64 carried as JSON strings, but a server may answer numbers:
 * those are kept too, and one too large for a double is read back from the body text as the
 * server wrote it (JSON.parse has rounded it).
 */
export function idOf(item: any, field: string, x?: Exchange): string | undefined {
  const v = item?.[field];
  if (typeof v === "string") return v || undefined;
  if (typeof v !== "number" || !Number.isInteger(v)) return undefined;
  if (Number.isSafeInteger(v)) return String(v);
  const key = JSON.stringify(field).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const m of (x?.response?.body ?? "").matchAll(new RegExp(`${key}\\s*:\\s*(-?\\d+)(?![\\d.eE])`, "g"))) if (Number(m[1]) === v) return m[1];
  return undefined;
}

/** One sample of an arbitrary, reproducible from the run seed. */
export function sample<T>(env: Env, arb: fc.Arbitrary<T>, salt: string): T {
  // A draw counter, not the number of owned resources: concurrent lanes must not draw the same body.
  const n = (draws.get(env) ?? 0) + 1;
  draws.set(env, n);
  return fc.sample(arb, { seed: env.seed ^ salt.length ^ (n * 7919), numRuns: 1 })[0];
}
const draws = new WeakMap<Env, number>();

/** The path values an operation needs besides its id (the tenant). */
export function basePath(env: Env): Record<string, string> {
  return env.baseContext().fixedParams;
}

/**
 * A valid create request with the run prefix in its names. On a stateful, writable target its
 * references hold the run's prerequisites (see {@link ensurePrerequisites}): obtain them first.
 */
export function createRequestArb(env: Env, r: ResourceModel): fc.Arbitrary<RequestSpec> {
  const create = r.create!;
  const prefixed = validRequest(requestContextFor(env, create), create).map((req) =>
    req.body && typeof req.body === "object" ? { ...req, body: applyPrefix(req.body as Record<string, unknown>, create.body!.schema, env.prefix, env.emailDomain) } : req,
  );
  return validOnly(prefixed, (req) => !create.body || (env.compile(create.body.pointer)(req.body) as boolean), `a valid ${create.operationId} body carrying the run prefix`);
}

/** An instance a create refers to: its id, and the record the target answered (for references by another field, `key`). */
interface Prerequisite {
  id: string;
  record?: Record<string, unknown>;
}

/** Per run: one prerequisite per resource, shared by every create that refers to it (in flight, then settled). */
const prerequisites = new WeakMap<Env, { pending: Map<string, Promise<Prerequisite | undefined>>; ready: Map<string, Prerequisite | undefined> }>();
/** Owned entries that are prerequisites: checks never change or delete them (others still point at them). */
const prerequisiteEntries = new WeakSet<Env["owned"][number]>();

/** Prerequisites are created only where what is created stays (stateful) and writing is allowed. */
function usesPrerequisites(env: Env): boolean {
  return env.stateful && env.writes;
}

function prerequisiteCache(env: Env) {
  let cache = prerequisites.get(env);
  if (!cache) prerequisites.set(env, (cache = { pending: new Map(), ready: new Map() }));
  return cache;
}

/**
 * A create or update request whose references hold real values: the parent's id in the path, required
 * references the prerequisite's id (or its `key` field), optional ones a prerequisite the run has
 * anyway when that one does not itself need `r`; optional ones without such a value are taken out
 * rather than sent dangling. Required ones without a prerequisite keep their generated value.
 */
function withPrerequisites(env: Env, r: ResourceModel, req: RequestSpec): RequestSpec {
  const { ready } = prerequisiteCache(env);
  const graph = resourceGraph(env.resources);
  const required = requiredReferences(r);
  const scope = scopeOf(env, r);
  const path = Object.fromEntries(Object.entries(req.path).map(([k, v]) => [k, k === r.idParam ? v : (scope[k] ?? v)]));
  const valueOf = (ref: (typeof required)[number]) => {
    const p = ready.get(ref.resource);
    if (!p || (!required.includes(ref) && needsFirst(graph, ref.resource, r.name))) return undefined;
    const v = ref.key ? p.record?.[ref.key] : p.id;
    return typeof v === "string" || typeof v === "number" ? String(v) : undefined;
  };
  const refs = (r.references ?? []).filter((ref) => !required.includes(ref) || valueOf(ref) !== undefined);
  const body = refs.length && req.body && typeof req.body === "object" ? fillReferences(req.body, refs, valueOf, { ...req.query, ...path }) : req.body;
  return { ...req, path, ...(req.body !== undefined ? { body } : {}) };
}

/**
 * Obtains, once per run, an instance of everything a create of `r` needs first (its parent and its
 * required references, transitively), in dependency order: created with the run prefix where the
 * API can create it, else one the target listed. Throws a `DependencyCycleError` naming the cycle
 * when the spec's references allow no order. Does nothing unless the target is stateful and writable.
 */
export async function ensurePrerequisites(env: Env, r: ResourceModel): Promise<void> {
  if (!usesPrerequisites(env)) return;
  const byName = new Map(env.resources.map((x) => [x.name, x]));
  const graph = resourceGraph(env.resources);
  for (const name of prerequisitesOf(graph, r.name)) {
    const dep = byName.get(name);
    if (name !== r.name && dep) await prerequisite(env, dep);
  }
  // A reference required only under a path value (a key's `zcomponentId` when `associationType=CONNECTOR_GRP`)
  // is required in the run's scope when that holds there.
  const scope = scopeOf(env, r);
  for (const ref of r.references ?? []) {
    if (typeof ref.when !== "string") continue;
    const [k, v] = ref.when.split("=");
    const dep = byName.get(ref.resource);
    if (!dep || dep === r || scope[k!] !== v || !isRequiredReference(r.create?.body?.schema, { ...ref, when: undefined })) continue;
    for (const name of prerequisitesOf(graph, dep.name)) {
      const d = byName.get(name);
      if (d && d !== r) await prerequisite(env, d);
    }
  }
}

function prerequisite(env: Env, r: ResourceModel): Promise<Prerequisite | undefined> {
  const { pending, ready } = prerequisiteCache(env);
  let p = pending.get(r.name);
  if (!p) {
    p = obtainPrerequisite(env, r).then((got) => {
      ready.set(r.name, got);
      return got;
    });
    pending.set(r.name, p);
  }
  return p;
}

/** Per run: the operations under test. A prerequisite is created only through a create among them. */
const runScope = new WeakMap<Env, ReadonlySet<OperationModel>>();

/**
 * Limits the creates a run sends for prerequisites to the operations under test: a target that
 * implements part of the spec (the twin) is never sent the rest; what it cannot create is referred
 * to by an id it lists.
 */
export function limitPrerequisitesTo(env: Env, underTest: ReadonlySet<OperationModel>): void {
  runScope.set(env, underTest);
}

/** Per run: why a prerequisite could not be built, by resource name (reported as notes of the run). */
const unbuildable = new WeakMap<Env, Map<string, string>>();

/** The prerequisites the generator could not build a valid create body for, with why. */
export function prerequisiteProblems(env: Env): string[] {
  return [...(unbuildable.get(env) ?? [])].map(([name, why]) => `Could not build the prerequisite ${name} (${why}); the checks that need one report it where they run.`);
}

/**
 * A body the spec's schema allows but the generator cannot find is the suite's problem with one
 * resource, not the run's: the prerequisite is taken from what the target lists instead, and the
 * checks that need a new one fail on their own.
 */
function sampleOrNote<T>(env: Env, r: ResourceModel, arb: fc.Arbitrary<T>, salt: string): T | undefined {
  try {
    return sample(env, arb, salt);
  } catch (e) {
    if (!(e instanceof GenerationError)) throw e;
    let problems = unbuildable.get(env);
    if (!problems) unbuildable.set(env, (problems = new Map()));
    problems.set(r.name, e.message);
    return undefined;
  }
}

async function obtainPrerequisite(env: Env, r: ResourceModel): Promise<Prerequisite | undefined> {
  const req = r.create && (runScope.get(env)?.has(r.create) ?? true) ? sampleOrNote(env, r, createRequestArb(env, r), `${r.name} prerequisite`) : undefined;
  if (req) {
    const x = await env.transport.send(r.create!, req);
    const before = env.owned.length;
    const id = registerCreated(env, r, x, req);
    for (const o of env.owned.slice(before)) prerequisiteEntries.add(o);
    if (id) return { id, record: jsonOf(x) };
  }
  // Not creatable here (or refused): one the target already has, which is only referred to, never written.
  if (r.keys) return readFirstKey(env, r);
  const mine = new Set(env.owned.filter((o) => o.resource === r).map((o) => o.id));
  const listed = [...knownIds(env, r)].find((id) => !mine.has(id));
  return listed ? { id: listed } : undefined;
}

/** Obtains the prerequisites of every resource whose create or update is under test, before any check builds a body. */
export async function preparePrerequisites(env: Env, underTest: ReadonlySet<OperationModel>): Promise<void> {
  const written = new Set<ResourceModel>();
  for (const op of underTest) {
    const r = writtenResource(env.resources, op);
    if (r) written.add(r);
  }
  for (const r of env.resources) if (written.has(r)) await ensurePrerequisites(env, r);
  // A bulk wrapper or an action may need what the record alone does not (the portals every link of
  // a bulk create goes on, the Microtenants a share names).
  const byName = new Map(env.resources.map((x) => [x.name, x]));
  const graph = resourceGraph(env.resources);
  for (const op of underTest) {
    const r = writtenResource(env.resources, op);
    if (!r || !usesPrerequisites(env) || r.create === op || r.update === op) continue;
    for (const ref of variantReferences(r, op)) {
      for (const name of prerequisitesOf(graph, ref.resource)) {
        const dep = byName.get(name);
        if (dep && dep !== r && !needsFirst(graph, dep.name, r.name)) await prerequisite(env, dep);
      }
    }
  }
}

/** References of `r` whose field starts at a property a variant's body (a bulk wrapper, an action) cannot leave out. */
function variantReferences(r: ResourceModel, op: OperationModel): NonNullable<ResourceModel["references"]> {
  const required = new Set<string>(mergeAllOf(op.body?.schema ?? {}).required ?? []);
  return (r.references ?? []).filter((ref) => ref.when === undefined && required.has(referenceRoot(ref.field)));
}

/**
 * Registers the id a create answered with; returns it. The create's own path values (a parent's
 * id, an association type) are kept: the resource is read, changed and removed under them. With
 * `cleanupOnly` it is only removed at the end, and undefined is returned.
 */
export function registerCreated(env: Env, r: ResourceModel, x: Exchange, req?: RequestSpec, cleanupOnly = false): string | undefined {
  const id = idOf(jsonOf(x), r.idField, x);
  if (x.response && x.response.status < 300 && id) {
    const path = ownPath(r, req?.path);
    // Made by a target that does not keep state: removed at the end, and never read, changed or
    // referenced (it may not be there).
    if (cleanupOnly) {
      env.owned.push({ resource: r, id, cleanupOnly: true, ...(path ? { path } : {}) });
      return undefined;
    }
    env.owned.push({ resource: r, id, ...(path ? { path } : {}) });
    knownIds(env, r).add(id);
    return id;
  }
  return undefined;
}

/** Creates one resource of this run; returns its id, the request and the exchange. */
export async function createOwned(env: Env, r: ResourceModel, req?: RequestSpec): Promise<{ id?: string; req: RequestSpec; x: Exchange }> {
  await ensurePrerequisites(env, r);
  const request = req ?? sample(env, createRequestArb(env, r), r.name);
  const x = await env.transport.send(r.create!, request);
  let id = registerCreated(env, r, x, request);
  // A create of the one record there is may answer no body: its id is in what the collection reads.
  if (!id && r.singleton && x.response && x.response.status < 300) id = registerCreated(env, r, await readSingleton(env, r), request);
  return { id, req: request, x };
}

/** Reads the one record of a singleton resource. */
function readSingleton(env: Env, r: ResourceModel): Promise<Exchange> {
  return env.transport.send(r.singleton!, { path: { ...basePath(env), ...scopeOf(env, r) }, query: {} });
}

/** Marks a resource of this run as gone (deleted): never cleaned up, and no longer an id to read or reference. */
export function markDeleted(env: Env, r: ResourceModel, id: string): void {
  for (const o of env.owned) if (o.resource === r && o.id === id) o.retired = true;
  env.known.get(r.name)?.delete(id);
}

/** The values a create's path gave to the item path's other parameters (not the tenant, not the id). */
function ownPath(r: ResourceModel, createPath: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!createPath) return undefined;
  const params = [...r.itemPath.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!).filter((p) => p !== r.idParam && p !== "customerId");
  const out = Object.fromEntries(params.filter((p) => createPath[p] !== undefined).map((p) => [p, createPath[p]!]));
  return Object.keys(out).length ? out : undefined;
}

/** The path values of an item: the tenant, its parent's (the create's, or where it was listed), and its id. */
export function itemPath(env: Env, r: ResourceModel, id: string): Record<string, string> {
  const owned = env.owned.find((o) => o.resource === r && o.id === id && o.path);
  return { ...basePath(env), ...scopeOf(env, r), ...owned?.path, [r.idParam]: id };
}

/** Ids of a resource the run may name: listed by the target, or created by this run (keys, for a resource looked up by key). */
export function knownIds(env: Env, r: ResourceModel): Set<string> {
  let ids = env.known.get(r.name);
  if (!ids) env.known.set(r.name, (ids = new Set()));
  return ids;
}

/**
 * The path values a run lists, creates and reads a resource under, besides the tenant and its id:
 * its parent (the rules of one policy set: the run's prerequisite, else the first the target has)
 * and a closed-set path value (a provisioning key's `associationType`: the first one documented).
 * One scope per resource, so what the run creates is in the list it walks.
 */
export function scopeOf(env: Env, r: ResourceModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of scopeParams(r)) {
    if ("value" in p) {
      out[p.name] = p.value;
      continue;
    }
    const id = prerequisiteCache(env).ready.get(p.parent)?.id ?? discoveredParents.get(env)?.get(r.name);
    if (id !== undefined) out[p.name] = id;
  }
  return out;
}

/** A path parameter a resource's scope gives a value to: its parent's id (the run's), or the first of a closed set. */
type ScopeParam = { name: string; parent: string } | { name: string; value: string };

/** Per resource: its scope's parameters, which its paths fix; only the parents' ids change during a run. */
const scopeParamsOf = new WeakMap<ResourceModel, readonly ScopeParam[]>();

function scopeParams(r: ResourceModel): readonly ScopeParam[] {
  const known = scopeParamsOf.get(r);
  if (known) return known;
  const collection = r.list ?? r.create;
  const out: ScopeParam[] = [];
  for (const [, name] of (collection?.path ?? r.itemPath).matchAll(/\{([^}]+)\}/g)) {
    if (name === r.idParam || name === "customerId") continue;
    if (r.parent?.param === name) {
      out.push({ name, parent: r.parent.resource });
      continue;
    }
    const e = collection?.params.find((p) => p.name === name && p.in === "path")?.schema.enum;
    if (Array.isArray(e) && typeof e[0] === "string") out.push({ name: name!, value: e[0] });
  }
  scopeParamsOf.set(r, out);
  return out;
}

/** Per run: the parent record (by id) a child resource was listed under during discovery. */
const discoveredParents = new WeakMap<Env, Map<string, string>>();

/** The id of the first record of a parent resource, as a child's path names it (a keyed parent's is read by its first key). */
async function firstParentId(env: Env, parent: ResourceModel): Promise<string | undefined> {
  return parent.keys ? (await readFirstKey(env, parent))?.id : [...knownIds(env, parent)][0];
}

/** A record looked up by key (a policy set by type), read by its first key: what others refer to is its id. */
async function readFirstKey(env: Env, r: ResourceModel): Promise<Prerequisite | undefined> {
  const key = [...knownIds(env, r)][0];
  if (key === undefined) return undefined;
  const x = await env.transport.send(r.get!, { path: itemPath(env, r, key), query: {} });
  const id = x.response?.status === 200 ? idOf(jsonOf(x), r.idField, x) : undefined;
  return id ? { id, record: jsonOf(x) } : undefined;
}

/** Reads a resource by id. */
export async function readResource(env: Env, r: ResourceModel, id: string, query: Record<string, unknown> = {}): Promise<Exchange> {
  return env.transport.send(r.get!, { path: itemPath(env, r, id), query });
}

/** Walks a list once with the largest page size and returns every item (bounded). */
export async function listAll(env: Env, r: ResourceModel, pageSize?: number, extraQuery: Record<string, unknown> = {}, extraPath: Record<string, string> = {}): Promise<{ items: any[]; exchanges: Exchange[]; error?: string }> {
  const shape = r.listShape;
  if (!r.list || !shape) return { items: [], exchanges: [], error: "no list operation" };
  const size = pageSize ?? shape.sizeParam?.max ?? 500;
  const items: any[] = [];
  const exchanges: Exchange[] = [];
  let cursor: string | undefined;
  // A list that cannot be asked without a value (predefined controls by `version`) is asked with the documented one.
  const required = Object.fromEntries(r.list.params.filter((p) => p.in === "query" && p.required && extraQuery[p.name] === undefined).map((p) => [p.name, p.schema.default ?? p.schema.examples?.[0] ?? p.schema.example ?? p.schema.enum?.[0]]));
  for (let page = 1; page <= 1000; page++) {
    const query: Record<string, unknown> = { ...required, ...extraQuery };
    if (shape.sizeParam) query[shape.sizeParam.name] = size;
    if (shape.pageParam) query[shape.pageParam] = page;
    if (shape.cursorParam && cursor) query[shape.cursorParam] = cursor;
    const x = await env.transport.send(r.list, { path: { ...basePath(env), ...scopeOf(env, r), ...extraPath }, query });
    exchanges.push(x);
    if (x.response?.status !== 200) return { items, exchanges, error: `page ${page} answered ${x.response?.status ?? x.error}` };
    const body = jsonOf(x);
    const got = itemsOf(shape, body);
    if (!got) return { items, exchanges, error: `page ${page} holds no list` };
    items.push(...got);
    if (shape.cursorParam && shape.nextProp) {
      cursor = body?.[shape.nextProp];
      if (!cursor) return { items, exchanges };
    } else if (shape.pageParam && shape.totalPagesProp && !Array.isArray(body)) {
      if (page >= Number(body?.[shape.totalPagesProp] ?? 1)) return { items, exchanges };
    } else return { items, exchanges };
  }
  return { items, exchanges, error: "more than 1000 pages" };
}

/**
 * Fills `env.known` with ids the target lists (reads only), parents first: a child resource
 * (rules of a policy set) is listed under its parent's first record (see {@link scopeOf}).
 */
export async function discoverIds(env: Env): Promise<void> {
  const byName = new Map(env.resources.map((r) => [r.name, r]));
  const depth = (r: ResourceModel, seen = new Set<string>()): number => {
    const p = r.parent && !seen.has(r.name) ? byName.get(r.parent.resource) : undefined;
    return p ? 1 + depth(p, seen.add(r.name)) : 0;
  };
  // Lists by another resource's id come last: they ask for that one's ids.
  const ordered = [...env.resources].sort((a, b) => depth(a) + (a.listsBy ? 100 : 0) - depth(b) - (b.listsBy ? 100 : 0));
  for (const r of ordered) {
    if (r.keys) {
      for (const key of r.keys) knownIds(env, r).add(key);
      continue;
    }
    if (r.listsBy) {
      const by = byName.get(r.listsBy);
      for (const id of by ? knownIds(env, by) : []) knownIds(env, r).add(id);
      continue;
    }
    if (r.singleton) {
      // An error's body has an `id` too (`not.implemented`), which is no record's.
      const x = await readSingleton(env, r);
      const id = x.response?.status === 200 ? idOf(jsonOf(x), r.idField, x) : undefined;
      if (id) knownIds(env, r).add(id);
      continue;
    }
    if (!r.list) continue;
    const parent = r.parent && byName.get(r.parent.resource);
    let listed: Awaited<ReturnType<typeof listAll>> | undefined;
    if (parent) {
      // The first parent that holds any (the first IdP may have no SCIM attributes), among a few.
      const candidates = parent.keys ? [await firstParentId(env, parent)] : [...knownIds(env, parent)].slice(0, 5);
      for (const id of candidates) {
        if (id === undefined) continue;
        if (!discoveredParents.has(env)) discoveredParents.set(env, new Map());
        discoveredParents.get(env)!.set(r.name, id);
        listed = await listAll(env, r);
        if (listed.items.length) break;
      }
      if (!listed) continue;
    }
    const { items, exchanges } = listed ?? (await listAll(env, r));
    for (const it of items.slice(0, 50)) {
      const id = exchanges.map((x) => idOf(it, r.idField, x)).find((v) => v !== undefined);
      if (id) knownIds(env, r).add(id);
      for (const ref of r.references ?? []) for (const v of referenceValues(it, ref.field)) referencedIds(env).add(`${ref.resource}\u0000${v}`);
    }
  }
  if (env.writeExisting) await discoverListedOnlyReferences(env, byName);
}

/**
 * Records that are only listed (no item path, so no resource of the run: connected VPN users), and
 * resources out of play, still refer to others, which are then in use: a delete of a record the run
 * did not create avoids them.
 */
async function discoverListedOnlyReferences(env: Env, inPlay: ReadonlyMap<string, ResourceModel>): Promise<void> {
  for (const { name, list, listShape, references } of referringLists(env.model)) {
    if (inPlay.has(name)) continue;
    const { items } = await listAll(env, { name, idParam: "", idField: "id", itemPath: list.path, actions: [], source: "x-resources", list, listShape });
    for (const it of items) for (const ref of references) for (const v of referenceValues(it, ref.field)) referencedIds(env).add(`${ref.resource}\u0000${v}`);
  }
}

/** Per run: records the run did not create that a write on a disposable target removed or set aside. */
const usedExisting = new WeakMap<Env, Set<string>>();

/** Per run: records that records listed during discovery refer to (`resource\0id`): deleting them is refused as in use. */
const referenced = new WeakMap<Env, Set<string>>();
function referencedIds(env: Env): Set<string> {
  if (!referenced.has(env)) referenced.set(env, new Set());
  return referenced.get(env)!;
}

/**
 * Records the run did not create that its writes may go to: only on a target said to be disposable
 * (`writeExisting`), only for a resource the API cannot create, and never one a create of the run
 * refers to. Empty otherwise.
 */
export function existingIds(env: Env, r: ResourceModel): string[] {
  if (!env.writeExisting || r.create || r.keys) return [];
  const used = usedExisting.get(env);
  const referred = prerequisiteCache(env).ready.get(r.name)?.id;
  return [...knownIds(env, r)].filter((id) => id !== referred && !used?.has(`${r.name}\u0000${id}`));
}

/**
 * Takes a record the run did not create for a write that removes it (a delete), one no listed
 * record refers to (the API refuses to delete what is in use); it is not handed out again.
 */
function takeExisting(env: Env, r: ResourceModel): string | undefined {
  const id = deletableExisting(env, r)[0];
  if (id === undefined) return undefined;
  if (!usedExisting.has(env)) usedExisting.set(env, new Set());
  usedExisting.get(env)!.add(`${r.name}\u0000${id}`);
  return id;
}

/** The records {@link takeExisting} may hand out for deletes: half of those no listed record refers to, so later checks still find some. */
export function deletableExisting(env: Env, r: ResourceModel): string[] {
  const free = existingIds(env, r).filter((id) => !referencedIds(env).has(`${r.name}\u0000${id}`));
  const used = [...(usedExisting.get(env) ?? [])].filter((k) => k.startsWith(`${r.name}\u0000`)).length;
  return free.slice(0, Math.max(0, Math.ceil((free.length + used) / 2) - used));
}

/** Where a write check gets the record each run changes (see {@link recordsToWrite}). */
export interface RecordsToWrite {
  /** The records the run did not create that it writes, where the API can create none; undefined when it creates its own. */
  existing?: string[];
  /** The next record's id: undefined when none could be created, or none is left to use up. */
  next(): Promise<string | undefined>;
}

/**
 * The records a write check changes: where the API can create none, those the run did not create
 * ({@link existingIds}, in turn, or each used up once with `usesUp`, as a delete does); else one the
 * run creates for each run.
 */
export function recordsToWrite(env: Env, r: ResourceModel, { usesUp = false } = {}): RecordsToWrite {
  if (r.create) return { next: async () => (await createOwned(env, r)).id };
  const existing = existingIds(env, r);
  let n = 0;
  return { existing, next: async () => (usesUp ? takeExisting(env, r) : existing[n++ % existing.length]) };
}

/** Ids this run owns for a resource, creating one if there is none yet. */
export async function ownedIds(env: Env, r: ResourceModel): Promise<string[]> {
  // Resources created in another scope (a microtenant) are left to the check that made them.
  // Prerequisites are left alone too: other resources of the run point at them.
  const mine = () => env.owned.filter((o) => o.resource === r && !o.retired && !o.query && !o.cleanupOnly && !prerequisiteEntries.has(o)).map((o) => o.id);
  let ids = mine();
  if (!ids.length && r.create && env.writes) {
    await createOwned(env, r);
    ids = mine();
  }
  return ids.length ? ids : existingIds(env, r);
}

/**
 * The request context for an operation. On a stateful target, ids in paths and bodies come from
 * the target (reads) or from resources this run created (writes); on a mock they are generated.
 */
export function requestContextFor(env: Env, op: OperationModel, ownedOnly?: string[]): RequestContext {
  const base = env.baseContext();
  if (!env.stateful && env.mock) return base;
  // Body fields and other path parameters by name (ids of every resource using that name), then the
  // operation's own resource and its parent by resource: a shared name (`id`) never mixes resources.
  const byParam = new Map<string, Set<string>>();
  for (const x of env.resources) {
    const ids = env.known.get(x.name);
    if (!ids?.size || x.keys) continue;
    for (const name of [x.idParam, ...(x.idAliases ?? [])]) {
      if (!byParam.has(name)) byParam.set(name, new Set());
      for (const id of ids) byParam.get(name)!.add(id);
    }
  }
  const pools: Record<string, fc.Arbitrary<string>> = {};
  for (const [param, ids] of byParam) pools[param] = fc.constantFrom(...ids);
  const { r, by, written, located, ordered } = operationFacts(env.resources, op);
  const own = r && env.known.get(r.name);
  if (r && own?.size) pools[r.idParam] = fc.constantFrom(...own);
  // A parent's id under any other name-alike operation (`/policySet/{policySetId}/reorder`): the scope's.
  for (const x of scopedResources(env.resources)) for (const [param, v] of Object.entries(scopeOf(env, x))) pools[param] ??= fc.constant(v);
  if (r) for (const [param, v] of Object.entries(scopeOf(env, r))) pools[param] = fc.constant(v);
  if (by) for (const [param, v] of Object.entries(scopeOf(env, by))) pools[param] = fc.constant(v);
  // No id of the run's own yet: a well-formed stand-in, which the check replaces with the one it creates.
  if (r && ownedOnly && !r.keys) pools[r.idParam] = ownedOnly.length ? fc.constantFrom(...ownedOnly) : idArbitrary(r, op);
  // A create or update names what it refers to: the run's prerequisites, not ids that may not exist.
  const writes = usesPrerequisites(env) ? written : undefined;
  const locate = (req: RequestSpec): RequestSpec => {
    const id = located && req.path[located.idParam];
    if (id === undefined || !located) return req;
    const at = itemPath(env, located, id);
    return { ...req, path: Object.fromEntries(Object.entries(req.path).map(([k, v]) => [k, at[k] ?? v])) };
  };
  // Filling may not fit every variant's schema (a bulk wrapper, a v2 body): a variant it would make invalid goes unfilled.
  const fill = (req: RequestSpec): RequestSpec => {
    const filled = withPrerequisitesEach(env, writes!, req);
    return !op.body || filled.body === undefined || env.compile(op.body.pointer)(filled.body) ? filled : req;
  };
  const refine = writes ? (req: RequestSpec) => locate(fill(req)) : located ? locate : undefined;
  // A position within the scope, or the scope's whole order: values only the target's state gives.
  const scopeIds = ordered && scopeOrders.get(env)?.get(ordered.name);
  let body: fc.Arbitrary<unknown> | undefined;
  if (scopeIds?.length && ordered!.order!.move?.op === op) pools[ordered!.order!.move.param] = fc.integer({ min: 1, max: scopeIds.length }).map(String);
  if (scopeIds && ordered!.order!.replace === op) body = fc.shuffledSubarray(scopeIds, { minLength: scopeIds.length, maxLength: scopeIds.length });
  return { ...base, idPools: pools, ...(refine ? { refine } : {}), ...(body ? { body } : {}) };
}

/** The resources an operation's requests take their ids and path values from, which the run's resources fix. */
interface OperationFacts {
  /** The resource the operation acts on by id. */
  r?: ResourceModel;
  /** The resource a list by another's id is asked under (a SCIM attribute's values under its IdP): its scope applies. */
  by?: ResourceModel;
  /** The resource whose record a write's body describes. */
  written?: ResourceModel;
  /** `r`, when the operation names an item by id: sent under the path values the item lives under (the create's, or its scope). */
  located?: ResourceModel;
  /** The ordered resource the operation moves records of. */
  ordered?: ResourceModel;
}

/** Per set of resources in play: each operation's facts, and the resources that have a scope. */
const factsOf = new WeakMap<readonly ResourceModel[], { operations: Map<OperationModel, OperationFacts>; scoped: ResourceModel[] }>();

function factsFor(resources: readonly ResourceModel[]) {
  let facts = factsOf.get(resources);
  if (!facts) factsOf.set(resources, (facts = { operations: new Map(), scoped: resources.filter((x) => scopeParams(x).length) }));
  return facts;
}

function operationFacts(resources: ResourceModel[], op: OperationModel): OperationFacts {
  const { operations } = factsFor(resources);
  let facts = operations.get(op);
  if (!facts) {
    const r = resourceOf(resources, op);
    const by = r?.listsBy ? resources.find((x) => x.name === r.listsBy) : undefined;
    facts = {
      r,
      by,
      written: writtenResource(resources, op),
      located: r && op.path.includes(`{${r.idParam}}`) ? r : undefined,
      ordered: resources.find((x) => x.order?.move?.op === op || x.order?.replace === op),
    };
    operations.set(op, facts);
  }
  return facts;
}

/** The resources whose scope gives any path value, in order. */
function scopedResources(resources: readonly ResourceModel[]): readonly ResourceModel[] {
  return factsFor(resources).scoped;
}

/** Per run: the ids of an ordered resource's scope as last listed, for the operations that move them. */
const scopeOrders = new WeakMap<Env, Map<string, string[]>>();

/**
 * Before the checks of an operation that moves records of an ordered scope: the scope holds a
 * record of the run's own to move, and its ids are listed, since a position must lie within 1..n
 * and a whole new order must name every id of the scope. The suite runs one operation at a time on
 * a stateful target, so the list still holds while the operation's checks run.
 */
export async function prepareOrder(env: Env, op: OperationModel): Promise<void> {
  const r = operationFacts(env.resources, op).ordered;
  // A remote target is never reordered (see writeBlocked), so there is nothing to prepare.
  if (!r || !usesPrerequisites(env) || env.remote) return;
  if (r.order!.move?.op === op) await ownedIds(env, r);
  const { items, exchanges, error } = await listScope(env, r);
  if (error) return;
  const ids = items.map((it) => exchanges.map((x) => idOf(it, r.idField, x)).find((v) => v !== undefined)).filter((id): id is string => id !== undefined);
  if (!scopeOrders.has(env)) scopeOrders.set(env, new Map());
  scopeOrders.get(env)!.set(r.name, ids);
}

/**
 * Every record of an ordered resource's scope: by its list, or by the order's own list, whose path
 * values (a policy type) are the fields of the parent record the scope lives under.
 */
export async function listScope(env: Env, r: ResourceModel): ReturnType<typeof listAll> {
  const list = r.order?.list;
  if (!list) return listAll(env, r);
  const parent = r.parent && env.resources.find((x) => x.name === r.parent!.resource);
  const record = parent && (prerequisiteCache(env).ready.get(parent.name)?.record ?? (parent.keys ? (await readFirstKey(env, parent))?.record : undefined));
  const path: Record<string, string> = {};
  for (const p of list.params) {
    if (p.in !== "path" || p.name === "customerId") continue;
    const v = record?.[p.name];
    if (typeof v !== "string" && typeof v !== "number") return { items: [], exchanges: [], error: `the ${parent?.name ?? "parent"} record names no ${p.name}` };
    path[p.name] = String(v);
  }
  return listAll(env, { ...r, list, listShape: listShapeOf(env.model, list), parent: undefined }, undefined, {}, path);
}

/** Well-formed values of `r`'s id as `op`'s path takes it (digits, or a UUID for isolation profiles). */
export function idArbitrary(r: ResourceModel, op: OperationModel): fc.Arbitrary<string> {
  const schema = op.params.find((p) => p.name === r.idParam)?.schema ?? { type: "string", pattern: "^[0-9]{1,19}$" };
  return (schemaArbitrary(schema) as fc.Arbitrary<unknown>).map(String).filter((id) => id !== "" && id !== "." && id !== "..");
}

/**
 * The resource whose record a write's body describes: the create or update of `x-resources`, or the
 * same under a later API version (`/v2/.../rule` for `/v1/.../rule`), which the pages document as
 * the same records with the same references.
 */
function writtenResource(resources: readonly ResourceModel[], op: OperationModel): ResourceModel | undefined {
  const direct = resources.find((x) => x.create === op || x.update === op);
  if (direct || !op.body) return direct;
  const v1 = op.path.replace(/\/v\d+\//, "/v1/");
  const one = v1.replace(/\/bulk$/, "");
  return (
    resources.find((x) => (op.method === "POST" && x.create?.path === one) || (op.method === "PUT" && x.update?.path === v1)) ??
    // An action with a body (a share) names other records by the resource's reference facts too.
    resources.find((x) => x.actions.includes(op) && (x.references ?? []).some((ref) => mergeAllOf(op.body!.schema ?? {}).properties?.[referenceRoot(ref.field)]))
  );
}

/**
 * A write with its references filled: a bulk body (an array of records, or an object holding one)
 * has each record filled as a single create would be.
 */
function withPrerequisitesEach(env: Env, r: ResourceModel, req: RequestSpec): RequestSpec {
  const each = (records: unknown[]) => records.map((body) => (body && typeof body === "object" && !Array.isArray(body) ? withPrerequisites(env, r, { ...req, body }).body : body));
  const withBody = (body: unknown): RequestSpec => ({ ...withPrerequisites(env, r, { ...req, body: undefined }), body });
  const body = req.body;
  if (Array.isArray(body)) return withBody(each(body));
  if (body && typeof body === "object") {
    // A wrapper holds one list of records, and perhaps references of its own (`userPortals[].id`
    // beside `userPortalLinks`: the portals every link goes on), which are filled as a record's are.
    const own = new Set((r.references ?? []).map((ref) => referenceRoot(ref.field)));
    const lists = Object.entries(body).filter(([k, v]) => !own.has(k) && Array.isArray(v) && v.some((x) => x && typeof x === "object"));
    const [key, records] = lists[0] ?? [];
    if (lists.length === 1 && Object.keys(body).every((k) => k === key || own.has(k))) {
      const { [key!]: _records, ...rest } = body as Record<string, unknown>;
      const filled = Object.keys(rest).length ? withPrerequisites(env, r, { ...req, body: rest }) : withBody(rest);
      return { ...filled, body: { ...(filled.body as Record<string, unknown>), [key!]: each(records as unknown[]) } };
    }
  }
  return withPrerequisites(env, r, req);
}

/** Ids an operation may be sent to: owned ones for writes, any known one for reads. */
export async function idsFor(env: Env, op: OperationModel): Promise<string[] | undefined> {
  const r = resourceOf(env.resources, op);
  if (!r) return undefined;
  if (isWrite(op)) return ownedIds(env, r);
  const known = [...knownIds(env, r)];
  if (!known.length && r.create && env.writes) return ownedIds(env, r);
  return known;
}

/** What cleanup did with one resource. */
export interface CleanupOutcome {
  resource: string;
  id: string;
  /** `deleted`, `deactivated` (or another retiring action), `already gone` (404), `already inactive` (the action is not allowed: it was done before), `kept` (a singleton). */
  outcome: string;
}

/**
 * Removes (or retires, where the API cannot delete) everything this run created; returns what it
 * did and what could not be removed. A retiring action that is refused counts as done only when a
 * read shows the resource is already retired (`allowed<Action>` false): a 409 is not a removal.
 */
export async function cleanupOwned(env: Env): Promise<{ outcomes: CleanupOutcome[]; problems: string[] }> {
  const problems: string[] = [];
  const outcomes: CleanupOutcome[] = [];
  const done = (o: Env["owned"][number], outcome: string) => {
    o.retired = true;
    outcomes.push({ resource: o.resource.name, id: o.id, outcome });
  };
  for (const o of removalOrder(env)) {
    if (o.retired) continue;
    const path = { ...basePath(env), ...o.path, [o.resource.idParam]: o.id };
    const query = o.query ?? {};
    try {
      if (o.resource.delete) {
        const x = await env.transport.send(o.resource.delete, { path, query });
        const status = x.response?.status;
        if (status !== undefined && status < 300) done(o, "deleted");
        else if (status === 404) done(o, "already gone");
        else problems.push(`${o.resource.name} ${o.id}: delete answered ${status ?? x.error}`);
        continue;
      }
      const retire = o.resource.actions.find((a) => /deactivate|disable|retire/i.test(a.path));
      // The tenant's one record (a schedule) was there before the run and stays: nothing was added.
      if (!retire && o.resource.singleton) {
        done(o, "kept (the tenant's only one)");
        continue;
      }
      if (!retire) {
        // Left as it is, prefixed; on the mock nothing was kept in the first place.
        if (!env.mock) problems.push(`${o.resource.name} ${o.id}: the API can neither delete nor deactivate it`);
        continue;
      }
      const action = actionOf(retire);
      const x = await env.transport.send(retire, { path, query });
      const status = x.response?.status;
      if (status !== undefined && status < 300) {
        done(o, `${action}d`);
        continue;
      }
      if (status === 404) {
        done(o, "already gone");
        continue;
      }
      const read = o.resource.get && status !== undefined ? jsonOf(await env.transport.send(o.resource.get, { path, query })) : undefined;
      if (read && read[allowedFlag(action)] === false) done(o, "already inactive");
      else problems.push(`${o.resource.name} ${o.id}: ${action} answered ${status ?? x.error}`);
    } catch (e) {
      problems.push(`${o.resource.name} ${o.id}: ${(e as Error).message}`);
    }
  }
  return { outcomes, problems };
}

/**
 * What cleanup removes, in order: dependents before what they depend on (by the spec's reference
 * order), and within a resource the newest first. A spec whose references form a cycle gets the
 * reverse of creation order, which is still right for what this run created in dependency order.
 */
function removalOrder(env: Env): Env["owned"] {
  const newestFirst = [...env.owned].reverse();
  const ranks = cleanupRanks(env.resources);
  if (!ranks) return newestFirst;
  const rank = (o: Env["owned"][number]) => ranks.get(o.resource.name) ?? ranks.size;
  return newestFirst.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i).map(({ o }) => o);
}
