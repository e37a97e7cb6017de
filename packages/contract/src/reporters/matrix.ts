import { CHECKS } from "../checks/index";
import type { CheckResult, ConformanceReport } from "../types";

/** Operations × checks, with `undefined` where a check does not apply. */
export function matrix(report: ConformanceReport): { ops: string[]; checks: string[]; cell(op: string, check: string): CheckResult | undefined } {
  const ops = [...new Set(report.results.map((r) => r.operationId))];
  const present = new Set(report.results.map((r) => r.check));
  const checks = CHECKS.map((c) => c.name).filter((c) => present.has(c));
  const index = new Map(report.results.map((r) => [`${r.operationId}\u0000${r.check}`, r]));
  return { ops, checks, cell: (op, check) => index.get(`${op}\u0000${check}`) };
}

/** Counts by status. */
export function totals(report: ConformanceReport): Record<"pass" | "fail" | "skip", number> {
  const t = { pass: 0, fail: 0, skip: 0 };
  for (const r of report.results) t[r.status]++;
  return t;
}

/** Distinct skip reasons, numbered for footnotes. */
export function skipReasons(report: ConformanceReport): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of report.results) if (r.status === "skip" && r.reason && !m.has(r.reason)) m.set(r.reason, m.size + 1);
  return m;
}
