import fc from "fast-check";
import { type RequestContext, type RequestSpec, validRequest } from "./arbitraries/request";
import { validOnly } from "./arbitraries/schema";
import type { Env } from "./engine";
import { actionOf, allowedFlag, applyPrefix, isWrite, itemsOf, type ResourceModel, resourceOf } from "./resources";
import type { OperationModel } from "./spec-model";
import { NOT_JSON, parsedBody } from "./http/parsed-body";
import type { Exchange } from "./types";
import { prerequisitesOf } from "./dependency-order";
import { fillReferences } from "./reference-fields";
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
  const parent = r.parent && ready.get(r.parent.resource);
  const path = parent && r.parent!.param in req.path ? { ...req.path, [r.parent!.param]: parent.id } : req.path;
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
  for (const name of prerequisitesOf(resourceGraph(env.resources), r.name)) {
    const dep = byName.get(name);
    if (name !== r.name && dep) await prerequisite(env, dep);
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

async function obtainPrerequisite(env: Env, r: ResourceModel): Promise<Prerequisite | undefined> {
  if (r.create && (runScope.get(env)?.has(r.create) ?? true)) {
    const req = sample(env, createRequestArb(env, r), `${r.name} prerequisite`);
    const x = await env.transport.send(r.create, req);
    const before = env.owned.length;
    const id = registerCreated(env, r, x, req);
    for (const o of env.owned.slice(before)) prerequisiteEntries.add(o);
    if (id) return { id, record: jsonOf(x) };
  }
  // Not creatable here (or refused): one the target already has, which is only referred to, never written.
  const mine = new Set(env.owned.filter((o) => o.resource === r).map((o) => o.id));
  const listed = [...(env.known.get(r.idParam) ?? [])].find((id) => !mine.has(id));
  return listed ? { id: listed } : undefined;
}

/** Obtains the prerequisites of every resource whose create or update is under test, before any check builds a body. */
export async function preparePrerequisites(env: Env, underTest: ReadonlySet<OperationModel>): Promise<void> {
  for (const r of env.resources) if ((r.create && underTest.has(r.create)) || (r.update && underTest.has(r.update))) await ensurePrerequisites(env, r);
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
    if (!env.known.has(r.idParam)) env.known.set(r.idParam, new Set());
    env.known.get(r.idParam)!.add(id);
    return id;
  }
  return undefined;
}

/** Creates one resource of this run; returns its id, the request and the exchange. */
export async function createOwned(env: Env, r: ResourceModel, req?: RequestSpec): Promise<{ id?: string; req: RequestSpec; x: Exchange }> {
  await ensurePrerequisites(env, r);
  const request = req ?? sample(env, createRequestArb(env, r), r.name);
  const x = await env.transport.send(r.create!, request);
  return { id: registerCreated(env, r, x, request), req: request, x };
}

/** Marks a resource of this run as gone (deleted): never cleaned up, and no longer an id to read or reference. */
export function markDeleted(env: Env, r: ResourceModel, id: string): void {
  for (const o of env.owned) if (o.resource === r && o.id === id) o.retired = true;
  env.known.get(r.idParam)?.delete(id);
}

/** The values a create's path gave to the item path's other parameters (not the tenant, not the id). */
function ownPath(r: ResourceModel, createPath: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!createPath) return undefined;
  const params = [...r.itemPath.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!).filter((p) => p !== r.idParam && p !== "customerId");
  const out = Object.fromEntries(params.filter((p) => createPath[p] !== undefined).map((p) => [p, createPath[p]!]));
  return Object.keys(out).length ? out : undefined;
}

/** The path values of an item: the tenant, the path values of the create that made it (when this run did), and its id. */
export function itemPath(env: Env, r: ResourceModel, id: string): Record<string, string> {
  const owned = env.owned.find((o) => o.resource === r && o.id === id && o.path);
  return { ...basePath(env), ...owned?.path, [r.idParam]: id };
}

/** Reads a resource by id. */
export async function readResource(env: Env, r: ResourceModel, id: string, query: Record<string, unknown> = {}): Promise<Exchange> {
  return env.transport.send(r.get!, { path: itemPath(env, r, id), query });
}

/** Walks a list once with the largest page size and returns every item (bounded). */
export async function listAll(env: Env, r: ResourceModel, pageSize?: number, extraQuery: Record<string, unknown> = {}): Promise<{ items: any[]; exchanges: Exchange[]; error?: string }> {
  const shape = r.listShape;
  if (!r.list || !shape) return { items: [], exchanges: [], error: "no list operation" };
  const size = pageSize ?? shape.sizeParam?.max ?? 500;
  const items: any[] = [];
  const exchanges: Exchange[] = [];
  let cursor: string | undefined;
  for (let page = 1; page <= 1000; page++) {
    const query: Record<string, unknown> = { ...extraQuery };
    if (shape.sizeParam) query[shape.sizeParam.name] = size;
    if (shape.pageParam) query[shape.pageParam] = page;
    if (shape.cursorParam && cursor) query[shape.cursorParam] = cursor;
    const x = await env.transport.send(r.list, { path: basePath(env), query });
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

/** Fills `env.known` with ids the target lists (reads only). */
export async function discoverIds(env: Env): Promise<void> {
  for (const r of env.resources) {
    if (!r.list) continue;
    const { items, exchanges } = await listAll(env, r);
    const set = env.known.get(r.idParam) ?? new Set<string>();
    for (const it of items.slice(0, 50)) {
      const id = exchanges.map((x) => idOf(it, r.idField, x)).find((v) => v !== undefined);
      if (id) set.add(id);
    }
    env.known.set(r.idParam, set);
  }
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
  return ids;
}

/**
 * The request context for an operation. On a stateful target, ids in paths and bodies come from
 * the target (reads) or from resources this run created (writes); on a mock they are generated.
 */
export function requestContextFor(env: Env, op: OperationModel, ownedOnly?: string[]): RequestContext {
  const base = env.baseContext();
  if (!env.stateful && env.mock) return base;
  const pools: Record<string, fc.Arbitrary<string>> = {};
  for (const [param, ids] of env.known) if (ids.size) pools[param] = fc.constantFrom(...ids);
  const r = resourceOf(env.resources, op);
  if (r && ownedOnly) pools[r.idParam] = ownedOnly.length ? fc.constantFrom(...ownedOnly) : fc.constant("0");
  // A create or update names what it refers to: the run's prerequisites, not ids that may not exist.
  const writes = usesPrerequisites(env) ? env.resources.find((x) => x.create === op || x.update === op) : undefined;
  return { ...base, idPools: pools, ...(writes ? { refine: (req: RequestSpec) => withPrerequisites(env, writes, req) } : {}) };
}

/** Ids an operation may be sent to: owned ones for writes, any known one for reads. */
export async function idsFor(env: Env, op: OperationModel): Promise<string[] | undefined> {
  const r = resourceOf(env.resources, op);
  if (!r) return undefined;
  if (isWrite(op)) return ownedIds(env, r);
  const known = [...(env.known.get(r.idParam) ?? [])];
  if (!known.length && r.create && env.writes) return ownedIds(env, r);
  return known;
}

/** What cleanup did with one resource. */
export interface CleanupOutcome {
  resource: string;
  id: string;
  /** `deleted`, `deactivated` (or another retiring action), `already gone` (404), `already inactive` (the action is not allowed: it was done before). */
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
