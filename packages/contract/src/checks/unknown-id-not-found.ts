import fc from "fast-check";
import { validRequest } from "../arbitraries/request";
import { schemaArbitrary } from "../arbitraries/schema";
import { expectStatus, judgeResponse, runProperty } from "../engine";
import { requestContextFor } from "../owned-resources";
import { isWrite, resourceOf } from "../resources";
import { statefulBlocked, writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "unknown_id_not_found";

/** An id the target does not hold gives 404. */
export const unknownIdNotFound: ScenarioCheck = {
  name: NAME,
  description: "A well-formed id the server does not hold gives 404",
  stateful: true,
  applies: (env, op) => !!resourceOf(env.resources, op),
  async run(env, op) {
    const blocked = statefulBlocked(env) ?? writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    if (env.remote && isWrite(op)) return env.recorder.skip(op.operationId, NAME, "remote target: no writes to ids this run did not create");
    const r = resourceOf(env.resources, op)!;
    const known = env.known.get(r.idParam) ?? new Set();
    const idSchema = op.params.find((p) => p.name === r.idParam)!.schema;
    const ctx = requestContextFor(env, op);
    const idArb = (schemaArbitrary(idSchema) as fc.Arbitrary<unknown>).map(String).filter((id) => !known.has(id) && id !== "." && id !== "..");
    const arb = fc.tuple(validRequest({ ...ctx, idPools: { ...ctx.idPools, [r.idParam]: fc.constant("0") } }, op), idArb).map(([req, id]) => ({ ...req, path: { ...req.path, [r.idParam]: id } }));
    await runProperty(env, op, NAME, arb, Math.min(env.negativeRuns, 10), async (req) => {
      const x = await env.transport.send(op, req);
      const findings = judgeResponse(env, op, x);
      const f = expectStatus(op, x, NAME, (s) => s === 404, "404 for an unknown id", op.responses["404"]?.pointer ?? op.pointer);
      if (f) findings.push(f);
      else env.recorder.pass(op.operationId, NAME);
      return findings;
    }, NAME);
  },
};
