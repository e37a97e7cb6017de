import { CHECKS } from "../checks/index";
import type { ConformanceReport } from "../types";
import { matrix, skipReasons, totals } from "./matrix";

const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The report in Markdown, ready for a CI job summary. */
export function renderMarkdown(report: ConformanceReport): string {
  const { ops, checks, cell } = matrix(report);
  const reasons = skipReasons(report);
  const t = totals(report);
  const out: string[] = [];
  out.push(`## ZPA conformance: ${t.fail ? `❌ ${t.fail} failing` : "✅ no failures"}`);
  out.push("");
  out.push(`Target **${esc(report.target)}** · seed \`${report.seed}\` · ${report.runs} runs per property, ${report.negativeRuns} per negative family${report.requestBudget ? `, at most ${report.requestBudget} requests per operation` : ""} · stateful: ${report.stateful ? "yes" : "no"} · ${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s · ${t.pass} pass, ${t.fail} fail, ${t.skip} skip`);
  out.push("");
  out.push(`| operation | ${checks.map((c) => `\`${c}\``).join(" | ")} |`);
  out.push(`| --- | ${checks.map(() => ":-:").join(" | ")} |`);
  for (const op of ops) {
    out.push(`| \`${op}\` | ${checks.map((ch) => {
      const r = cell(op, ch);
      if (!r) return "—";
      return r.status === "pass" ? "✅" : r.status === "fail" ? "❌" : `⏭️ ${reasons.get(r.reason ?? "")}`;
    }).join(" | ")} |`);
  }
  out.push("");
  out.push("✅ pass · ❌ fail · ⏭️ N skipped for reason N · — does not apply");
  out.push("");
  for (const [reason, n] of reasons) out.push(`${n}. ${esc(reason)}`);
  if (report.notes.length) {
    out.push("");
    for (const n of report.notes) out.push(`> ${esc(n)}`);
  }
  const fails = report.results.filter((r) => r.status === "fail");
  if (fails.length) {
    out.push("");
    out.push("### Failures");
    for (const r of fails) {
      for (const f of r.failures ?? []) {
        out.push("");
        out.push(`#### \`${r.operationId}\` · \`${r.check}\`${f.family && f.family !== r.check ? ` · ${esc(f.family)}` : ""}`);
        out.push("");
        out.push(`- ${esc(f.message)}`);
        if (f.expected !== undefined) out.push(`- expected: \`${esc(f.expected)}\``);
        if (f.actual !== undefined) out.push(`- actual: \`${esc(f.actual)}\``);
        if (f.bodyPath) out.push(`- body path: \`${f.bodyPath}\``);
        out.push(`- spec: \`${esc(f.specLocation)}\``);
        out.push(`- seed: \`${f.seed}\``);
        if (f.curl) out.push("", "```sh", f.curl, "```");
      }
    }
  }
  out.push("");
  out.push("<details><summary>Checks</summary>");
  out.push("");
  for (const c of CHECKS) out.push(`- \`${c.name}\`: ${c.description}${c.stateful ? " (stateful)" : ""}`);
  out.push("");
  out.push("</details>");
  return `${out.join("\n")}\n`;
}
