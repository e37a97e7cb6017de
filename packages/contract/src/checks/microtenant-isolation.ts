import fc from "fast-check";
import { deriveSeed, expectStatus, judgeResponse, runProperty, type Env, type Finding } from "../engine";
import { createRequestArb, idOf, jsonOf, listAll, readResource, sample } from "../owned-resources";
import { mergeAllOf } from "../arbitraries/schema";
import type { ResourceModel } from "../resources";
import type { OperationModel, ParamModel } from "../spec-model";
import { statefulBlocked, writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "microtenant_isolation";
/** The Default Microtenant, as the spec's `microtenantId` parameter names it. */
const DEFAULT_SCOPE = "0";

/** The operation's `microtenantId` query parameter, if it takes one. */
function scopeParam(op: OperationModel | undefined): ParamModel | undefined {
  return op?.params.find((p) => p.in === "query" && /^micro.?tenant.?id$/i.test(p.name));
}

/** Resources whose create and get both take a microtenant: those the check can put in one and look for from another. */
function scopedResource(env: Env, op: OperationModel): ResourceModel | undefined {
  return env.resources.find((r) => r.create === op && r.get && scopeParam(r.create) && scopeParam(r.get));
}

/** An `x-doc-notes` entry of the create operation saying only the Default Microtenant may create it. */
function defaultOnlyNote(env: Env, op: OperationModel): string | undefined {
  const notes: any[] = env.model.resolve(op.pointer)?.["x-doc-notes"] ?? [];
  const hit = notes.find((n) => /only the default micro.?tenant/i.test(`${n?.resolution ?? ""}`));
  return hit ? String(hit.resolution) : undefined;
}

/**
 * A fresh, non-zero microtenant id valid for the parameter's schema (seeded, so a run reproduces),
 * unlike any the target lists: the resource created there must be invisible from the Default one.
 */
function freshScope(env: Env, p: ParamModel, salt: number): string {
  const validate = env.compile(p.pointer);
  let h = deriveSeed(env.seed, NAME, String(salt)) >>> 0;
  for (let i = 0; i < 100; i++, h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0) {
    const id = `7${String(h).padStart(10, "0")}${String(i).padStart(3, "0")}`;
    if (validate(id)) return id;
  }
  throw new Error(`no valid non-zero microtenant id for ${p.pointer}`);
}

/**
 * A resource created in a microtenant is readable there and invisible from the Default
 * Microtenant: by id (404) and in the list. Derived from the spec: every resource whose create and
 * get take `microtenantId`.
 */
export const microtenantIsolation: ScenarioCheck = {
  name: NAME,
  description: "A resource created in microtenant A reads 200 with A, 404 with 0 (the Default Microtenant), and is not listed under 0",
  stateful: true,
  applies: (env, op) => !!scopedResource(env, op),
  async run(env, op) {
    const blocked = statefulBlocked(env) ?? writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    const note = defaultOnlyNote(env, op);
    if (note) return env.recorder.skip(op.operationId, NAME, `the spec says only the Default Microtenant may create this (x-doc-notes: ${note})`);
    const r = scopedResource(env, op)!;
    const createScope = scopeParam(r.create)!;
    const getScope = scopeParam(r.get)!;
    const listScope = scopeParam(r.list);
    // A body may name its microtenant too: it must agree with the query.
    const bodyScopeField = r.create!.body && createScope.name in (mergeAllOf(r.create!.body.schema).properties ?? {}) ? createScope.name : undefined;
    let refused: string | undefined;
    let round = 0;
    await runProperty(env, op, NAME, fc.constant({ path: {}, query: {} }), Math.max(1, Math.min(env.runs, 3)), async () => {
      const scope = freshScope(env, createScope, round++);
      const base = sample(env, createRequestArb(env, r), `${r.name}-${NAME}-${round}`);
      const req = {
        ...base,
        query: { ...base.query, [createScope.name]: scope },
        ...(bodyScopeField && base.body && typeof base.body === "object" && bodyScopeField in (base.body as object) ? { body: { ...(base.body as object), [bodyScopeField]: scope } } : {}),
      };
      const x = await env.transport.send(op, req);
      const findings: Finding[] = judgeResponse(env, op, x);
      const id = idOf(jsonOf(x), r.idField, x);
      if (x.response && x.response.status < 300 && id) {
        // Cleanup must act in the same microtenant; other checks leave this one alone.
        env.owned.push({ resource: r, id, query: { [createScope.name]: scope } });
      } else if (x.response && x.response.status >= 400 && x.response.status < 500) {
        refused = `the target refused to create a ${r.name} in microtenant ${scope} (${x.response.status}); it may not know that microtenant`;
        return findings;
      } else {
        return [...findings, { check: NAME, message: `create in microtenant ${scope} did not answer an id`, expected: `${r.idField} in the body`, actual: `${x.response?.status ?? x.error}`, specLocation: op.pointer, exchange: x }];
      }
      const own = await readResource(env, r, id, { [getScope.name]: scope });
      const f1 = expectStatus(r.get!, own, NAME, (s) => s === 200, `200 reading it with ${getScope.name}=${scope}, where it was created`, r.get!.pointer);
      if (f1) return [...findings, f1];
      const other = await readResource(env, r, id, { [getScope.name]: DEFAULT_SCOPE });
      const f2 = expectStatus(r.get!, other, NAME, (s) => s === 404, `404 reading it with ${getScope.name}=${DEFAULT_SCOPE} (created in ${scope})`, r.get!.responses["404"]?.pointer ?? getScope.pointer);
      if (f2) return [...findings, f2];
      if (r.list && listScope) {
        const listed = await listAll(env, r, undefined, { [listScope.name]: DEFAULT_SCOPE });
        if (listed.error) return [...findings, { check: NAME, message: `listing with ${listScope.name}=${DEFAULT_SCOPE} failed: ${listed.error}`, expected: "a complete list", actual: listed.error, specLocation: r.list.pointer, exchange: listed.exchanges.at(-1) }];
        if (listed.items.some((it) => String(it?.[r.idField]) === id)) {
          return [...findings, { check: NAME, message: `listed with ${listScope.name}=${DEFAULT_SCOPE} although created in microtenant ${scope}`, expected: `${r.idField} ${id} not listed`, actual: `listed among ${listed.items.length} items`, specLocation: listScope.pointer, exchange: listed.exchanges.at(-1) }];
        }
      }
      env.recorder.pass(op.operationId, NAME);
      return findings;
    }, NAME);
    if (refused) env.recorder.skip(op.operationId, NAME, refused);
  },
};
