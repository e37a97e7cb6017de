import type { ConformanceReport } from "../types";
import { curlSetup, failureViews } from "./failures";
import { matrix, skipReasons, timeLine, totals } from "./matrix";

const h = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The report as one self-contained HTML page (no external scripts or styles). */
export function renderHtml(report: ConformanceReport): string {
  const { ops, checks, cell } = matrix(report);
  const reasons = skipReasons(report);
  const t = totals(report);
  const views = failureViews(report);
  // A cell links to its first failure section; every section has an id of its own.
  const firstOf = new Map<string, string>();
  for (const v of views) {
    const key = `${v.result.operationId}\u0000${v.result.check}`;
    if (!firstOf.has(key)) firstOf.set(key, v.id);
  }
  const rows = ops.map((op) => `<tr><th>${h(op)}</th>${checks.map((ch) => {
    const r = cell(op, ch);
    if (!r) return `<td class="na">—</td>`;
    const title = r.status === "fail" ? r.failures?.map((f) => f.message).join("\n") : r.reason ?? "";
    const label = r.status === "skip" ? `skip ${reasons.get(r.reason ?? "")}` : r.status;
    const anchor = firstOf.get(`${op}\u0000${ch}`);
    return `<td class="${r.status}" title="${h(title ?? "")}">${r.status === "fail" && anchor ? `<a href="#${anchor}">${label}</a>` : label}</td>`;
  }).join("")}</tr>`);
  const sections = views.map((v) => {
    const f = v.failure;
    return `
<section id="${h(v.id)}"><h3>${h(v.heading)}</h3>
<p>${h(f.message)}</p><dl>${v.alsoIn.length ? `<dt>also found by</dt><dd>${h(v.alsoIn.join(", "))}</dd>` : ""}${f.expected !== undefined ? `<dt>expected</dt><dd>${h(f.expected)}</dd>` : ""}${f.actual !== undefined ? `<dt>actual</dt><dd><code>${h(f.actual)}</code></dd>` : ""}${f.bodyPath ? `<dt>body path</dt><dd><code>${h(f.bodyPath)}</code></dd>` : ""}<dt>spec</dt><dd><code>${h(f.specLocation)}</code></dd><dt>seed</dt><dd>${f.seed}</dd>${v.reproduce ? `<dt>reproduce</dt><dd><code>${h(v.reproduce)}</code></dd>` : ""}${v.replay ? `<dt>replay</dt><dd><code>${h(v.replay)}</code></dd><dt>exchange</dt><dd><a href="conformance-failures.har" data-entry="${v.harEntry}">conformance-failures.har</a>, entry ${v.harEntry}</dd>` : ""}</dl>
${f.curl ? `<pre>${h(f.curl)}</pre>` : ""}</section>`;
  });
  const stopped = report.stopped ? `<p class="stopped"><b>${report.stopped.reason === "interrupted" ? "Interrupted" : "Cut short"}:</b> ${h(report.stopped.message)}</p>` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ZPA conformance report</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 6px;font-size:12px}
thead th{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}td.pass{background:#dfd}td.fail{background:#fcc;font-weight:bold}td.skip{background:#ffd}td.na{color:#aaa}
pre{background:#f4f4f4;padding:8px;white-space:pre-wrap;word-break:break-all}section{border-top:1px solid #ddd;margin-top:1em}dt{font-weight:bold}.stopped{background:#ffd;padding:6px}</style></head>
<body><h1>ZPA conformance: ${t.fail ? `${t.fail} failing check${t.fail === 1 ? "" : "s"}${views.length !== t.fail ? ` (${views.length} findings)` : ""}` : "no failures"}</h1>
${stopped}<p>Target <b>${h(report.target)}</b> · seed ${report.seed} · ${report.runs} runs per property · stateful ${report.stateful ? "yes" : "no"} · ${h(timeLine(report))} · ${t.pass} pass, ${t.fail} fail, ${t.skip} skip</p>
${report.reproduce ? `<p>Reproduce: <code>${h(report.reproduce)}</code></p>` : ""}
<table><thead><tr><th>operation</th>${checks.map((c) => `<th>${h(c)}</th>`).join("")}</tr></thead><tbody>${rows.join("\n")}</tbody></table>
<ol>${[...reasons].map(([r]) => `<li>${h(r)}</li>`).join("")}</ol>
${report.notes.map((n) => `<p><i>${h(n)}</i></p>`).join("")}
${views.length ? `<h2>Failures</h2>${views.some((v) => v.failure.curl) ? `<p>The curls use <code>$ZPA_BASE_URL</code> and <code>$ZPA_TOKEN</code>:</p><pre>${h(curlSetup(report).join("\n"))}</pre>` : ""}${sections.join("\n")}` : ""}
</body></html>
`;
}
