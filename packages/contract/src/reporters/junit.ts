import type { ConformanceReport } from "../types";

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The report as JUnit XML: one suite per operation, one test case per check. */
export function renderJunit(report: ConformanceReport): string {
  const byOp = new Map<string, typeof report.results>();
  for (const r of report.results) byOp.set(r.operationId, [...(byOp.get(r.operationId) ?? []), r]);
  const suites = [...byOp].map(([op, rs]) => {
    const cases = rs.map((r) => {
      const inner =
        r.status === "fail"
          ? (r.failures ?? []).map((f) => `<failure message="${xml(f.message)}" type="${xml(r.check)}">${xml([f.family && `family: ${f.family}`, f.expected !== undefined && `expected: ${f.expected}`, f.actual !== undefined && `actual: ${f.actual}`, `spec: ${f.specLocation}`, `seed: ${f.seed}`, f.curl].filter(Boolean).join("\n"))}</failure>`).join("")
          : r.status === "skip"
            ? `<skipped message="${xml(r.reason ?? "")}"/>`
            : "";
      return `    <testcase classname="${xml(op)}" name="${xml(r.check)}">${inner}</testcase>`;
    });
    const f = rs.filter((r) => r.status === "fail").length;
    const s = rs.filter((r) => r.status === "skip").length;
    return `  <testsuite name="${xml(op)}" tests="${rs.length}" failures="${f}" skipped="${s}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const total = report.results.length;
  const skipped = report.results.filter((r) => r.status === "skip").length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="zpa-conformance" tests="${total}" failures="${report.failed}" skipped="${skipped}" time="${(report.durationMs / 1000).toFixed(3)}">\n${suites.join("\n")}\n</testsuites>\n`;
}
