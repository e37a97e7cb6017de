import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConformance } from "../src/index";

// The README's main command: the default run against the embedded Prism must pass (or skip with a
// reason). Every operation and every check runs, as in the default run; only the request budget per
// operation is smaller (every negative family still runs once), so the test stays within two minutes.
// The default run's own time is measured by the benchmark, not here.
test("the default run against Prism has no failures and says why stateful checks are skipped", async () => {
  const dir = await mkdtemp(join(tmpdir(), "zpa-conformance-"));
  const report = await runConformance({ quiet: true, seed: 20261126, reportDir: dir, requestBudget: 20 });
  const failing = report.results.filter((r) => r.status === "fail").map((r) => `${r.operationId}/${r.check}: ${r.failures?.[0]?.message}`);
  expect(failing).toEqual([]);
  expect(report.stateful).toBe(false);
  expect(report.runs).toBe(100);
  const skipped = report.results.filter((r) => r.status === "skip");
  expect(skipped.length).toBeGreaterThan(0);
  for (const s of skipped) expect(s.reason).toMatch(/Prism|mock/);
  for (const check of ["round_trip", "use_after_free", "ensure_resource_availability", "unknown_id_not_found", "pagination_walk"]) {
    expect(report.results.some((r) => r.check === check && r.status === "skip")).toBe(true);
  }
  const md = await readFile(report.files!.markdown!, "utf8");
  expect(md).toContain("| `createAdministrator` |");
  expect(await readFile(report.files!.junit!, "utf8")).toContain("<testsuites");
  expect(await readFile(report.files!.html!, "utf8")).toMatch(/^<!doctype html>/);
}, 150_000);
