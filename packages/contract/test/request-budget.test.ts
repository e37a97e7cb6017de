import { planRuns } from "../src/budget";
import { runConformance } from "../src/index";

test("within the budget, every run asked for is made", () => {
  expect(planRuns(100, 25, 2, 150)).toEqual({ positive: 100, perFamily: 25, families: 2, capped: false });
  expect(planRuns(100, 25, 0, 150)).toEqual({ positive: 100, perFamily: 25, families: 0, capped: false });
  expect(planRuns(100, 25, 48, Infinity)).toEqual({ positive: 100, perFamily: 25, families: 48, capped: false });
});

test("over the budget, the families share what the positive property leaves, each at least once", () => {
  // 4 families: 18 runs each, the positive property takes the rest of the 150.
  expect(planRuns(100, 25, 4, 150)).toEqual({ positive: 78, perFamily: 18, families: 4, capped: true });
  // 48 families: one run each, and the positive property gets what is left up to its 100.
  expect(planRuns(100, 25, 48, 150)).toEqual({ positive: 100, perFamily: 1, families: 48, capped: true });
  // More families than the budget: each still runs once, the positive property keeps half.
  expect(planRuns(100, 25, 110, 150)).toEqual({ positive: 75, perFamily: 1, families: 110, capped: true });
});

test.each([
  [100, 25, 7, 150],
  [5, 3, 76, 40],
  [12, 6, 30, 20],
  [1, 1, 3, 2],
])("runs=%i negativeRuns=%i families=%i budget=%i: never more than asked, at least one run each", (runs, neg, families, budget) => {
  const p = planRuns(runs, neg, families, budget);
  expect(p.positive).toBeGreaterThanOrEqual(1);
  expect(p.positive).toBeLessThanOrEqual(runs);
  expect(p.perFamily).toBeGreaterThanOrEqual(1);
  expect(p.perFamily).toBeLessThanOrEqual(neg);
  if (families <= budget / 2) expect(p.positive + families * p.perFamily).toBeLessThanOrEqual(budget);
});

test("a bad budget is refused before anything starts", async () => {
  await expect(runConformance({ requestBudget: 1, quiet: true, target: "http://127.0.0.1:9" })).rejects.toThrow(/requestBudget/);
  await expect(runConformance({ requestBudget: 2.5, quiet: true, target: "http://127.0.0.1:9" })).rejects.toThrow(/requestBudget/);
});
