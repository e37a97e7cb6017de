import fc from "fast-check";
import { validRequest, type RequestSpec } from "../arbitraries/request";
import { judgeResponse, recordFindings, runProperty, type Env, type Finding } from "../engine";
import { createRequestArb, deletableExisting, existingIds, jsonOf, markDeleted, ownedIds, readResource, recordsToWrite, registerCreated, requestContextFor } from "../owned-resources";
import { actionOf, allowedFlag, isWrite, resourceOf } from "../resources";
import type { OperationModel } from "../spec-model";
import { endsSession, isCredentialExchange, newSession } from "../sign-in";
import { probeRuns } from "./probe";
import { planFor } from "../budget";
import { writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "positive_data_acceptance";

/** Brings a fresh resource into the state an action needs (`allowed<Action>` true), using its sibling actions. */
async function prepareForAction(env: Env, op: OperationModel, id: string): Promise<void> {
  const r = resourceOf(env.resources, op)!;
  if (!r.get) return;
  const read = jsonOf(await readResource(env, r, id));
  if (!read || read[allowedFlag(actionOf(op))] !== false) return;
  for (const sibling of r.actions) {
    if (sibling === op) continue;
    if (read[allowedFlag(actionOf(sibling))] === true) {
      await env.transport.send(sibling, { path: { ...env.baseContext().fixedParams, [r.idParam]: id }, query: {} });
      return;
    }
  }
}

/** Valid requests succeed with the documented success code; every response passes the response checks. */
export const positiveDataAcceptance: ScenarioCheck = {
  name: NAME,
  description: "Valid requests (from the schemas) get the documented success code (201 create, 200 read, 204 admin update/delete)",
  applies: () => true,
  async run(env, op) {
    const blocked = writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    const expect = (x: Parameters<typeof judgeResponse>[2]): Finding[] => {
      const findings = judgeResponse(env, op, x);
      if (x.response?.status === op.successStatus) env.recorder.pass(op.operationId, NAME);
      else findings.push({ check: NAME, message: `valid request not accepted`, expected: String(op.successStatus), actual: `${x.response?.status ?? x.error} ${x.response?.body.slice(0, 160) ?? ""}`, specLocation: `${op.pointer}/responses/${op.successStatus}`, exchange: x });
      return findings;
    };
    if (isCredentialExchange(op) && !env.mock) {
      if (!env.credentials) return env.recorder.skip(op.operationId, NAME, "no credentials given");
      const x = await env.transport.send(op, { path: {}, query: {}, body: { client_id: env.credentials.clientId, client_secret: env.credentials.clientSecret } });
      recordFindings(env, op, expect(x), "configured credentials");
      env.recorder.note(op.operationId, NAME, "real target: sent the configured credentials once (random ones are rightly refused)");
      return;
    }
    if (endsSession(op)) {
      if (!env.credentials) return env.recorder.skip(op.operationId, NAME, "no credentials to sign in a session of its own to end");
      // Ending the run's own session would fail every later request: each run ends a session of its own.
      await runProperty(env, op, NAME, validRequest(env.baseContext(), op), probeRuns(env), async (req) => {
        const token = await newSession(env.model, env.transport, env.credentials!);
        if (!token) return [{ check: NAME, message: "the spec has no credential exchange to sign in a session to end", specLocation: op.pointer }];
        return expect(await env.transport.send(op, req, { auth: { header: `Bearer ${token}` } }));
      }, NAME);
      env.recorder.note(op.operationId, NAME, "each run signed in a session of its own and ended that one");
      return;
    }
    const plan = planFor(env, op);
    if (plan.capped) env.recorder.note(op.operationId, NAME, `${plan.positive} runs (request budget ${env.requestBudget} per operation)`);
    const r = resourceOf(env.resources, op);
    // Writes go to what the run created: a resource the API cannot create has nothing of the run's own to change.
    if (r && !env.mock && isWrite(op) && !r.create && !r.keys && !existingIds(env, r).length) {
      return env.recorder.skip(op.operationId, NAME, `the API cannot create a ${r.name}, so the run has none of its own to ${op === r.delete ? "delete" : "change"}`);
    }
    const needsFresh = env.stateful && r && isWrite(op) && (op === r.delete || r.actions.includes(op));
    if (needsFresh) {
      // Each run acts on a resource of its own: deleting or toggling one twice is a different test.
      const arb = validRequest(requestContextFor(env, op, []), op);
      // Records the run did not create (a disposable target): a delete uses each up, an action does not.
      const records = recordsToWrite(env, r, { usesUp: op === r.delete });
      const runs = Math.min(plan.positive, 25, records.existing && op === r.delete ? deletableExisting(env, r).length : Infinity);
      if (!runs) return env.recorder.skip(op.operationId, NAME, `the target holds no ${r.name} that nothing refers to, and the API cannot create one to delete`);
      await runProperty(env, op, NAME, arb, runs, async (req: RequestSpec) => {
        const id = await records.next();
        if (!id) return [{ check: NAME, message: records.existing ? `no ${r!.name} left to act on` : "could not create a resource to act on", specLocation: r!.create?.pointer ?? op.pointer }];
        if (r!.actions.includes(op)) await prepareForAction(env, op, id);
        const x = await env.transport.send(op, { ...req, path: { ...req.path, [r!.idParam]: id } });
        if (op === r!.delete && x.response && x.response.status < 300) markDeleted(env, r!, id);
        return expect(x);
      }, NAME, env.concurrency);
      return;
    }
    if (r && !env.mock && !isWrite(op) && !(env.known.get(r.name)?.size)) {
      return env.recorder.skip(op.operationId, NAME, `the target holds no ${r.name} to read (and this run created none)`);
    }
    const ctx = requestContextFor(env, op, isWrite(op) && r ? await ownedIds(env, r) : undefined);
    const creates = env.resources.find((x) => x.create === op);
    const arb: fc.Arbitrary<RequestSpec> = creates && env.stateful ? createRequestArb(env, creates) : validRequest(ctx, op);
    await runProperty(env, op, NAME, arb, plan.positive, async (req) => {
      const x = await env.transport.send(op, req);
      if (env.stateful || !env.mock) for (const res of env.resources) if (res.create === op) registerCreated(env, res, x, req, !env.stateful);
      return expect(x);
    }, NAME, env.concurrency);
  },
};
