// `pnpm release` versions the packages from the pending changesets, builds and publishes them;
// `pnpm release --publish` builds and publishes what the registry lacks (the release workflow).
// `pnpm release --dry-run [--no-build] [--only a,b] [--keep]` packs every publishable package,
// installs the tarballs into a fresh project and type-checks ESM and CJS consumers; it publishes
// nothing. Exit 0 on success, 1 when a step or a package fails, 2 on bad arguments.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { findRepoRoot } from "../openapi-document";
import { dryRun, formatDryRun, hasBuiltOutput } from "./dry-run";
import { publishPackages } from "./publish";
import { publishablePackages } from "./workspace-packages";

const USAGE = `usage: pnpm release [--publish | --dry-run [--no-build] [--only NAME,...] [--keep]]
  (no flags)   changeset version, turbo run build, then publish as --publish does
  --publish    build, then pack with pnpm and publish with npm every publishable package whose
               version is not on the registry yet (the release workflow's publish job; npm's
               trusted publishing authenticates it, so no token is configured)
  --dry-run    build, pack every publishable package, install the tarballs into a fresh project
               with npm and type-check an ESM and a CJS consumer; publish nothing
  --no-build   use the packages' existing dist/ (dry-run only)
  --only       comma-separated package names to check (default: every publishable package)
  --keep       keep the temporary project and print its path`;

class UsageError extends Error {}

function bin(root: string, name: string): string {
  const file = path.join(root, "node_modules", ".bin", name);
  if (!existsSync(file)) throw new Error(`${name} is not installed at ${file}: run pnpm install first`);
  return file;
}

function step(label: string, cmd: string[], cwd: string): boolean {
  console.log(`\n▶ release: ${label}: ${cmd.map((c) => path.basename(c)).join(" ")}`);
  const result = spawnSync(cmd[0], cmd.slice(1), { cwd, stdio: "inherit", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } });
  if (result.status === 0) return true;
  console.error(`\n✖ release: step "${label}" failed (exit ${result.status ?? result.signal}); nothing after it ran.`);
  return false;
}

/** Pending changesets' releases, read from their front matter. */
function pendingReleases(root: string): string[] {
  const dir = path.join(root, ".changeset");
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md").sort()) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, file), "utf8"))?.[1] ?? "";
    for (const line of front.split("\n").filter(Boolean)) out.push(`${line.replace(/"/g, "").replace(":", "")} (${file})`);
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const known = new Set(["--dry-run", "--publish", "--no-build", "--only", "--keep", "--help", "-h"]);
  const onlyAt = argv.indexOf("--only");
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? "").split(",").filter(Boolean) : undefined;
  const rest = argv.filter((a, i) => i !== onlyAt + 1 || onlyAt < 0);
  const unknown = rest.find((a) => !known.has(a));
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (unknown) throw new UsageError(`unknown argument ${unknown}`);
  if (onlyAt >= 0 && (!only || only.length === 0)) throw new UsageError("--only needs package names");
  const dry = argv.includes("--dry-run");
  if (!dry && (argv.includes("--no-build") || only || argv.includes("--keep"))) throw new UsageError("--no-build, --only and --keep go with --dry-run");
  const root = findRepoRoot();

  const publishOnly = argv.includes("--publish");
  if (publishOnly && dry) throw new UsageError("--publish and --dry-run exclude each other");
  if (!dry) {
    if (!publishOnly && !step("version", [bin(root, "changeset"), "version"], root)) return 1;
    if (!step("build", [bin(root, "turbo"), "run", "build"], root)) return 1;
    console.log("\n▶ release: publish what the registry does not have yet");
    const outcomes = await publishPackages({ root, packages: publishablePackages(root), log: (l) => console.log(`  ${l}`) });
    const failed = outcomes.filter((o) => o.status === "failed");
    console.log(`release: ${outcomes.filter((o) => o.status === "published").length} published, ${outcomes.filter((o) => o.status === "already-published").length} already on the registry, ${failed.length} failed`);
    return failed.length === 0 ? 0 : 1;
  }

  let packages = publishablePackages(root);
  if (only) {
    const missing = only.filter((n) => !packages.some((p) => p.name === n));
    if (missing.length > 0) throw new UsageError(`not a publishable workspace package: ${missing.join(", ")} (publishable: ${packages.map((p) => p.name).join(", ")})`);
    packages = packages.filter((p) => only.includes(p.name));
  }
  const pending = pendingReleases(root);
  console.log(pending.length > 0 ? `pending changesets:\n${pending.map((l) => `  ${l}`).join("\n")}` : "no pending changesets (versions stay as they are)");
  if (!argv.includes("--no-build")) {
    const filters = packages.flatMap((p) => ["--filter", p.name]);
    // --continue: a package still being written may fail to build; it is skipped below, not fatal.
    step("build", [bin(root, "turbo"), "run", "build", "--continue", "--output-logs=errors-only", ...filters], root);
  }
  const unbuilt = packages.filter((p) => !hasBuiltOutput(p));
  for (const p of unbuilt) console.log(`skipped ${p.name}: its dist/ is missing or incomplete (did its build fail?)`);
  if (only && unbuilt.length > 0) return 1;
  packages = packages.filter((p) => hasBuiltOutput(p));
  if (packages.length === 0) {
    console.error("release --dry-run: no built package to check");
    return 1;
  }
  const result = await dryRun({ root, packages, keep: argv.includes("--keep"), log: (l) => console.log(`  ${l}`) });
  console.log(`\n${formatDryRun(result)}`);
  if (argv.includes("--keep")) console.log(`kept ${result.dir}`);
  return result.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`release: ${(error as Error).message}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exitCode = 2;
  },
);
