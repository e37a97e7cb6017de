import type { ConformanceReport } from "../types";
import { matrix, skipReasons, totals } from "./matrix";

const h = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The report as one self-contained HTML page (no external scripts or styles). */
export function renderHtml(report: ConformanceReport): string {
  const { ops, checks, cell } = matrix(report);
  const reasons = skipReasons(report);
  const t = totals(report);
  const rows = ops.map((op) => `<tr><th>${h(op)}</th>${checks.map((ch) => {
    const r = cell(op, ch);
    if (!r) return `<td class="na">—</td>`;
    const title = r.status === "fail" ? r.failures?.map((f) => f.message).join("\n") : r.reason ?? "";
    const label = r.status === "skip" ? `skip ${reasons.get(r.reason ?? "")}` : r.status;
    return `<td class="${r.status}" title="${h(title ?? "")}">${r.status === "fail" ? `<a href="#f-${h(op)}-${h(ch)}">${label}</a>` : label}</td>`;
  }).join("")}</tr>`);
  const failures = report.results.filter((r) => r.status === "fail").flatMap((r) => (r.failures ?? []).map((f) => `
<section id="f-${h(r.operationId)}-${h(r.check)}"><h3>${h(r.operationId)} · ${h(r.check)}${f.family ? ` · ${h(f.family)}` : ""}</h3>
<p>${h(f.message)}</p><dl>${f.expected !== undefined ? `<dt>expected</dt><dd>${h(f.expected)}</dd>` : ""}${f.actual !== undefined ? `<dt>actual</dt><dd><code>${h(f.actual)}</code></dd>` : ""}${f.bodyPath ? `<dt>body path</dt><dd><code>${h(f.bodyPath)}</code></dd>` : ""}<dt>spec</dt><dd><code>${h(f.specLocation)}</code></dd><dt>seed</dt><dd>${f.seed}</dd></dl>
${f.curl ? `<pre>${h(f.curl)}</pre>` : ""}</section>`));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ZPA conformance report</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 6px;font-size:12px}
thead th{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}td.pass{background:#dfd}td.fail{background:#fcc;font-weight:bold}td.skip{background:#ffd}td.na{color:#aaa}
pre{background:#f4f4f4;padding:8px;white-space:pre-wrap;word-break:break-all}section{border-top:1px solid #ddd;margin-top:1em}dt{font-weight:bold}</style></head>
<body><h1>ZPA conformance: ${t.fail ? `${t.fail} failing` : "no failures"}</h1>
<p>Target <b>${h(report.target)}</b> · seed ${report.seed} · ${report.runs} runs per property · stateful ${report.stateful ? "yes" : "no"} · ${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s · ${t.pass} pass, ${t.fail} fail, ${t.skip} skip</p>
<table><thead><tr><th>operation</th>${checks.map((c) => `<th>${h(c)}</th>`).join("")}</tr></thead><tbody>${rows.join("\n")}</tbody></table>
<ol>${[...reasons].map(([r]) => `<li>${h(r)}</li>`).join("")}</ol>
${report.notes.map((n) => `<p><i>${h(n)}</i></p>`).join("")}
${failures.length ? `<h2>Failures</h2>${failures.join("\n")}` : ""}
</body></html>
`;
}
