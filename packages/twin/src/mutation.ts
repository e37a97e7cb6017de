import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SUITE_TWIN, suiteOptionsFor } from "./contract-coverage.js";
import { FAULTS, CONTRACT_CHECKED_OPERATIONS, MUTATION_FAMILIES, checkedOperationsOf, operationFamilies, startTwin } from "./index.js";
import { familyMatrix, killMatrix, type ConformanceReport, type MutationRow } from "./kill-matrix.js";

type RunConformance = (options: Record<string, unknown>) => Promise<ConformanceReport>;

async function runOne(runConformance: RunConformance, fault: string | undefined, opts: { seed: number; runs: number; operations: readonly string[] }): Promise<MutationRow> {
  const started = Date.now();
  const twin = await startTwin({ ...SUITE_TWIN, fault });
  const row: MutationRow = { fault: fault ?? "(healthy)", caughtBy: new Map(), seconds: 0 };
  try {
    // Every family the suite can drive green today (see contract-coverage.ts), with every run it
    // asks for, so each fault meets the whole of the suite's strength across families.
    row.report = await runConformance(suiteOptionsFor(twin, { seed: opts.seed, runs: opts.runs, negativeRuns: Math.max(5, Math.ceil(opts.runs / 2)), operations: opts.operations }));
    for (const r of row.report.results) {
      if (r.status !== "fail") continue;
      row.caughtBy.set(r.check, [...(row.caughtBy.get(r.check) ?? []), r.operationId]);
    }
  } catch (e) {
    row.error = (e as Error).message;
  } finally {
    await twin.stop();
    row.seconds = (Date.now() - started) / 1000;
  }
  return row;
}

/** Runs `tasks` with at most `limit` at a time, keeping their order in the result. */
async function pool<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await tasks[i]!();
      }
    }),
  );
  return out;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: "string", default: "20261126" },
      runs: { type: "string", default: "12" },
      only: { type: "string" },
      concurrency: { type: "string", default: "2" },
      report: { type: "string" },
      families: { type: "string" },
    },
  });
  const seed = Number(values.seed);
  const runs = Number(values.runs);
  const only = values.only?.split(",").map((s) => s.trim());
  const faults = FAULTS.filter((f) => !only || only.includes(f.name)).map((f) => f.name);
  const families = values.families === "all" ? undefined : values.families ? values.families.split(",").map((s) => s.trim()) : MUTATION_FAMILIES;
  const operations = families ? checkedOperationsOf(families) : CONTRACT_CHECKED_OPERATIONS;
  let runConformance: RunConformance;
  try {
    // A specifier in a variable: the twin type-checks and builds even before the suite is built.
    const suite = "@zpa-openapi/contract";
    ({ runConformance } = (await import(suite)) as { runConformance: RunConformance });
  } catch (e) {
    console.error(`mutation: cannot load @zpa-openapi/contract (build it first): ${(e as Error).message}`);
    return 2;
  }
  console.log(`mutation: contract suite vs the healthy twin and ${faults.length} faults (seed ${seed}, runs ${runs}, ${operations.length} operations of ${families ? families.join(", ") : "every checked family"})`);
  const tasks = [undefined, ...faults].map((f) => () => runOne(runConformance, f, { seed, runs, operations }).then((row) => {
    console.log(`  ${row.fault.padEnd(32)} ${row.error ? "ERROR" : row.caughtBy.size ? "red  " : "green"} ${row.seconds.toFixed(1)}s ${[...row.caughtBy.keys()].join(", ")}`);
    return row;
  }));
  const rows = await pool(tasks, Math.max(1, Number(values.concurrency)));
  const problems: string[] = [];
  const healthy = rows[0]!;
  if (healthy.error) problems.push(`healthy run failed to complete: ${healthy.error}`);
  if (healthy.report) {
    if (!healthy.report.stateful) problems.push("the suite did not run its stateful checks against the healthy twin");
    for (const r of healthy.report.results) {
      if (r.status === "fail") problems.push(`healthy twin failed ${r.check} on ${r.operationId}: ${r.failures?.[0]?.message ?? ""}`);
      if (r.status === "skip") problems.push(`healthy run skipped ${r.check} on ${r.operationId}: ${r.reason ?? "no reason given"}`);
    }
  }
  for (const row of rows.slice(1)) {
    if (row.error) problems.push(`fault ${row.fault}: run failed: ${row.error}`);
    else if (row.caughtBy.size === 0) problems.push(`fault ${row.fault} was not caught by any check`);
  }
  const familyOf = operationFamilies();
  const matrix = `${killMatrix(rows)}\n\nBy family (X = a check failed on an operation of that family)\n\n${familyMatrix(rows, (op) => familyOf.get(op))}`;
  console.log(`\nKill matrix (X = the check failed against that twin)\n\n${matrix}\n`);
  // In CI the matrix lands beside the other reports at the repository root (the job summary reads reports/*.md).
  const reportPath = values.report ?? (process.env.CI ? join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "reports", "mutation-kill-matrix.md") : undefined);
  if (reportPath) {
    mkdirSync(dirname(reportPath), { recursive: true });
    const descriptions = FAULTS.map((f) => `- \`${f.name}\`: ${f.description}`).join("\n");
    writeFileSync(reportPath, `## Mutation run: contract suite vs the twin's faults\n\nseed ${seed}, runs ${runs}\n\n${matrix}\n\n${descriptions}\n`);
    console.log(`kill matrix written to ${reportPath}`);
  }
  const caught = rows.slice(1).filter((r) => !r.error && r.caughtBy.size > 0).length;
  console.log(`${caught}/${faults.length} faults caught; healthy twin ${problems.some((p) => p.startsWith("healthy")) ? "NOT green" : "green"}`);
  for (const p of problems) console.log(`  problem: ${p}`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`mutation: ${e.stack ?? e.message}`);
    process.exit(2);
  },
);
