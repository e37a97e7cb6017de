import { openapi } from "@zpa-openapi/spec";
import { SUITE_TWIN, suiteOptionsFor } from "../src/contract-coverage";
import { CONTRACT_CHECKED_OPERATIONS, startTwin } from "../src/index";

// The list the twin's README and `pnpm mutation` rely on, held to what it says: the contract suite,
// run over every operation on it against a realistic tenant, fails none and skips none.
jest.setTimeout(400_000);

test("CONTRACT_CHECKED_OPERATIONS is every operation of the spec: a family added without the suite driving it fails here", () => {
  const all = Object.values(openapi.paths ?? {}).flatMap((item) => Object.values(item ?? {}).map((op) => (op as { operationId?: string })?.operationId).filter((id): id is string => !!id));
  expect([...CONTRACT_CHECKED_OPERATIONS].sort()).toEqual([...new Set(all)].sort());
});

test("the contract suite drives every operation of CONTRACT_CHECKED_OPERATIONS green against the twin", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runConformance } = require("@zpa-openapi/contract") as typeof import("@zpa-openapi/contract");
  const twin = await startTwin(SUITE_TWIN);
  try {
    const report = await runConformance(suiteOptionsFor(twin, { seed: 20261130, runs: 3, negativeRuns: 3, operations: CONTRACT_CHECKED_OPERATIONS }));
    const problems = report.results.filter((r) => r.status !== "pass").map((r) => `${r.operationId} ${r.check} ${r.status}: ${r.failures?.[0]?.message ?? r.reason ?? ""}`);
    expect(problems).toEqual([]);
    expect(new Set(report.results.map((r) => r.operationId))).toEqual(new Set(CONTRACT_CHECKED_OPERATIONS));
  } finally {
    await twin.stop();
  }
});
