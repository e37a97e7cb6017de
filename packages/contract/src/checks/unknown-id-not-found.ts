import fc from "fast-check";
import { validRequest } from "../arbitraries/request";
import { expectStatus, judgeResponse, runProperty } from "../engine";
import { requestContextFor } from "../owned-resources";
import { isWrite, resourceOf } from "../resources";
import { notFoundStatus, unknownIdArbitrary } from "./probe";
import { statefulBlocked, writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "unknown_id_not_found";

/** An id the target does not hold gives 404. */
export const unknownIdNotFound: ScenarioCheck = {
  name: NAME,
  description: "A well-formed id the server does not hold gives 404",
  stateful: true,
  // A record looked up by a key from a closed set (a policy set by type) has no unknown key to ask for.
  // A list by other records' ids (consoles by portal, values by SCIM attribute) may answer an empty list for an unknown one: only a documented 404 is checked there.
  applies: (env, op) => {
    const r = resourceOf(env.resources, op);
    return !!r && !r.keys && notFoundStatus(op) !== undefined && ((r.source === "x-resources" && !r.listsBy) || !!op.responses["404"]);
  },
  async run(env, op) {
    const blocked = statefulBlocked(env) ?? writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    if (env.remote && isWrite(op)) return env.recorder.skip(op.operationId, NAME, "remote target: no writes to ids this run did not create");
    const r = resourceOf(env.resources, op)!;
    const ctx = requestContextFor(env, op);
    const status = notFoundStatus(op)!;
    const idArb = unknownIdArbitrary(env, r, op);
    const arb = fc.tuple(validRequest(ctx, op), idArb).map(([req, id]) => ({ ...req, path: { ...req.path, [r.idParam]: id } }));
    await runProperty(env, op, NAME, arb, Math.min(env.negativeRuns, 10), async (req) => {
      const x = await env.transport.send(op, req);
      const findings = judgeResponse(env, op, x);
      const f = expectStatus(op, x, NAME, (s) => s === status, `${status} for an unknown id`, op.responses[String(status)]?.pointer ?? op.pointer);
      if (f) findings.push(f);
      else env.recorder.pass(op.operationId, NAME);
      return findings;
    }, NAME);
  },
};
