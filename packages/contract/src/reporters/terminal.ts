import type { ConformanceReport } from "../types";
import { curlSetup, failureViews } from "./failures";
import { matrix, skipReasons, timeLine, totals } from "./matrix";

/** The end-of-run summary for a terminal: matrix, skip reasons, then every failure in full. */
export function renderTerminal(report: ConformanceReport, { color = false } = {}): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const { ops, infos, cell } = matrix(report);
  const reasons = skipReasons(report);
  const opW = Math.max(9, ...ops.map((o) => o.length));
  const w = Math.max(3, ...infos.map((i) => i.letter.length + 1));
  const lines: string[] = [];
  lines.push(`zpa-conformance: ${report.target} · seed ${report.seed} · ${report.runs} runs/property (${report.negativeRuns}/negative family${report.requestBudget ? `, at most ${report.requestBudget} requests/operation` : ""}) · stateful ${report.stateful ? "yes" : "no"}`);
  lines.push("");
  // Letters come from the check registry, so a check keeps its letter whatever the filters.
  for (const i of infos) lines.push(`  ${i.letter.padStart(2)} = ${i.name}`);
  lines.push("");
  lines.push(`${"operation".padEnd(opW)}  ${infos.map((i) => i.letter.padEnd(w)).join("")}`);
  for (const op of ops) {
    const cells = infos.map(({ name }) => {
      const r = cell(op, name);
      if (!r) return "·".padEnd(w);
      if (r.status === "pass") return c("32", "ok".padEnd(w));
      if (r.status === "fail") return c("31", "XX".padEnd(w));
      return c("33", `s${reasons.get(r.reason ?? "")}`.padEnd(w));
    });
    lines.push(`${op.padEnd(opW)}  ${cells.join("")}`);
  }
  lines.push("");
  lines.push("ok = pass, XX = fail, sN = skipped (reason N), · = does not apply");
  for (const [reason, n] of reasons) lines.push(`  s${n}: ${reason}`);
  for (const note of report.notes) lines.push(`note: ${note}`);
  const views = failureViews(report, report.files?.har ?? "conformance-failures.har");
  if (views.some((v) => v.failure.curl)) {
    lines.push("");
    lines.push("To run the curls below:");
    for (const l of curlSetup(report)) lines.push(`  ${l}`);
  }
  for (const v of views) {
    const f = v.failure;
    lines.push("");
    lines.push(c("31", `FAIL ${v.heading}`));
    lines.push(`  ${f.message}`);
    if (v.alsoIn.length) lines.push(`  also found by: ${v.alsoIn.join(", ")}`);
    if (f.expected !== undefined) lines.push(`  expected: ${f.expected}`);
    if (f.actual !== undefined) lines.push(`  actual:   ${f.actual}`);
    if (f.bodyPath) lines.push(`  body path: ${f.bodyPath}`);
    lines.push(`  spec: ${f.specLocation}`);
    lines.push(`  reproduce: ${v.reproduce ?? `--seed ${f.seed}`}`);
    if (v.replay) lines.push(`  replay:    ${v.replay}`);
    if (f.curl) lines.push(`  ${f.curl}`);
  }
  const t = totals(report);
  lines.push("");
  if (report.stopped) lines.push(c("33", `${report.stopped.reason === "interrupted" ? "INTERRUPTED" : "CUT SHORT"}: ${report.stopped.message}`));
  lines.push(`${t.pass} passed, ${c(t.fail ? "31" : "32", `${t.fail} failed`)}, ${t.skip} skipped · ${timeLine(report)}`);
  if (report.reproduce) lines.push(`reproduce: ${report.reproduce}`);
  if (report.files?.markdown) lines.push(`report: ${report.files.markdown}`);
  return `${lines.join("\n")}\n`;
}
