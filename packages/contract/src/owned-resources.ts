import fc from "fast-check";
import { type RequestContext, type RequestSpec, validRequest } from "./arbitraries/request";
import { validOnly } from "./arbitraries/schema";
import type { Env } from "./engine";
import { applyPrefix, isWrite, itemsOf, type ResourceModel, resourceOf } from "./resources";
import type { OperationModel } from "./spec-model";
import { NOT_JSON, parsedBody } from "./http/parsed-body";
import type { Exchange } from "./types";

/** Parses a JSON body, undefined when it is not JSON. */
export function jsonOf(x: Exchange | undefined): any {
  const parsed = x?.response ? parsedBody(x.response) : undefined;
  return parsed === NOT_JSON ? undefined : parsed;
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

/** A valid create request with the run prefix in its names. */
export function createRequestArb(env: Env, r: ResourceModel): fc.Arbitrary<RequestSpec> {
  const create = r.create!;
  const prefixed = validRequest(requestContextFor(env, create), create).map((req) =>
    req.body && typeof req.body === "object" ? { ...req, body: applyPrefix(req.body as Record<string, unknown>, create.body!.schema, env.prefix, env.emailDomain) } : req,
  );
  return validOnly(prefixed, (req) => !create.body || (env.compile(create.body.pointer)(req.body) as boolean), `a valid ${create.operationId} body carrying the run prefix`);
}

/**
 * Registers the id a create answered with; returns it. The create's own path values (a parent's
 * id, an association type) are kept: the resource is read, changed and removed under them.
 */
export function registerCreated(env: Env, r: ResourceModel, x: Exchange, req?: RequestSpec): string | undefined {
  const body = jsonOf(x);
  const id = body?.[r.idField];
  if (x.response && x.response.status < 300 && typeof id === "string" && id) {
    const path = ownPath(r, req?.path);
    env.owned.push({ resource: r, id, ...(path ? { path } : {}) });
    if (!env.known.has(r.idParam)) env.known.set(r.idParam, new Set());
    env.known.get(r.idParam)!.add(id);
    return id;
  }
  return undefined;
}

/** Creates one resource of this run; returns its id, the request and the exchange. */
export async function createOwned(env: Env, r: ResourceModel, req?: RequestSpec): Promise<{ id?: string; req: RequestSpec; x: Exchange }> {
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
    const { items } = await listAll(env, r);
    const set = env.known.get(r.idParam) ?? new Set<string>();
    for (const it of items.slice(0, 50)) if (typeof it?.[r.idField] === "string") set.add(it[r.idField]);
    env.known.set(r.idParam, set);
  }
}

/** Ids this run owns for a resource, creating one if there is none yet. */
export async function ownedIds(env: Env, r: ResourceModel): Promise<string[]> {
  // Resources created in another scope (a microtenant) are left to the check that made them.
  const mine = () => env.owned.filter((o) => o.resource === r && !o.retired && !o.query).map((o) => o.id);
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
  return { ...base, idPools: pools };
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

/** Removes (or retires) everything this run created; returns what could not be removed. */
export async function cleanupOwned(env: Env): Promise<string[]> {
  const problems: string[] = [];
  for (const o of [...env.owned].reverse()) {
    if (o.retired) continue;
    const path = { ...basePath(env), ...o.path, [o.resource.idParam]: o.id };
    const query = o.query ?? {};
    try {
      if (o.resource.delete) {
        const x = await env.transport.send(o.resource.delete, { path, query });
        if (x.response && (x.response.status < 300 || x.response.status === 404)) o.retired = true;
        else problems.push(`${o.resource.name} ${o.id}: delete answered ${x.response?.status ?? x.error}`);
      } else {
        const retire = o.resource.actions.find((a) => /deactivate|disable|retire/i.test(a.path));
        if (retire) {
          await env.transport.send(retire, { path, query });
          o.retired = true;
        }
      }
    } catch (e) {
      problems.push(`${o.resource.name} ${o.id}: ${(e as Error).message}`);
    }
  }
  return problems;
}
