import type { Env } from "../src/engine";
import { writeBlocked } from "../src/checks/scenario";
import { deriveResources } from "../src/resources";
import { loadSpecModel } from "../src/spec-model";

// On a live tenant even the run's own rule, moved, changes the order the tenant's policy is
// evaluated in, and a whole new order would shuffle every rule of the set: no check sends either
// to a remote target, whatever --allow-writes says. Which operations reorder is the spec's `order` fact.
const model = loadSpecModel();
const resources = deriveResources(model);
const op = (id: string) => model.operations.find((o) => o.operationId === id)!;
const env = (remote: boolean) => ({ writes: true, remote, resources }) as unknown as Env;

test.each(["reorderPolicyRule", "reorderPolicyRules"])("%s is blocked on a remote target and allowed on a local one", (id) => {
  expect(writeBlocked(env(true), op(id))).toMatch(/remote target: a reorder would change the order the tenant's live policy is evaluated in/);
  expect(writeBlocked(env(false), op(id))).toBeUndefined();
});

test("other writes on a remote target with writes allowed are not blocked by it", () => {
  expect(writeBlocked(env(true), op("createPolicyRule"))).toBeUndefined();
  expect(writeBlocked(env(true), op("updateSegmentGroup"))).toBeUndefined();
});
