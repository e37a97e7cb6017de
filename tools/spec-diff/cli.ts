// `pnpm spec-diff [base-ref] [--changeset] [--json]`: classifies the changes between the spec at a
// git ref (default HEAD) and the working tree, each assembled from its root and family files.
// Exit 0 after reporting, 2 when a version cannot be read.
import path from "node:path";
import { findRepoRoot, loadSpec } from "../openapi-document";
import { bumpFor, classifySpecChanges, overallLevel, type SpecChange } from "./classify";
import { specAtRef } from "./spec-at-ref";
import { planChangeset, writeChangeset } from "./changeset";

const USAGE = `usage: pnpm spec-diff [base-ref] [--changeset] [--json]
  base-ref     git ref to compare the working tree's spec (spec/openapi.yaml and spec/families/*.yaml) with (default: HEAD)
  --changeset  write .changeset/spec-diff-<hash>.md with the matching bump for spec and client
  --json       print the changes (and the changeset plan) as JSON`;

function format(changes: SpecChange[], baseRef: string): string {
  if (changes.length === 0) return `spec-diff: no changes to the spec since ${baseRef}`;
  const level = overallLevel(changes)!;
  const lines = [`spec-diff: ${changes.length} change(s) since ${baseRef}; overall ${level} → ${bumpFor(level)} bump`];
  for (const l of ["breaking", "additive", "docs"] as const) {
    const group = changes.filter((c) => c.level === l);
    if (group.length === 0) continue;
    lines.push("", `${l === "docs" ? "docs-only" : l} (${group.length})`);
    for (const c of group) lines.push(`  ${c.where}: ${c.message}`);
  }
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const refs = argv.filter((a) => !a.startsWith("-"));
  const unknown = argv.filter((a) => a.startsWith("-") && !["--changeset", "--json", "--help", "-h"].includes(a));
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length > 0 || refs.length > 1) throw new UsageError(unknown.length > 0 ? `unknown option ${unknown[0]}` : `one base ref, got ${refs.join(" ")}`);
  const baseRef = refs[0] ?? "HEAD";
  const root = findRepoRoot();
  const { doc: base, commit } = specAtRef(root, baseRef);
  // The working tree's root assembled with its families, as the spec package builds it.
  const head = loadSpec(path.join(root, "spec", "openapi.yaml"));
  const changes = classifySpecChanges(base, head);
  const plan = argv.includes("--changeset") ? await planChangeset(root, base, head, changes, baseRef) : undefined;
  const file = plan ? writeChangeset(root, plan, commit) : undefined;
  if (argv.includes("--json")) {
    console.log(JSON.stringify({ base: { ref: baseRef, commit }, level: overallLevel(changes) ?? null, changes, changeset: plan ? { file, ...plan } : null }, null, 2));
  } else {
    console.log(format(changes, baseRef));
    if (argv.includes("--changeset")) {
      console.log(
        plan
          ? `\nwrote ${path.relative(root, file!)}: ${Object.entries(plan.releases).map(([n, b]) => `${n} ${b}`).join(", ")}${plan.clientTypesChanged ? "" : " (client types unchanged)"}`
          : "\nno changes: no changeset written",
      );
    }
  }
  return 0;
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`spec-diff: ${(error as Error).message}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exitCode = 2;
  },
);
