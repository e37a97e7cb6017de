import type { CheckResult, ConformanceReport, Failure } from "../types";
import { harFailures } from "./har";

/** One distinct failure as the reports show it: its own anchor, heading, and how to reproduce and replay it. */
export interface FailureView {
  /** Unique within the report (an HTML id / Markdown anchor). */
  id: string;
  result: CheckResult;
  failure: Failure;
  /** `operation · check[ · family]`, the family left out when it only repeats the check. */
  heading: string;
  /** Request families that found the same fault besides the one shown. */
  alsoIn: string[];
  /** 1-based entry of the failures HAR holding its exchange. */
  harEntry?: number;
  /** The run narrowed to this operation and check, same seed. */
  reproduce?: string;
  /** Re-sends its exchange and judges the answer again. */
  replay?: string;
}

const FILTERS = / --(include-operation|only-check|exclude-check|include-tag|exclude-tag|include-path|exclude-path|include-method|exclude-method|exclude-operation) (?:'[^']*'|\S+)/g;

/**
 * The failures of a report, one per (operation, check, message): the same fault found by several
 * request families is shown once, naming the others.
 */
export function failureViews(report: ConformanceReport, harFile = "conformance-failures.har"): FailureView[] {
  const entries = new Map(harFailures(report).map(({ failure }, i) => [failure, i + 1]));
  const views = new Map<string, FailureView>();
  const used = new Set<string>();
  for (const r of report.results) {
    for (const f of r.failures ?? []) {
      const key = `${r.operationId}\u0000${r.check}\u0000${f.message}`;
      const seen = views.get(key);
      if (seen) {
        if (f.family && !seen.alsoIn.includes(f.family)) seen.alsoIn.push(f.family);
        continue;
      }
      let id = `f-${r.operationId}-${r.check}`.replace(/[^A-Za-z0-9_-]/g, "-");
      for (let n = 2; used.has(id); n++) id = `f-${r.operationId}-${r.check}-${n}`.replace(/[^A-Za-z0-9_-]/g, "-");
      used.add(id);
      const harEntry = entries.get(f);
      const write = f.exchange && !["GET", "HEAD", "OPTIONS"].includes(f.exchange.request.method);
      views.set(key, {
        id,
        result: r,
        failure: f,
        heading: `${r.operationId} · ${r.check}${f.family && f.family !== r.check ? ` · ${f.family}` : ""}`,
        alsoIn: [],
        harEntry,
        ...(report.reproduce ? { reproduce: `${report.reproduce.replace(FILTERS, "")} --include-operation ${r.operationId} --only-check ${r.check}` } : {}),
        ...(harEntry ? { replay: `zpa-conformance replay ${harFile} --entry ${harEntry} --target "$ZPA_BASE_URL"${write ? " --allow-writes" : ""}` } : {}),
      });
    }
  }
  return [...views.values()];
}

/** How to run the curls of a report: what `$ZPA_BASE_URL` and `$ZPA_TOKEN` are. */
export function curlSetup(report: ConformanceReport): string[] {
  const base = /^prism/.test(report.target)
    ? "export ZPA_BASE_URL=http://127.0.0.1:4010   # the run's Prism is gone: start one with npx @stoplight/prism-cli mock spec/dist/zpa-openapi.json"
    : `export ZPA_BASE_URL=${report.target}`;
  return [base, /^prism/.test(report.target) ? "export ZPA_TOKEN=any   # Prism accepts any bearer token" : 'export ZPA_TOKEN=$(zpa-conformance token --target "$ZPA_BASE_URL")   # ZPA_CLIENT_ID and ZPA_CLIENT_SECRET from the environment'];
}
