import fc from "fast-check";
import { runProperty, type Env } from "../engine";
import { createOwned, idOf, itemPath, listScope } from "../owned-resources";
import type { ResourceModel } from "../resources";
import type { OperationModel } from "../spec-model";
import { statefulBlocked, writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "order_contiguous";

/** How a resource is kept in order, from its `x-resources` `order` fact: the position field and the move. */
interface Ordering {
  r: ResourceModel;
  /** The read model's position field the server owns (`ruleOrder`). */
  field: string;
  /** Moves one record (`reorderPolicyRule`). */
  move: OperationModel;
  /** The path parameter of `move` holding the new position (`newOrder`). */
  positionParam: string;
}

/** The ordering of the resource `create` creates, when the spec says its records are ordered and how one moves. */
function orderingOf(env: Env, create: OperationModel): Ordering | undefined {
  const r = env.resources.find((x) => x.create === create && x.order?.move);
  return r ? { r, field: r.order!.field, move: r.order!.move!.op, positionParam: r.order!.move!.param } : undefined;
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
      const { items, exchanges, error } = await listScope(env, o.r);
      const last = exchanges.at(-1);
      const listPointer = (o.r.order!.list ?? o.r.list)?.pointer ?? op.pointer;
      if (error) return [{ check: NAME, message: `could not list the records' scope: ${error}`, specLocation: listPointer, ...(last ? { exchange: last } : {}) }];
      const problems = orderProblems(items.map((it) => it?.[o.field]));
      const first = items.find((it) => idOf(it, o.r.idField, last) === moved);
      if (first && String(first[o.field]) !== "1") problems.unshift(`the moved record ${moved} is at ${JSON.stringify(first[o.field])}, not 1`);
      if (!first) problems.unshift(`the moved record ${moved} is not listed`);
      if (problems.length) {
        return [{ check: NAME, message: `${o.field} of the scope is not 1..${items.length} after ${o.move.operationId}`, expected: `each of 1..${items.length} once`, actual: problems.slice(0, 4).join("; "), specLocation: listPointer, ...(last ? { exchange: last } : {}) }];
      }
      env.recorder.pass(op.operationId, NAME);
      return [];
    }, NAME);
  },
};
