/**
 * The steps from changed docs to a release candidate, run in order; the first failure stops the
 * run and is named.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** One step: a label and the command that runs it. */
export interface Step {
  name: string;
  cmd: string[];
  /** What to do when the step fails. */
  hint: string;
  /** A more specific hint for particular exit codes. */
  hintByExitCode?: Record<number, string>;
}

/** The outcome of {@link runSteps}. */
export interface StepsResult {
  ok: boolean;
  /** The step that failed, if one did. */
  failed?: { name: string; exitCode: number | null; hint: string };
  completed: string[];
}

/** Whether turbo.json defines a task, so a step can go through turbo. */
export function hasTurboTask(root: string, task: string): boolean {
  const file = path.join(root, "turbo.json");
  return existsSync(file) && !!JSON.parse(readFileSync(file, "utf8")).tasks?.[task];
}

/** The regen steps for a repository: doc-check → generate → build → test, each through turbo. */
export function regenSteps(root: string, docCheckArgs: string[] = []): Step[] {
  const turbo = path.join(root, "node_modules", ".bin", "turbo");
  const docCheck = hasTurboTask(root, "doc-check")
    ? [turbo, "run", "doc-check", "--filter=@zpa-openapi/tools", "--output-logs=full", ...(docCheckArgs.length > 0 ? ["--", ...docCheckArgs] : [])]
    : // Until turbo.json has a doc-check task, run the tool itself.
      [process.execPath, require.resolve("tsx/cli"), path.join(__dirname, "..", "doc-check", "cli.ts"), "--drift-only", ...docCheckArgs];
  return [
    {
      name: "doc-check",
      cmd: docCheck,
      hint: "doc-check failed: see its output above",
      hintByExitCode: {
        1: "the pages and the spec differ (DRIFT lines above): edit the family file that owns the operation (spec/families/*.yaml; spec/openapi.yaml holds only what every family shares), record deliberate choices in x-doc-notes, and run regen again",
        2: "the pages or the spec could not be read: check the folder given (or ZPA_DOCS_DIR), spec/openapi.yaml and spec/families/*.yaml",
      },
    },
    { name: "generate", cmd: [turbo, "run", "generate"], hint: "the client's types could not be generated from the spec" },
    { name: "build", cmd: [turbo, "run", "build"], hint: "a package does not build against the new spec" },
    { name: "test", cmd: [turbo, "run", "lint", "test"], hint: "lint or a test fails against the new spec" },
  ];
}

/** Runs steps in order with inherited output, stopping at the first that fails. */
export function runSteps(steps: Step[], cwd: string, log: (line: string) => void = console.log): StepsResult {
  const completed: string[] = [];
  for (const [i, step] of steps.entries()) {
    log(`\n▶ regen ${i + 1}/${steps.length}: ${step.name}`);
    const result = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd, stdio: "inherit", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } });
    if (result.status !== 0) {
      const hint = (result.status !== null && step.hintByExitCode?.[result.status]) || step.hint;
      const skipped = steps.slice(i + 1).map((s) => s.name);
      log(`\n✖ regen stopped: step "${step.name}" failed (exit ${result.status ?? result.signal ?? result.error?.message}).\n  ${hint}${skipped.length > 0 ? `\n  not run: ${skipped.join(", ")}` : ""}`);
      return { ok: false, failed: { name: step.name, exitCode: result.status, hint }, completed };
    }
    completed.push(step.name);
  }
  log(`\n✔ regen: ${completed.join(" → ")} passed: a release candidate. Next: pnpm spec-diff --changeset, review, commit.`);
  return { ok: true, completed };
}
