import { startTwin } from "../src/index";

// The contract suite's `dangling_reference` and `order_contiguous` checks can fail: each passes
// against the healthy twin and fails against the twin with the fault it exists to catch.
jest.setTimeout(180_000);

const ADMINS = ["listRoles", "getRole", "createAdministrator", "getAdministrator", "updateAdministrator", "deleteAdministrator"];
const SEGMENTS = ["listSegmentGroups", "createSegmentGroup", "getSegmentGroup", "deleteSegmentGroup", "listServerGroups", "getServerGroup", "listApplicationSegments", "createApplicationSegment", "getApplicationSegment", "deleteApplicationSegment"];
const RULES = ["getPolicySetByType", "listPolicyRulesByType", "createPolicyRule", "getPolicyRule", "deletePolicyRule"];

const CASES: [check: string, fault: string, failsOn: string, operations: string[]][] = [
  ["dangling_reference", "reference-not-checked", "createAdministrator", ADMINS],
  ["dangling_reference", "reference-not-checked", "updateAdministrator", ADMINS],
  ["dangling_reference", "reference-not-checked", "createApplicationSegment", SEGMENTS],
  ["order_contiguous", "reorder-gaps", "createPolicyRule", RULES],
];

async function run(check: string, operations: string[], fault?: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runConformance } = require("@zpa-openapi/contract") as typeof import("@zpa-openapi/contract");
  const twin = await startTwin({ fault, rateLimit: false, seedAdmins: 3, seedProfile: "realistic", log: () => undefined });
  try {
    const report = await runConformance({ target: twin.url, credentials: twin.credentials, customerId: twin.customerId, seed: 42, runs: 4, negativeRuns: 4, onlyChecks: [check], onlyOperations: operations, allowWrites: true, rateLimit: false, quiet: true });
    return report.results.filter((r) => r.check === check);
  } finally {
    await twin.stop();
  }
}

describe("the suite's reference and order checks against the twin", () => {
  test.each(CASES)("%s fails against the twin with fault %s, on %s", async (check, fault, failsOn, operations) => {
    const bad = (await run(check, operations, fault)).find((r) => r.operationId === failsOn);
    expect(bad?.status).toBe("fail");
    expect(bad!.failures![0]!.check).toBe(check);
    expect(bad!.failures![0]!.curl ?? "").toMatch(/^curl /);
  });

  const healthy: [check: string, family: string, operations: string[]][] = [
    ["dangling_reference", "administrators", ADMINS],
    ["dangling_reference", "application segments", SEGMENTS],
    ["order_contiguous", "policy rules", RULES],
  ];
  test.each(healthy)("%s passes against the healthy twin wherever it applies (%s)", async (check, _family, operations) => {
    const results = await run(check, operations);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status !== "pass").map((r) => `${r.operationId}: ${r.status} ${r.failures?.[0]?.message ?? r.reason ?? ""}`)).toEqual([]);
  });
});
