import { expectStatus, isDocumented4xx, judgeResponse, runProperty } from "../engine";
import { writeBlocked, type ScenarioCheck } from "./scenario";
import { encodeBody, probeBase, probeRuns } from "./probe";

const NAME = "missing_required_header";

/** Requests without a required header (declared header parameters, and Content-Type on a body) are refused with a 4xx. */
export const missingRequiredHeader: ScenarioCheck = {
  name: NAME,
  description: "A request missing a required header (header parameters; Content-Type with a body) gets a documented 4xx",
  applies: (_env, op) => !!op.body || op.params.some((p) => p.in === "header" && p.required),
  async run(env, op) {
    const blocked = writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    const base = await probeBase(env, op);
    const headerParams = op.params.filter((p) => p.in === "header" && p.required);
    await runProperty(env, op, NAME, base, probeRuns(env), async (req) => {
      const findings = [];
      if (op.body && req.body !== undefined) {
        const x = await env.transport.send(op, req, { raw: { body: encodeBody(op, req.body), contentType: null } });
        findings.push(...judgeResponse(env, op, x, true));
        const f = expectStatus(op, x, NAME, (s) => isDocumented4xx(op, s), "a documented 4xx (400 or 415) for a body without Content-Type", `${op.pointer}/requestBody`);
        if (f) findings.push(f);
        else env.recorder.pass(op.operationId, NAME);
      }
      for (const p of headerParams) {
        const x = await env.transport.send(op, { ...req, headers: { ...(req.headers ?? {}), [p.name]: null } });
        const f = expectStatus(op, x, NAME, (s) => isDocumented4xx(op, s), `a documented 4xx without header ${p.name}`, p.pointer);
        if (f) findings.push(f);
        else env.recorder.pass(op.operationId, NAME);
      }
      return findings;
    }, NAME);
  },
};
