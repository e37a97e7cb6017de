import { CHECKS, type CheckInfo } from "../checks/index";
import type { CheckResult, ConformanceReport } from "../types";

/** Operations × checks, with `undefined` where a check does not apply. Checks keep their registry letters. */
export function matrix(report: ConformanceReport, results: readonly CheckResult[] = report.results): { ops: string[]; checks: string[]; infos: CheckInfo[]; cell(op: string, check: string): CheckResult | undefined } {
  const ops = [...new Set(results.map((r) => r.operationId))];
  const present = new Set(report.results.map((r) => r.check));
  const infos = (report.checks ?? CHECKS).filter((c) => present.has(c.name));
  const index = new Map(results.map((r) => [`${r.operationId}\u0000${r.check}`, r]));
  return { ops, checks: infos.map((c) => c.name), infos, cell: (op, check) => index.get(`${op}\u0000${check}`) };
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

/** Seconds with one decimal. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The time line of a report: requests, wall time, and the part spent waiting on rate limits. */
export function timeLine(report: ConformanceReport): string {
  return `${report.requests} requests in ${seconds(report.durationMs)}${report.rateLimitWaitMs >= 100 ? ` (${seconds(report.rateLimitWaitMs)} waiting on rate limits)` : ""}`;
}
