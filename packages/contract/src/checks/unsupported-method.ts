import fc from "fast-check";
import { expectStatus, judgeResponse, runProperty } from "../engine";
import { writeBlocked, type ScenarioCheck } from "./scenario";
import { probeBase, unknownIdArbitrary } from "./probe";
import { idsFor } from "../owned-resources";
import { isWrite, resourceOf } from "../resources";

const NAME = "unsupported_method";
const CANDIDATES = ["PATCH", "DELETE", "PUT", "POST", "GET"];

/** A method the path does not document gets 405. */
export const unsupportedMethod: ScenarioCheck = {
  name: NAME,
  description: "A method the path does not document gets 405 Method Not Allowed",
  applies: (env, op) => CANDIDATES.some((m) => !env.model.operations.some((o) => o.path === op.path && o.method === m)),
  async run(env, op) {
    const method = CANDIDATES.find((m) => !env.model.operations.some((o) => o.path === op.path && o.method === m))!;
    // An unsupported method is still a write to a live server if it turns out to be supported.
    const blocked = writeBlocked(env, { ...op, method });
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    // Probed as the method it sends: a PATCH or DELETE to an item goes only to an id this run
    // created (a server that does support it would change or remove what it names).
    const probed = { ...op, method };
    const r = resourceOf(env.resources, op);
    // A record looked up by key always exists (a policy set): on a live tenant, never the target of a write.
    if (r?.keys && env.remote && isWrite(probed)) return env.recorder.skip(op.operationId, NAME, `remote target: ${method} would go to a ${r.name} the run does not own`);
    let base = await probeBase(env, probed);
    if (!env.mock && isWrite(probed) && r && !r.keys && !(await idsFor(env, probed))?.length) {
      // Nothing of the run's own to name (the API cannot create it): an id the target does not hold,
      // so a server that wrongly supports the method has nothing to change.
      const unknown = unknownIdArbitrary(env, r, op);
      base = fc.tuple(base, unknown).map(([req, id]) => ({ ...req, path: { ...req.path, [r.idParam]: id } }));
    }
    await runProperty(env, op, NAME, base, 1, async (req) => {
      const x = await env.transport.send(op, { ...req, body: undefined }, { method, raw: { body: "", contentType: "application/json" } });
      const findings = judgeResponse(env, op, x, true);
      const f = expectStatus(op, x, NAME, (s) => s === 405, `405 for ${method} ${op.path}`, op.responses["405"]?.pointer ?? op.pointer);
      if (f) findings.push(f);
      else {
        env.recorder.pass(op.operationId, NAME);
        if (!x.response?.headers.allow) env.recorder.note(op.operationId, NAME, "405 without an Allow header");
      }
      return findings;
    }, NAME);
  },
};
