import { negativeFamilies } from "../arbitraries/negative";
import { inParallel, isDocumented4xx, judgeResponse, runProperty, type Finding } from "../engine";
import { idsFor, registerCreated, requestContextFor } from "../owned-resources";
import { isWrite, resourceOf } from "../resources";
import { familyCount, planFor } from "../budget";
import { writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "negative_data_rejection";

/** Each family of invalid requests (one per documented rule) is rejected with a documented 4xx. */
export const negativeDataRejection: ScenarioCheck = {
  name: NAME,
  description: "Invalid requests, one family per documented rule, get a documented 4xx (never 2xx or 5xx)",
  // An operation with no rule a request can break (`POST /signout`: no parameters, no body) has nothing to reject.
  applies: (env, op) => familyCount(env, op) > 0,
  async run(env, op) {
    const blocked = writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    const ids = isWrite(op) && resourceOf(env.resources, op) ? await idsFor(env, op) : undefined;
    const families = negativeFamilies(requestContextFor(env, op, ids), op);
    if (!families.length) return env.recorder.skip(op.operationId, NAME, "the operation has no rule a request can break");
    const { perFamily, capped } = planFor(env, op);
    // Families are independent (each request is refused and changes nothing), so several run at
    // once (`concurrency`; one at a time against remote targets, for the rate limits).
    await inParallel(families, env.concurrency, async (fam) => {
      await runProperty(env, op, fam.name, fam.arbitrary, perFamily, async (req) => {
        const x = await env.transport.send(op, req);
        const findings: Finding[] = judgeResponse(env, op, x);
        const status = x.response?.status;
        if (status !== undefined && isDocumented4xx(op, status)) env.recorder.pass(op.operationId, NAME);
        else {
          // What a real target wrongly created is removed at the end, whether or not it keeps state.
          if (env.stateful || !env.mock) for (const r of env.resources) if (r.create === op) registerCreated(env, r, x, req, !env.stateful);
          findings.push({ check: NAME, message: `invalid request (${fam.name}) not rejected`, expected: "a documented 4xx", actual: `${status ?? x.error} ${x.response?.body.slice(0, 160) ?? ""}`, specLocation: fam.specLocation, exchange: x });
        }
        return findings;
      }, NAME);
    });
    env.recorder.note(op.operationId, NAME, `${families.length} families${capped ? `, ${perFamily} run${perFamily === 1 ? "" : "s"} each (request budget ${env.requestBudget} per operation)` : ""}`);
  },
};
