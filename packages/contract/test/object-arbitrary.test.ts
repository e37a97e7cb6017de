import fc from "fast-check";
import { charsOf } from "../src/arbitraries/chars";
import { objectOf } from "../src/arbitraries/object";

const model = { id: fc.integer({ min: 1, max: 9 }), name: charsOf("ab", 1, 5), note: fc.boolean(), tags: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }) };

test("required keys are always there, optional ones in about five values out of six, nothing else", () => {
  const values = fc.sample(objectOf(model, ["id"]), { numRuns: 3000, seed: 1 });
  for (const v of values) {
    expect(Object.keys(v).every((k) => k in model)).toBe(true);
    expect(typeof v.id).toBe("number");
  }
  for (const optional of ["name", "note", "tags"]) {
    const present = values.filter((v) => optional in v).length / values.length;
    expect(present).toBeGreaterThan(0.78);
    expect(present).toBeLessThan(0.88);
  }
  // Every subset of optional keys turns up, the empty one included.
  expect(new Set(values.map((v) => Object.keys(v).sort().join(","))).size).toBe(8);
});

test("without required keys named, every key is required (as fc.record without requiredKeys)", () => {
  for (const v of fc.sample(objectOf(model), { numRuns: 200, seed: 2 })) expect(Object.keys(v).sort()).toEqual(["id", "name", "note", "tags"]);
});

test("values are plain objects, and a property named __proto__ is an own property, not the prototype", () => {
  // As a schema parsed from JSON names it: an own key of the model, not the model's prototype.
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  Object.defineProperty(model, "__proto__", { value: fc.constant({ polluted: true }), enumerable: true });
  const [v] = fc.sample(objectOf(model), { numRuns: 1, seed: 3 });
  expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  expect(Object.prototype.hasOwnProperty.call(v, "__proto__")).toBe(true);
  expect((v as { polluted?: boolean }).polluted).toBeUndefined();
});

test("a failing object shrinks to its smallest counterexample: optional keys left out, values shrunk by their own arbitraries", () => {
  const result = fc.check(fc.property(objectOf(model, ["id"]), (v) => !((v.id as number) >= 3 && String(v.name ?? "").includes("b"))), { seed: 4 });
  expect(result.failed).toBe(true);
  expect(result.counterexample).toEqual([{ id: 3, name: "b" }]);
  // Nested, and under map, where the context travels with the value.
  const nested = fc.check(fc.property(objectOf({ outer: objectOf(model, []) }).map((v) => v.outer as { tags?: number[] }), (v) => !v.tags?.includes(2)), { seed: 5 });
  expect(nested.counterexample).toEqual([{ tags: [2] }]);
});

test("a required key without an arbitrary is refused at once, naming it", () => {
  expect(() => objectOf(model, ["id", "missing"])).toThrow("objectOf: required property missing has no arbitrary");
});
