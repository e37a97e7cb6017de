import fc from "fast-check";
import { expectStatus, runProperty } from "../engine";
import { createOwned, listAll, readResource } from "../owned-resources";
import { statefulBlocked, writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "ensure_resource_availability";

/** A created resource is reachable at once: by id and in its list. */
export const ensureResourceAvailability: ScenarioCheck = {
  name: NAME,
  description: "A created resource can be read by id and appears in its list",
  stateful: true,
  applies: (env, op) => env.resources.some((r) => r.create === op && r.get),
  async run(env, op) {
    const blocked = statefulBlocked(env) ?? writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    const r = env.resources.find((x) => x.create === op)!;
    await runProperty(env, op, NAME, fc.constant({ path: {}, query: {} }), Math.max(1, Math.min(env.runs, 3)), async () => {
      const { id, x } = await createOwned(env, r);
      if (!id) return [{ check: NAME, message: "create did not answer an id", expected: r.idField, actual: `${x.response?.status}`, specLocation: op.pointer, exchange: x }];
      const read = await readResource(env, r, id);
      const f = expectStatus(r.get!, read, NAME, (s) => s === 200, "200 when reading what was just created", r.get!.pointer);
      if (f) return [f];
      if (r.list) {
        const all = await listAll(env, r);
        if (!all.items.some((it) => String(it?.[r.idField]) === id)) {
          return [{ check: NAME, message: "created resource missing from its list", expected: `${r.idField} ${id} listed`, actual: `${all.items.length} items${all.error ? `, ${all.error}` : ""}`, specLocation: r.list.pointer, exchange: all.exchanges.at(-1) }];
        }
      }
      env.recorder.pass(op.operationId, NAME);
      return [];
    }, NAME);
  },
};
