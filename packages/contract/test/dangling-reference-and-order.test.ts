import { runConformance } from "../src/index";
import { CHECKS } from "../src/checks";
import { orderProblems } from "../src/checks/order-contiguous";

// The checks' failing side is shown against the twin with its `reference-not-checked` and
// `reorder-gaps` faults (packages/twin/test/reference-and-order-checks.test.ts): the twin depends on
// this package, not the other way round.

describe("order_contiguous's rule", () => {
  it("accepts each position 1..n once, in any listing order, as numbers or digit strings", () => {
    expect(orderProblems(["2", "1", "3"])).toEqual([]);
    expect(orderProblems([1, 2])).toEqual([]);
    expect(orderProblems([])).toEqual([]);
  });

  it("names gaps, duplicates and values that are no position", () => {
    expect(orderProblems(["2", "4", "6"])).toEqual(['"4" is not a position from 1 to 3', '"6" is not a position from 1 to 3']);
    expect(orderProblems([1, 1, 2])).toEqual(["position 1 is held by 2 records"]);
    expect(orderProblems(["0", "x", 1.5])).toHaveLength(3);
  });
});

describe("dangling_reference and order_contiguous", () => {
  it("are appended to the checks, after the ones whose letters are already taken", () => {
    const names = CHECKS.map((c) => c.name);
    expect(names.slice(-2)).toEqual(["dangling_reference", "order_contiguous"]);
    expect(CHECKS.find((c) => c.name === "microtenant_isolation")!.letter).toBe(CHECKS[names.length - 3]!.letter);
  });

  it("are skipped against the embedded Prism, saying a stateless mock cannot keep what they check", async () => {
    const report = await runConformance({
      quiet: true,
      seed: 7,
      runs: 3,
      onlyChecks: ["dangling_reference", "order_contiguous"],
      onlyOperations: ["createAdministrator", "updateAdministrator", "createApplicationSegment", "createPolicyRule"],
    });
    const ours = report.results.filter((r) => r.check === "dangling_reference" || r.check === "order_contiguous");
    expect(ours.map((r) => `${r.operationId}/${r.check}`).sort()).toEqual([
      "createAdministrator/dangling_reference",
      "createApplicationSegment/dangling_reference",
      "createPolicyRule/dangling_reference",
      "createPolicyRule/order_contiguous",
      "updateAdministrator/dangling_reference",
    ]);
    for (const r of ours) {
      expect(r.status).toBe("skip");
      expect(r.reason).toMatch(/stateless mock \(Prism\)/);
    }
  }, 120_000);
});
