import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { ConformanceReport } from "../types";
import { reportHar } from "./har";
import { renderHtml } from "./html";
import { renderJunit } from "./junit";
import { renderMarkdown } from "./markdown";

/**
 * Writes the Markdown, JUnit XML, HTML, HAR (failing exchanges) and JSON reports into `dir`, and
 * appends the Markdown to `$GITHUB_STEP_SUMMARY` when that is set.
 */
export async function writeReports(report: ConformanceReport, dir: string): Promise<NonNullable<ConformanceReport["files"]>> {
  const out = resolve(dir);
  await mkdir(out, { recursive: true });
  const files = {
    markdown: join(out, "conformance.md"),
    junit: join(out, "conformance.junit.xml"),
    html: join(out, "conformance.html"),
    har: join(out, "conformance-failures.har"),
    json: join(out, "conformance.json"),
  };
  const md = renderMarkdown(report);
  await Promise.all([
    writeFile(files.markdown, md),
    writeFile(files.junit, renderJunit(report)),
    writeFile(files.html, renderHtml(report)),
    writeFile(files.har, JSON.stringify(reportHar(report), null, 2)),
    writeFile(files.json, JSON.stringify({ ...report, files }, null, 2)),
  ]);
  if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, md);
  return files;
}

export { renderHtml, renderJunit, renderMarkdown, reportHar };
