import { runConformance } from "../src/index";
import { chainSpec, startChainServer } from "./fixtures/dependency-server";

jest.setTimeout(120_000);

// An Alpha whose `code` no string satisfies (exactly 3 characters, matching five letters): the
// generator can never build its create body. That is the suite's problem with one resource, so it
// is reported where it matters (the prerequisite, the checks that needed one) and the run goes on;
// it used to end the whole run, or (a plain filter) stall it without a word.
const spec = structuredClone(chainSpec) as any;
spec.components.schemas.Alpha.required.push("code");
spec.components.schemas.Alpha.properties.code = { type: "string", minLength: 3, maxLength: 3, pattern: "^[a-z]{5}$" };

test("a prerequisite the generator cannot build is noted, its checks fail on their own, and the rest of the run goes on", async () => {
  const server = await startChainServer();
  try {
    const report = await runConformance({ target: server.url, spec, credentials: server.credentials, customerId: server.customerId, runs: 2, negativeRuns: 1, seed: 7, quiet: true });
    expect(report.notes.find((n) => n.startsWith("Could not build the prerequisite Alpha"))).toMatch(/could not generate a string of 3\.\.3 characters matching/);
    const createAlpha = report.results.filter((r) => r.operationId === "createAlpha" && r.status === "fail");
    expect(createAlpha.some((r) => /could not generate/.test(r.failures?.[0]?.message ?? ""))).toBe(true);
    // Operations that need no Alpha ran and passed.
    expect(report.results.find((r) => r.operationId === "listGammas" && r.check === "status_code_conformance")?.status).toBe("pass");
  } finally {
    await server.stop();
  }
});

test("a statefulness probe that cannot build its resource says so instead of ending the run", async () => {
  const server = await startChainServer();
  try {
    const report = await runConformance({ target: server.url, spec, credentials: server.credentials, customerId: server.customerId, onlyOperations: ["createAlpha", "getAlpha", "listAlphas"], runs: 2, negativeRuns: 1, seed: 7, quiet: true });
    expect(report.notes.some((n) => /^The statefulness probe could not build Alpha: could not generate/.test(n))).toBe(true);
    expect(report.results.find((r) => r.operationId === "listAlphas" && r.check === "status_code_conformance")?.status).toBe("pass");
  } finally {
    await server.stop();
  }
});
