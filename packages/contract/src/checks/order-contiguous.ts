import fc from "fast-check";
import { mergeAllOf } from "../arbitraries/schema";
import { runProperty, type Env } from "../engine";
import { basePath, createOwned, idOf, itemPath, jsonOf, readResource, scopeOf } from "../owned-resources";
import { itemsOf, listShapeOf, type ResourceModel } from "../resources";
import type { OperationModel } from "../spec-model";
import type { Exchange } from "../types";
import { statefulBlocked, writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "order_contiguous";

/** How a resource is kept in order: the field holding each record's position, and the operation that moves one. */
interface Ordering {
  r: ResourceModel;
  /** The read model's position field the server owns (`ruleOrder`). */
  field: string;
  /** `{item}/reorder/{position}`: moves one record. */
  move: OperationModel;
  /** The path parameter of `move` holding the new position. */
  positionParam: string;
  /** A list of the resource's records (its own, or by its parent's key). */
  list: OperationModel;
}

/**
 * The ordering of the resource `create` creates, from the spec alone: a position field the server
 * owns (`x-resources` `serverManaged`, named `…Order`), an operation under the item path named
 * `reorder` with one more path parameter, and a list whose items are the resource's records.
 */
function orderingOf(env: Env, create: OperationModel): Ordering | undefined {
  const r = env.resources.find((x) => x.create === create && x.get && x.source === "x-resources");
  if (!r?.get) return undefined;
  const readPtr = Object.values(r.get.responses[String(r.get.successStatus)]?.content ?? {})[0];
  const props = readPtr ? mergeAllOf(env.model.deref(env.model.resolve(readPtr))).properties ?? {} : {};
  const field = (r.serverManaged ?? []).find((f) => /order$/i.test(f) && f in props);
  if (!field) return undefined;
  for (const move of env.model.operations) {
    const rest = move.path.startsWith(`${r.itemPath}/`) ? move.path.slice(r.itemPath.length + 1) : undefined;
    const m = rest !== undefined ? /^reorder\/\{([^}]+)\}$/.exec(rest) : null;
    if (!m || move.method !== "PUT") continue;
    // A record that embeds the records (a policy set's `rules`) is a read of that record, not their list.
    const list = r.list ?? env.model.operations.find((o) => o.method === "GET" && !env.resources.some((x) => x.get === o && x.source === "x-resources") && r.get!.successRef !== undefined && listShapeOf(env.model, o)?.itemRef === r.get!.successRef && listable(env, r, o));
    if (list) return { r, field, move, positionParam: m[1]!, list };
  }
  return undefined;
}

/** Whether every path value of a list is one the run knows: the tenant, the record's scope, or its parent's key. */
function listable(env: Env, r: ResourceModel, list: OperationModel): boolean {
  const parent = r.parent && env.resources.find((x) => x.name === r.parent!.resource);
  return [...list.path.matchAll(/\{([^}]+)\}/g)].every(([, p]) => p === "customerId" || p === r.parent?.param || (!!parent?.keys && p === parent.idParam));
}

/** The path values of the list of the records in `r`'s scope; a keyed parent (a policy set by type) is found by reading its keys. */
async function listPath(env: Env, o: Ordering): Promise<Record<string, string> | undefined> {
  const scope = scopeOf(env, o.r);
  const path: Record<string, string> = { ...basePath(env), ...scope };
  const parent = o.r.parent && env.resources.find((x) => x.name === o.r.parent!.resource);
  if (!parent?.keys || !o.list.path.includes(`{${parent.idParam}}`)) return path;
  const want = scope[o.r.parent!.param];
  for (const key of parent.keys) {
    const x = await readResource(env, parent, key);
    if (x.response?.status === 200 && idOf(jsonOf(x), parent.idField, x) === want) return { ...path, [parent.idParam]: key };
  }
  return undefined;
}

/** Every record of the scope, page by page. */
async function listScope(env: Env, o: Ordering, path: Record<string, string>): Promise<{ items: any[]; last?: Exchange; error?: string }> {
  const shape = listShapeOf(env.model, o.list)!;
  const items: any[] = [];
  let last: Exchange | undefined;
  for (let page = 1; page <= 100; page++) {
    const query: Record<string, unknown> = {};
    if (shape.sizeParam) query[shape.sizeParam.name] = shape.sizeParam.max ?? 500;
    if (shape.pageParam) query[shape.pageParam] = page;
    last = await env.transport.send(o.list, { path, query });
    if (last.response?.status !== 200) return { items, last, error: `page ${page} answered ${last.response?.status ?? last.error}` };
    const got = itemsOf(shape, jsonOf(last));
    if (!got) return { items, last, error: `page ${page} holds no list` };
    items.push(...got);
    const pages = shape.pageParam && shape.totalPagesProp ? Number(jsonOf(last)?.[shape.totalPagesProp] ?? 1) : 1;
    if (page >= pages) return { items, last };
  }
  return { items, last, error: "more than 100 pages" };
}

/** What is wrong with a scope's positions: anything but each of 1..n exactly once. */
export function orderProblems(orders: unknown[]): string[] {
  const n = orders.length;
  const seen = new Map<number, number>();
  const out: string[] = [];
  for (const v of orders) {
    const k = typeof v === "string" && /^[0-9]+$/.test(v) ? Number(v) : typeof v === "number" ? v : NaN;
    if (!Number.isInteger(k) || k < 1 || k > n) out.push(`${JSON.stringify(v)} is not a position from 1 to ${n}`);
    else seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  for (const [k, c] of seen) if (c > 1) out.push(`position ${k} is held by ${c} records`);
  return out;
}

/**
 * Ordered records (policy rules) keep positions 1..n: after two records are created in one scope
 * and the second is moved to the top, the list shows it first-placed and every position from 1 to
 * n held exactly once: no gap, no duplicate.
 */
export const orderContiguous: ScenarioCheck = {
  name: NAME,
  description: "After a record of an ordered set (a policy rule) is moved to position 1, the set's positions are exactly 1..n, no gaps or duplicates",
  stateful: true,
  applies: (env, op) => orderingOf(env, op) !== undefined,
  async run(env, op) {
    const blocked = statefulBlocked(env) ?? writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    // Moving a rule to the top changes what a live tenant's policy does until the run removes it.
    if (env.remote) return env.recorder.skip(op.operationId, NAME, "remote target: moving a record to the top would reorder the tenant's live policy");
    const o = orderingOf(env, op)!;
    await runProperty(env, op, NAME, fc.constant({ path: {}, query: {} }), Math.max(1, Math.min(env.runs, 2)), async () => {
      const made: string[] = [];
      for (let i = 0; i < 2; i++) {
        const { id, x } = await createOwned(env, o.r);
        if (!id) return [{ check: NAME, message: "could not create a record to reorder", expected: o.r.idField, actual: `${x.response?.status}`, specLocation: op.pointer, exchange: x }];
        made.push(id);
      }
      const moved = made[1]!;
      const mx = await env.transport.send(o.move, { path: { ...itemPath(env, o.r, moved), [o.positionParam]: "1" }, query: {} });
      // Only the move's status is judged here: the reorder operation has its own row when it is under test.
      if (!mx.response || mx.response.status >= 300) {
        return [{ check: NAME, message: "moving a record to position 1 was refused", expected: String(o.move.successStatus), actual: `${mx.response?.status ?? mx.error}`, specLocation: o.move.pointer, exchange: mx }];
      }
      const path = await listPath(env, o);
      if (!path) return [{ check: NAME, message: "could not find the list of the records' scope", specLocation: o.list.pointer }];
      const { items, last, error } = await listScope(env, o, path);
      if (error) return [{ check: NAME, message: `could not list the records' scope: ${error}`, specLocation: o.list.pointer, exchange: last }];
      const problems = orderProblems(items.map((it) => it?.[o.field]));
      const first = items.find((it) => idOf(it, o.r.idField, last) === moved);
      if (first && String(first[o.field]) !== "1") problems.unshift(`the moved record ${moved} is at ${JSON.stringify(first[o.field])}, not 1`);
      if (!first) problems.unshift(`the moved record ${moved} is not listed`);
      if (problems.length) {
        return [{ check: NAME, message: `${o.field} of the scope is not 1..${items.length} after ${o.move.operationId}`, expected: `each of 1..${items.length} once`, actual: problems.slice(0, 4).join("; "), specLocation: o.list.pointer, exchange: last }];
      }
      env.recorder.pass(op.operationId, NAME);
      return [];
    }, NAME);
  },
};
