// The kill matrix of a mutation run: which contract checks went red against which faulty twin.

import type { ConformanceReport } from "@zpa-openapi/contract";

export type { ConformanceReport };

/** One suite run against one twin: which checks went red. */
export interface MutationRow {
  fault: string;
  report?: ConformanceReport;
  error?: string;
  /** `check` → operations where it failed. */
  caughtBy: Map<string, string[]>;
  seconds: number;
}

/** Renders the kill matrix (fault × check) as a Markdown table. */
export function killMatrix(rows: MutationRow[]): string {
  const checks = [...new Set(rows.flatMap((r) => [...r.caughtBy.keys()]))].sort();
  const head = `| fault | ${checks.join(" | ")} | verdict |`;
  const rule = `| --- | ${checks.map(() => ":---:").join(" | ")} | --- |`;
  const lines = rows.map((r) => {
    const cells = checks.map((c) => (r.caughtBy.has(c) ? "X" : ""));
    const healthy = r.fault === "(healthy)";
    const verdict = r.error ? `error: ${r.error}` : healthy ? (r.caughtBy.size === 0 ? "green" : "RED (healthy twin failed)") : r.caughtBy.size > 0 ? "caught" : "MISSED";
    return `| ${r.fault} | ${cells.join(" | ")} | ${verdict} |`;
  });
  return [head, rule, ...lines].join("\n");
}


/** Renders which families each fault was caught in (fault × family): the operations of the failed checks, by family. */
export function familyMatrix(rows: MutationRow[], familyOf: (operationId: string) => string | undefined): string {
  const caughtIn = rows.map((r) => new Set([...r.caughtBy.values()].flat().map((op) => familyOf(op) ?? "(sign-in)")));
  const families = [...new Set(caughtIn.flatMap((s) => [...s]))].sort();
  const head = `| fault | ${families.join(" | ")} |`;
  const rule = `| --- | ${families.map(() => ":---:").join(" | ")} |`;
  const lines = rows.map((r, i) => `| ${r.fault} | ${families.map((f) => (caughtIn[i]!.has(f) ? "X" : "")).join(" | ")} |`);
  return [head, rule, ...lines].join("\n");
}
