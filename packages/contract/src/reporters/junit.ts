import type { CheckResult, ConformanceReport } from "../types";
import { byFamily } from "./families";

// XML 1.0 allows tab, LF, CR and the ranges below; anything else (a NUL or an ESC from a server's
// answer, a lone surrogate) makes the whole file unreadable to CI, so it is dropped.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xml = (s: string) => s.replace(ILLEGAL, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const secs = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);

/** The report as JUnit XML: one suite per spec family, one test case per (operation, check), with its time. */
export function renderJunit(report: ConformanceReport): string {
  const testcase = (r: CheckResult) => {
    const inner =
      r.status === "fail"
        ? (r.failures ?? []).map((f) => `<failure message="${xml(f.message)}" type="${xml(r.check)}">${xml([f.family && `family: ${f.family}`, f.expected !== undefined && `expected: ${f.expected}`, f.actual !== undefined && `actual: ${f.actual}`, `spec: ${f.specLocation}`, `seed: ${f.seed}`, f.curl].filter(Boolean).join("\n"))}</failure>`).join("")
        : r.status === "skip"
          ? `<skipped message="${xml(r.reason ?? "")}"/>`
          : "";
    return `    <testcase classname="${xml(`${r.family ?? "zpa"}.${r.operationId}`)}" name="${xml(r.check)}" time="${secs(r.durationMs)}">${inner}</testcase>`;
  };
  const suites = byFamily(report.families, report.results).map(({ family, results: rs }) => {
    const f = rs.filter((r) => r.status === "fail").length;
    const s = rs.filter((r) => r.status === "skip").length;
    const time = rs.reduce((t, r) => t + (r.durationMs ?? 0), 0);
    return `  <testsuite name="${xml(family?.family ?? "other")}" tests="${rs.length}" failures="${f}" skipped="${s}" time="${secs(time)}">\n${rs.map(testcase).join("\n")}\n  </testsuite>`;
  });
  const total = report.results.length;
  const skipped = report.results.filter((r) => r.status === "skip").length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="zpa-conformance" tests="${total}" failures="${report.failed}" skipped="${skipped}" time="${secs(report.durationMs)}">\n${suites.join("\n")}\n</testsuites>\n`;
}
