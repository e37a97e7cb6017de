import type { ConformanceReport } from "../types";
import { byFamily } from "./families";
import { curlSetup, failureViews } from "./failures";
import { matrix, skipReasons, timeLine, totals } from "./matrix";

const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The report in Markdown, ready for a CI job summary: one matrix per spec family, then the failures. */
export function renderMarkdown(report: ConformanceReport): string {
  const reasons = skipReasons(report);
  const t = totals(report);
  const out: string[] = [];
  out.push(`## ZPA conformance: ${t.fail ? `❌ ${t.fail} failing` : "✅ no failures"}${report.stopped ? ` (${report.stopped.reason === "interrupted" ? "interrupted" : "cut short"})` : ""}`);
  out.push("");
  out.push(`Target **${esc(report.target)}** · seed \`${report.seed}\` · ${report.runs} runs per property, ${report.negativeRuns} per negative family${report.requestBudget ? `, at most ${report.requestBudget} requests per operation` : ""} · stateful: ${report.stateful ? "yes" : "no"} · ${timeLine(report)} · ${t.pass} pass, ${t.fail} fail, ${t.skip} skip`);
  if (report.stopped) out.push("", `> **${report.stopped.reason === "interrupted" ? "Interrupted" : "Cut short"}:** ${esc(report.stopped.message)}`);
  if (report.reproduce) out.push("", "Reproduce:", "", "```sh", report.reproduce, "```");
  if (report.families?.length) {
    out.push("");
    out.push("| family | operations | pass | fail | skip |");
    out.push("| --- | --: | --: | --: | --: |");
    for (const f of report.families) out.push(`| ${f.fail ? "❌" : "✅"} [${esc(f.title)}](#family-${f.family}) | ${f.operations} | ${f.pass} | ${f.fail} | ${f.skip} |`);
  }
  for (const { family, results } of byFamily(report.families, report.results)) {
    const { ops, checks, cell } = matrix(report, results);
    out.push("");
    out.push(`### ${family ? `<a id="family-${family.family}"></a>${esc(family.title)}` : "Other"}`);
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
  }
  out.push("");
  out.push("✅ pass · ❌ fail · ⏭️ N skipped for reason N · — does not apply");
  out.push("");
  for (const [reason, n] of reasons) out.push(`${n}. ${esc(reason)}`);
  if (report.notes.length) {
    out.push("");
    for (const n of report.notes) out.push(`> ${esc(n)}`);
  }
  const views = failureViews(report);
  if (views.length) {
    out.push("");
    out.push("### Failures");
    if (views.some((v) => v.failure.curl)) out.push("", "The curls use `$ZPA_BASE_URL` and `$ZPA_TOKEN`:", "", "```sh", ...curlSetup(report), "```");
    for (const v of views) {
      const f = v.failure;
      out.push("");
      out.push(`#### \`${v.result.operationId}\` · \`${v.result.check}\`${f.family && f.family !== v.result.check ? ` · ${esc(f.family)}` : ""}`);
      out.push("");
      out.push(`- ${esc(f.message)}`);
      if (v.alsoIn.length) out.push(`- also found by: ${v.alsoIn.map(esc).join(", ")}`);
      if (f.expected !== undefined) out.push(`- expected: \`${esc(f.expected)}\``);
      if (f.actual !== undefined) out.push(`- actual: \`${esc(f.actual)}\``);
      if (f.bodyPath) out.push(`- body path: \`${f.bodyPath}\``);
      out.push(`- spec: \`${esc(f.specLocation)}\``);
      out.push(`- seed: \`${f.seed}\``);
      if (v.reproduce) out.push(`- reproduce: \`${esc(v.reproduce)}\``);
      if (v.replay) out.push(`- replay: \`${esc(v.replay)}\` (entry ${v.harEntry} of \`conformance-failures.har\`)`);
      if (f.curl) out.push("", "```sh", f.curl, "```");
    }
  }
  out.push("");
  out.push("<details><summary>Checks</summary>");
  out.push("");
  for (const c of report.checks) out.push(`- ${c.letter} \`${c.name}\`: ${c.description}${c.stateful ? " (stateful)" : ""}`);
  out.push("");
  out.push("</details>");
  return `${out.join("\n")}\n`;
}
