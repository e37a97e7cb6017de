import fc from "fast-check";
import { validRequest } from "../arbitraries/request";
import { judgeResponse, recordFindings, runProperty, type Finding } from "../engine";
import { createOwned, jsonOf, listAll, requestContextFor } from "../owned-resources";
import { itemsOf, listShapeOf, type ResourceModel } from "../resources";
import type { OperationModel } from "../spec-model";
import { statefulBlocked, type ScenarioCheck } from "./scenario";

const SIZE = "pagination_page_size";
const WALK = "pagination_walk";

function sizeParam(env: Parameters<ScenarioCheck["run"]>[0], op: OperationModel) {
  return listShapeOf(env.model, op)?.sizeParam;
}

/** A page never holds more than the requested size, the maximum, or the default when none is asked. */
export const paginationPageSize: ScenarioCheck = {
  name: SIZE,
  description: "A page holds at most the requested page size (at most the default, 20, when none is given)",
  applies: (env, op) => !!sizeParam(env, op),
  async run(env, op) {
    const shape = listShapeOf(env.model, op)!;
    const sp = shape.sizeParam!;
    const max = sp.max ?? 500;
    const ctx = requestContextFor(env, op);
    const arb = fc.tuple(validRequest(ctx, op), fc.option(fc.integer({ min: 1, max }), { nil: undefined })).map(([req, size]) => {
      const query = { ...req.query };
      delete query[sp.name];
      if (size !== undefined) query[sp.name] = size;
      return { ...req, query };
    });
    await runProperty(env, op, SIZE, arb, Math.min(env.runs, 30), async (req) => {
      const x = await env.transport.send(op, req);
      const findings: Finding[] = judgeResponse(env, op, x);
      if (x.response?.status !== 200) return findings;
      const items = itemsOf(shape, jsonOf(x));
      const limit = (req.query[sp.name] as number | undefined) ?? sp.default ?? max;
      const requested = req.query[sp.name] as number | undefined;
      if (items && items.length > limit && env.mock && requested !== undefined && items.length <= (sp.default ?? max)) {
        // A static mock answers its example whatever size is asked; only the default bound is its to honour.
        env.recorder.note(op.operationId, SIZE, "requested sizes below the example's length not judged: Prism answers its static example");
        env.recorder.pass(op.operationId, SIZE);
      } else if (items && items.length > limit) {
        findings.push({ check: SIZE, message: `page holds ${items.length} items`, expected: `≤ ${limit} (${req.query[sp.name] === undefined ? "default" : "requested"})`, actual: String(items.length), specLocation: `${op.pointer}/parameters`, exchange: x });
      } else env.recorder.pass(op.operationId, SIZE);
      return findings;
    }, SIZE);
  },
};

function resourceForList(env: Parameters<ScenarioCheck["run"]>[0], op: OperationModel): ResourceModel | undefined {
  return env.resources.find((r) => r.list === op);
}

/** Walking every page terminates, repeats no item, ends without a cursor and equals the full set. */
export const paginationWalk: ScenarioCheck = {
  name: WALK,
  description: "Walking all pages terminates, never repeats an item, has no next cursor on the last page, and equals the full set",
  stateful: true,
  applies: (env, op) => !!resourceForList(env, op) && !!listShapeOf(env.model, op)?.sizeParam,
  async run(env, op) {
    const blocked = statefulBlocked(env);
    if (blocked) return env.recorder.skip(op.operationId, WALK, blocked);
    const r = resourceForList(env, op)!;
    const shape = r.listShape!;
    if (!shape.cursorParam && !(shape.pageParam && shape.totalPagesProp)) return env.recorder.skip(op.operationId, WALK, "the list has neither a cursor nor page numbers");
    // Enough items for several pages of two.
    if (r.create && env.writes) for (let i = 0; i < 5; i++) await createOwned(env, r);
    const full = await listAll(env, r);
    const fail = (message: string, expected: string, actual: string, x = full.exchanges.at(-1)) =>
      recordFindings(env, op, [{ check: WALK, message, expected, actual, specLocation: `${op.pointer}/parameters`, exchange: x }], "walk");
    if (full.error) return fail(`walk with the largest page size failed: ${full.error}`, "a complete walk", full.error);
    for (const x of full.exchanges) {
      const f = judgeResponse(env, op, x);
      if (f.length) recordFindings(env, op, f, "walk");
    }
    const ids = (items: any[]) => items.map((it) => String(it?.[r.idField]));
    const size = 2;
    const walk = await listAll(env, r, size);
    if (walk.error) return fail(`walk with page size ${size} failed: ${walk.error}`, "a complete walk", walk.error);
    const seen = new Set<string>();
    for (const id of ids(walk.items)) {
      if (seen.has(id)) return fail(`item ${id} appears twice`, "each item once", `duplicate ${id}`);
      seen.add(id);
    }
    const all = new Set(ids(full.items));
    const missing = [...all].filter((id) => !seen.has(id));
    const extra = [...seen].filter((id) => !all.has(id));
    if (missing.length || extra.length) return fail("walk differs from the full set", `${all.size} items`, `${seen.size} items; missing ${missing.slice(0, 3).join(",")} extra ${extra.slice(0, 3).join(",")}`);
    for (const x of walk.exchanges) {
      const items = itemsOf(shape, jsonOf(x)) ?? [];
      if (items.length > size) return fail(`page holds ${items.length} items`, `≤ ${size}`, String(items.length), x);
    }
    const last = jsonOf(walk.exchanges.at(-1));
    if (shape.nextProp && last && last[shape.nextProp]) return fail("last page carries a next cursor", `no ${shape.nextProp}`, String(last[shape.nextProp]));
    if (shape.totalCountProp && last && !Array.isArray(last) && last[shape.totalCountProp] !== undefined && Number(last[shape.totalCountProp]) !== seen.size) {
      return fail(`${shape.totalCountProp} disagrees with the walk`, String(seen.size), String(last[shape.totalCountProp]));
    }
    env.recorder.pass(op.operationId, WALK, walk.exchanges.length);
    env.recorder.note(op.operationId, WALK, `${seen.size} items in ${walk.exchanges.length} pages of ${size}`);
  },
};
