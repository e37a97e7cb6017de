import fc from "fast-check";
import { expectStatus, judgeResponse, runProperty } from "../engine";
import { createOwned, itemPath, markDeleted, readResource } from "../owned-resources";
import { notFoundStatus } from "./probe";
import { statefulBlocked, writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "use_after_free";

/** After a delete, the resource is gone: reading it, and deleting it again, give 404. */
export const useAfterFree: ScenarioCheck = {
  name: NAME,
  description: "A deleted resource is gone: read and second delete give 404",
  stateful: true,
  applies: (env, op) => env.resources.some((r) => r.delete === op && r.create && r.get),
  async run(env, op) {
    const blocked = statefulBlocked(env) ?? writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    const r = env.resources.find((x) => x.delete === op)!;
    await runProperty(env, op, NAME, fc.constant({ path: {}, query: {} }), Math.max(1, Math.min(env.runs, 3)), async () => {
      const { id } = await createOwned(env, r);
      if (!id) return [{ check: NAME, message: "could not create a resource to delete", specLocation: r.create!.pointer }];
      const path = itemPath(env, r, id);
      const del = await env.transport.send(op, { path, query: {} });
      const findings = judgeResponse(env, op, del);
      if (!del.response || del.response.status >= 300) return [...findings, { check: NAME, message: "delete refused", expected: String(op.successStatus), actual: String(del.response?.status), specLocation: op.pointer, exchange: del }];
      markDeleted(env, r, id);
      const read = await readResource(env, r, id);
      const gone = notFoundStatus(r.get!) ?? 404;
      const f1 = expectStatus(r.get!, read, NAME, (s) => s === gone, `${gone} when reading a deleted resource`, r.get!.responses[String(gone)]?.pointer);
      const again = await env.transport.send(op, { path, query: {} });
      const goneAgain = notFoundStatus(op) ?? 404;
      const f2 = expectStatus(op, again, NAME, (s) => s === goneAgain, `${goneAgain} when deleting a deleted resource`, op.responses[String(goneAgain)]?.pointer);
      const out = [...findings, ...[f1, f2].filter((f): f is NonNullable<typeof f> => !!f)];
      if (!f1 && !f2) env.recorder.pass(op.operationId, NAME);
      return out;
    }, NAME);
  },
};
