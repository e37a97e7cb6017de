import { expectStatus, judgeResponse, runProperty } from "../engine";
import { writeBlocked, type ScenarioCheck } from "./scenario";
import { encodeBody, probeBase, probeRuns } from "./probe";

const NAME = "unsupported_media_type";

/** A body in a media type the operation does not read gets 415. */
export const unsupportedMediaType: ScenarioCheck = {
  name: NAME,
  description: "A body in an undocumented media type gets 415 Unsupported Media Type",
  applies: (_env, op) => !!op.body,
  async run(env, op) {
    const blocked = writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    const base = await probeBase(env, op);
    const wrongType = op.body!.mediaType === "text/plain" ? "application/xml" : "text/plain";
    await runProperty(env, op, NAME, base, probeRuns(env), async (req) => {
      const x = await env.transport.send(op, req, { raw: { body: encodeBody(op, req.body), contentType: wrongType } });
      const findings = judgeResponse(env, op, x, true);
      const f = expectStatus(op, x, NAME, (s) => s === 415, `415 for a ${wrongType} body`, op.responses["415"]?.pointer ?? `${op.pointer}/requestBody/content`);
      if (f) findings.push(f);
      else env.recorder.pass(op.operationId, NAME);
      return findings;
    }, NAME);
  },
};
