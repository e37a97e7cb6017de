import { expectStatus, judgeResponse, runProperty, type Finding } from "../engine";
import { writeBlocked, type ScenarioCheck } from "./scenario";
import { probeBase, probeRuns } from "./probe";

const NAME = "ignored_auth";

/** Without a token, or with a bad one, a secured operation answers 401. */
export const ignoredAuth: ScenarioCheck = {
  name: NAME,
  description: "A secured operation answers 401 without a token and with a bad token",
  applies: (_env, op) => op.secured,
  async run(env, op) {
    const blocked = writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    const base = await probeBase(env, op);
    const spec = op.responses["401"]?.pointer ?? `${op.pointer}/security`;
    await runProperty(env, op, NAME, base, probeRuns(env), async (req) => {
      const findings: Finding[] = [];
      const modes = [{ label: "no token", auth: "none" as const }, ...(env.authShapeOnly ? [] : [{ label: "bad token", auth: { header: "Bearer zpact-not-a-valid-token" } }, { label: "not a bearer token", auth: { header: "Basic Zm9vOmJhcg==" } }])];
      for (const m of modes) {
        const x = await env.transport.send(op, req, { auth: m.auth });
        findings.push(...judgeResponse(env, op, x, false));
        const f = expectStatus(op, x, NAME, (s) => s === 401, `401 with ${m.label}`, spec);
        if (f) findings.push(f);
        else env.recorder.pass(op.operationId, NAME);
      }
      return findings;
    }, NAME);
    if (env.authShapeOnly) env.recorder.note(op.operationId, NAME, "bad-token case skipped: Prism checks the Authorization header's shape only");
  },
};
