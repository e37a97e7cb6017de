import type { ConformanceReport } from "../types";
import { matrix, skipReasons, totals } from "./matrix";

/** The end-of-run summary for a terminal: matrix, skip reasons, then every failure in full. */
export function renderTerminal(report: ConformanceReport, { color = false } = {}): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const { ops, checks, cell } = matrix(report);
  const reasons = skipReasons(report);
  const opW = Math.max(9, ...ops.map((o) => o.length));
  const lines: string[] = [];
  lines.push(`zpa-conformance: ${report.target} · seed ${report.seed} · ${report.runs} runs/property (${report.negativeRuns}/negative family${report.requestBudget ? `, at most ${report.requestBudget} requests/operation` : ""}) · stateful ${report.stateful ? "yes" : "no"}`);
  lines.push("");
  checks.forEach((ch, i) => lines.push(`  ${String.fromCharCode(65 + i)} = ${ch}`));
  lines.push("");
  lines.push(`${"operation".padEnd(opW)}  ${checks.map((_, i) => String.fromCharCode(65 + i).padEnd(3)).join("")}`);
  for (const op of ops) {
    const cells = checks.map((ch) => {
      const r = cell(op, ch);
      if (!r) return "·  ";
      if (r.status === "pass") return c("32", "ok ");
      if (r.status === "fail") return c("31", "XX ");
      return c("33", `s${reasons.get(r.reason ?? "")}`.padEnd(3));
    });
    lines.push(`${op.padEnd(opW)}  ${cells.join("")}`);
  }
  lines.push("");
  lines.push("ok = pass, XX = fail, sN = skipped (reason N), · = does not apply");
  for (const [reason, n] of reasons) lines.push(`  s${n}: ${reason}`);
  for (const note of report.notes) lines.push(`note: ${note}`);
  const failures = report.results.filter((r) => r.status === "fail");
  for (const r of failures) {
    for (const f of r.failures ?? []) {
      lines.push("");
      lines.push(c("31", `FAIL ${r.operationId} · ${r.check}${f.family && f.family !== r.check ? ` · ${f.family}` : ""}`));
      lines.push(`  ${f.message}`);
      if (f.expected !== undefined) lines.push(`  expected: ${f.expected}`);
      if (f.actual !== undefined) lines.push(`  actual:   ${f.actual}`);
      if (f.bodyPath) lines.push(`  body path: ${f.bodyPath}`);
      lines.push(`  spec: ${f.specLocation}`);
      lines.push(`  reproduce: --seed ${f.seed}${f.curl ? `\n  ${f.curl}` : ""}`);
    }
  }
  const t = totals(report);
  lines.push("");
  lines.push(`${t.pass} passed, ${c(t.fail ? "31" : "32", `${t.fail} failed`)}, ${t.skip} skipped · ${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s`);
  if (report.files?.markdown) lines.push(`report: ${report.files.markdown}`);
  return `${lines.join("\n")}\n`;
}
