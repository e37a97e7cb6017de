/**
 * The release dry-run: pack every publishable package, install the tarballs into a fresh
 * project with npm (as a user would), then type-check and run an ESM and a CJS consumer of each
 * package with strict TypeScript. Nothing is published.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { pnpmCommand, type WorkspacePackage } from "./workspace-packages";

const exec = promisify(execFile);

/** One export each package is known for; a package without one is checked on any export it has. */
export const KNOWN_EXPORTS: Record<string, string> = {
  "@zpa-openapi/spec": "createSpecValidator",
  "@zpa-openapi/client": "createZpaClient",
  "@zpa-openapi/contract": "runConformance",
  "@zpa-openapi/twin": "startTwin",
};

/** What the dry-run found for one package. */
export interface PackageResult {
  name: string;
  version: string;
  tarball?: string;
  /** Files in the tarball. */
  files?: number;
  /** The export the consumers used and whether it exists at runtime or only as a type. */
  checked?: { name: string; kind: "value" | "type" };
  ok: boolean;
  problems: string[];
}

/** Options for {@link dryRun}. */
export interface DryRunOptions {
  root: string;
  packages: WorkspacePackage[];
  /** Keep the temporary folder (its path is in the result). */
  keep?: boolean;
  log?: (line: string) => void;
}

/** The dry-run's outcome. */
export interface DryRunResult {
  ok: boolean;
  dir: string;
  packages: PackageResult[];
}

async function run(cmd: string[], cwd: string, timeoutMs = 240_000): Promise<{ stdout: string; stderr: string }> {
  try {
    return await exec(cmd[0], cmd.slice(1), { cwd, maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs, env: { ...process.env, npm_config_update_notifier: "false" } });
  } catch (error: any) {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim().split("\n").slice(-25).join("\n");
    throw new Error(`\`${cmd.join(" ")}\` failed in ${cwd} (exit ${error.code ?? "?"})${output ? `:\n${output}` : ""}`);
  }
}

/** Every file path an exports map, `main`, `module`, `types` and `bin` point at. */
function manifestTargets(manifest: Record<string, any>): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === "string") {
      if (v.startsWith("./") && !v.includes("*")) out.add(path.posix.normalize(v));
    } else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(manifest.exports);
  for (const k of ["main", "module", "types", "typings"]) if (typeof manifest[k] === "string") out.add(path.posix.normalize(`./${manifest[k]}`));
  walk(typeof manifest.bin === "string" ? `./${manifest.bin}` : Object.values(manifest.bin ?? {}).map((b) => `./${b}`));
  return [...out].map((p) => p.replace(/^\.\//, ""));
}

/** Checks a packed manifest and its file list: every target exists, no workspace-only specifiers remain, types come first. */
export function checkPackedManifest(manifest: Record<string, any>, files: string[]): string[] {
  const problems: string[] = [];
  for (const target of manifestTargets(manifest)) if (!files.includes(target)) problems.push(`package.json points at ${target}, which is not in the tarball`);
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [dep, spec] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|catalog|link|file):/.test(String(spec))) problems.push(`${field}.${dep} is "${spec}" in the packed package.json`);
    }
  }
  const checkTypesFirst = (v: unknown, where: string) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return;
    const keys = Object.keys(v);
    if (keys.includes("types") && keys[0] !== "types") problems.push(`exports${where}: "types" must come first`);
    for (const k of keys) checkTypesFirst((v as any)[k], `${where}["${k}"]`);
  };
  checkTypesFirst(manifest.exports, "");
  return problems;
}

/**
 * What publishing with provenance and a licence needs from a packed package: npm rejects a
 * provenance statement whose `repository.url` is missing or differs from the workflow's
 * repository, and a tarball without its licence text is one users cannot vet.
 */
export function checkPublishMetadata(manifest: Record<string, any>, files: string[]): string[] {
  const problems: string[] = [];
  const repo = typeof manifest.repository === "string" ? { url: manifest.repository } : manifest.repository;
  if (!repo?.url) problems.push("repository.url is missing (npm provenance needs it)");
  else if (!repo.directory) problems.push("repository.directory is missing (the package's folder in the repository)");
  if (!manifest.license) problems.push("license is missing");
  if (!files.some((f) => /^LICEN[CS]E(\.(md|txt))?$/i.test(f))) problems.push("the tarball has no LICENSE file");
  for (const entry of manifest.files ?? []) {
    if (typeof entry !== "string" || /[*?!]/.test(entry)) continue;
    const name = entry.replace(/^\.\//, "").replace(/\/$/, "");
    if (!files.some((f) => f === name || f.startsWith(`${name}/`))) problems.push(`files names ${entry}, which is not in the tarball`);
  }
  return problems;
}

/** Values and types a package's ESM type entry declares at its top level. */
function declaredNames(projectDir: string, name: string): { values: string[]; types: string[] } {
  const pkgDir = path.join(projectDir, "node_modules", ...name.split("/"));
  const manifest = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8"));
  const entry = manifest.exports?.["."]?.import?.types ?? manifest.exports?.["."]?.types ?? manifest.types;
  const values = new Set<string>();
  const types = new Set<string>();
  if (!entry || !existsSync(path.join(pkgDir, entry))) return { values: [], types: [] };
  const text = readFileSync(path.join(pkgDir, entry), "utf8");
  // Top-level declarations, exported or not: `export { a as b }` lists refer to them.
  const kinds = new Map<string, "value" | "type">();
  for (const m of text.matchAll(/^(export\s+)?(?:declare\s+)?(?:async\s+)?(const|let|var|function|class|enum|type|interface)\s+([A-Za-z_$][\w$]*)/gm)) {
    const kind = ["type", "interface"].includes(m[2]) ? "type" : "value";
    if (kinds.get(m[3]) !== "value") kinds.set(m[3], kind);
    if (m[1]) (kind === "type" ? types : values).add(m[3]);
  }
  for (const m of text.matchAll(/^export\s+(type\s+)?\{([^}]*)\}/gm)) {
    for (const part of m[2].split(",")) {
      const typeOnly = !!m[1] || /^\s*type\s/.test(part);
      const [local, exported = local] = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/).map((x) => x.trim());
      if (!local) continue;
      const kind = typeOnly ? "type" : kinds.get(local);
      // A name re-exported from another module has no local declaration: count it as a type, never as a missing value.
      (kind === "value" ? values : types).add(exported);
    }
  }
  return { values: [...values], types: [...types] };
}

function consumerSources(checks: Array<{ name: string; export: string; kind: "value" | "type" }>): { esm: string; cjs: string } {
  const esm: string[] = ["// Generated by the release dry-run: imports each package as an ESM consumer would."];
  const cjs: string[] = ["// Generated by the release dry-run: requires each package as a CommonJS consumer would."];
  checks.forEach((c, i) => {
    if (c.kind === "value") {
      esm.push(`import * as pkg${i} from "${c.name}";`);
      cjs.push(`import pkg${i} = require("${c.name}");`);
    } else {
      esm.push(`import type { ${c.export} as Type${i} } from "${c.name}";`, `import * as pkg${i} from "${c.name}";`, `export type Check${i} = Type${i};`);
      cjs.push(`import type { ${c.export} as Type${i} } from "${c.name}";`, `import pkg${i} = require("${c.name}");`, `export type Check${i} = Type${i};`);
    }
  });
  for (const [lines, label] of [[esm, "esm"], [cjs, "cjs"]] as const) {
    checks.forEach((c, i) => {
      if (c.kind === "value") {
        // Referencing the export makes tsc fail when the types lack it; the typeof check fails at runtime.
        lines.push(`const value${i}: unknown = pkg${i}.${c.export};`, `if (value${i} === undefined) throw new Error("${c.name}: export ${c.export} is undefined (${label})");`);
      } else {
        lines.push(`if (typeof pkg${i} !== "object") throw new Error("${c.name}: did not load (${label})");`);
      }
      lines.push(`console.log("${label} ok: ${c.name} (${c.export})");`);
    });
  }
  return { esm: `${esm.join("\n")}\n`, cjs: `${cjs.join("\n")}\n${cjs.some((l) => l.startsWith("export ")) ? "" : "export {};\n"}` };
}

/** Packs, installs and checks `options.packages`; see the module comment. */
export async function dryRun(options: DryRunOptions): Promise<DryRunResult> {
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(path.join(os.tmpdir(), "zpa-release-dry-run-"));
  const tarballs = path.join(dir, "tarballs");
  const project = path.join(dir, "consumer");
  mkdirSync(tarballs);
  mkdirSync(project);
  const results: PackageResult[] = options.packages.map((p) => ({ name: p.name, version: p.version, ok: false, problems: [] }));
  const pnpm = pnpmCommand(options.root);
  try {
    for (const [i, pkg] of options.packages.entries()) {
      const before = new Set(readdirSync(tarballs));
      try {
        await run([...pnpm, "pack", "--pack-destination", tarballs], pkg.dir);
      } catch (error) {
        results[i].problems.push((error as Error).message);
        continue;
      }
      const tgz = readdirSync(tarballs).find((f) => !before.has(f) && f.endsWith(".tgz"));
      if (!tgz) {
        results[i].problems.push("pnpm pack wrote no tarball");
        continue;
      }
      results[i].tarball = path.join(tarballs, tgz);
      const listing = (await run(["tar", "-tzf", results[i].tarball!], dir)).stdout.split("\n").filter(Boolean).map((f) => f.replace(/^package\//, ""));
      results[i].files = listing.filter((f) => !f.endsWith("/")).length;
      const manifest = JSON.parse((await run(["tar", "-xzOf", results[i].tarball!, "package/package.json"], dir)).stdout);
      results[i].version = manifest.version;
      results[i].problems.push(...checkPackedManifest(manifest, listing));
      results[i].problems.push(...checkPublishMetadata(manifest, listing));
      log(`packed ${tgz} (${results[i].files} files)`);
    }
    const packed = results.filter((r) => r.tarball);
    if (packed.length === 0) return { ok: false, dir, packages: results };

    writeFileSync(path.join(project, "package.json"), `${JSON.stringify({ name: "zpa-release-consumer", private: true, version: "0.0.0" }, null, 2)}\n`);
    log(`installing ${packed.length} tarball(s) with npm into ${project}`);
    try {
      await run(["npm", "install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...packed.map((r) => r.tarball!)], project, 420_000);
    } catch (error) {
      for (const r of packed) r.problems.push(`npm install of the tarballs failed: ${(error as Error).message}`);
      return { ok: false, dir, packages: results };
    }

    // One process loads every package both ways and reports what each exposes at runtime.
    const probe = `const { createRequire } = await import("node:module");
const require = createRequire(process.cwd() + "/");
const out = {};
for (const name of ${JSON.stringify(packed.map((r) => r.name))}) {
  const entry = {};
  try { entry.esm = Object.keys(await import(name)); } catch (e) { entry.esmError = String(e.message).split("\\n")[0]; }
  try { entry.cjs = Object.keys(require(name)); } catch (e) { entry.cjsError = String(e.message).split("\\n")[0]; }
  out[name] = entry;
}
console.log(JSON.stringify(out));`;
    const loaded: Record<string, { esm?: string[]; cjs?: string[]; esmError?: string; cjsError?: string }> = JSON.parse(
      (await run([process.execPath, "--input-type=module", "-e", probe], project)).stdout,
    );
    const checks: Array<{ name: string; export: string; kind: "value" | "type" }> = [];
    for (const r of packed) {
      const found = loaded[r.name];
      if (found.esmError) r.problems.push(`import("${r.name}") fails: ${found.esmError}`);
      if (found.cjsError) r.problems.push(`require("${r.name}") fails: ${found.cjsError}`);
      if (found.esmError || found.cjsError) continue;
      const clean = (keys: string[] = []) => keys.filter((k) => k !== "default" && k !== "module.exports" && k !== "__esModule").sort();
      const esmKeys = clean(found.esm);
      const cjsKeys = clean(found.cjs);
      for (const k of esmKeys) if (!cjsKeys.includes(k)) r.problems.push(`export ${k} exists for import but not for require`);
      for (const k of cjsKeys) if (!esmKeys.includes(k)) r.problems.push(`export ${k} exists for require but not for import`);
      const declared = declaredNames(project, r.name);
      for (const v of declared.values) if (!esmKeys.includes(v)) r.problems.push(`the types declare ${v}, but the code does not export it`);
      const known = KNOWN_EXPORTS[r.name];
      const chosen = known && esmKeys.includes(known) ? known : esmKeys[0];
      if (chosen) r.checked = { name: chosen, kind: "value" };
      else if (declared.types.length > 0) r.checked = { name: declared.types[0], kind: "type" };
      else {
        r.problems.push("no runtime export and no exported type to check");
        continue;
      }
      checks.push({ name: r.name, export: r.checked.name, kind: r.checked.kind });
    }

    const { esm, cjs } = consumerSources(checks);
    writeFileSync(path.join(project, "esm-consumer.mts"), esm);
    writeFileSync(path.join(project, "cjs-consumer.cts"), cjs);
    const typesRoot = path.dirname(path.dirname(require.resolve("@types/node/package.json")));
    writeFileSync(
      path.join(project, "tsconfig.json"),
      `${JSON.stringify(
        {
          compilerOptions: {
            strict: true,
            target: "es2022",
            module: "nodenext",
            moduleResolution: "nodenext",
            outDir: "out",
            // Check the packages' shipped declarations too, not just the consumer.
            skipLibCheck: false,
            noEmitOnError: true,
            typeRoots: [typesRoot],
            types: ["node"],
          },
          files: ["esm-consumer.mts", "cjs-consumer.cts"],
        },
        null,
        2,
      )}\n`,
    );
    const tsc = path.join(path.dirname(require.resolve("typescript/package.json")), "bin", "tsc");
    log(`type-checking the ESM and CJS consumers (strict, skipLibCheck off)`);
    let compiled = true;
    try {
      await run([process.execPath, tsc, "-p", "tsconfig.json"], project);
    } catch (error) {
      compiled = false;
      const message = (error as Error).message;
      for (const r of packed) {
        const mine = message.split("\n").filter((l) => l.includes(r.name) || l.includes(`node_modules/${r.name}/`));
        r.problems.push(mine.length > 0 ? `type check failed:\n${mine.join("\n")}` : `type check of the consumers failed:\n${message}`);
      }
    }
    if (compiled) {
      for (const [file, label] of [["out/esm-consumer.mjs", "ESM"], ["out/cjs-consumer.cjs", "CJS"]]) {
        try {
          const { stdout } = await run([process.execPath, file], project);
          for (const r of packed) if (r.checked && !stdout.includes(`ok: ${r.name} `)) r.problems.push(`${label} consumer did not reach ${r.name}`);
        } catch (error) {
          for (const r of packed) if ((error as Error).message.includes(r.name)) r.problems.push(`${label} consumer failed: ${(error as Error).message}`);
          if (!packed.some((r) => (error as Error).message.includes(r.name))) packed.forEach((r) => r.problems.push(`${label} consumer failed: ${(error as Error).message}`));
        }
      }
    }
    for (const r of results) r.ok = !!r.tarball && !!r.checked && r.problems.length === 0;
    return { ok: results.every((r) => r.ok), dir, packages: results };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** The dry-run's outcome as text, one block per package. */
export function formatDryRun(result: DryRunResult): string {
  const lines = [`release --dry-run: ${result.packages.filter((p) => p.ok).length}/${result.packages.length} package(s) pack, install and type-check (ESM and CJS); nothing was published`];
  for (const p of result.packages) {
    lines.push(`  ${p.ok ? "ok  " : "FAIL"} ${p.name}@${p.version}${p.tarball ? ` ${path.basename(p.tarball)}, ${p.files} files` : ""}${p.checked ? `, checked ${p.checked.kind} export ${p.checked.name}` : ""}`);
    for (const problem of p.problems) lines.push(...problem.split("\n").map((l, i) => `${i === 0 ? "       - " : "         "}${l}`));
  }
  return lines.join("\n");
}

/** Whether a package has built output to pack (its manifest's targets under dist/ exist). */
export function hasBuiltOutput(pkg: WorkspacePackage): boolean {
  return manifestTargets(pkg.manifest).filter((t) => t.startsWith("dist/")).every((t) => existsSync(path.join(pkg.dir, t)));
}
