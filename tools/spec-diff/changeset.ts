/**
 * Turns classified spec changes into a changeset: the spec package always gets the bump the
 * changes call for; the client gets it too when its generated types differ between the versions.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Json } from "../openapi-document";
import { bumpFor, overallLevel, type ChangeLevel, type SpecChange } from "./classify";

/** The types `packages/client/scripts/generate.mjs` produces from a document (same options, no banner). */
export async function generatedTypes(doc: Json): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zpa-spec-diff-"));
  try {
    writeFileSync(path.join(dir, "openapi.json"), JSON.stringify(doc));
    await promisify(execFile)(process.execPath, [path.join(__dirname, "render-types.mjs"), path.join(dir, "openapi.json"), path.join(dir, "schema.ts")]);
    return readFileSync(path.join(dir, "schema.ts"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The client's generated code for a document, produced by the client's own generator
 * (`packages/client/scripts/generate.mjs --out DIR`) run from a scratch copy laid out like the
 * repository, so whatever it derives from the spec counts. Falls back to plain openapi-typescript
 * types when the repository has no such generator.
 */
export async function generatedClientCode(root: string, doc: Json): Promise<string> {
  const client = path.join(root, "packages", "client");
  const generator = path.join(client, "scripts", "generate.mjs");
  if (!existsSync(generator) || !existsSync(path.join(client, "node_modules"))) return generatedTypes(doc);
  const dir = mkdtempSync(path.join(os.tmpdir(), "zpa-spec-diff-gen-"));
  try {
    mkdirSync(path.join(dir, "spec", "dist"), { recursive: true });
    writeFileSync(path.join(dir, "spec", "dist", "zpa-openapi.json"), JSON.stringify(doc));
    cpSync(path.join(client, "scripts"), path.join(dir, "packages", "client", "scripts"), { recursive: true });
    cpSync(path.join(client, "package.json"), path.join(dir, "packages", "client", "package.json"));
    symlinkSync(path.join(client, "node_modules"), path.join(dir, "packages", "client", "node_modules"));
    const out = path.join(dir, "out");
    await promisify(execFile)(process.execPath, [path.join(dir, "packages", "client", "scripts", "generate.mjs"), "--out", out], { cwd: path.join(dir, "packages", "client") });
    // The generator writes sub-folders too (one module per family under families/).
    return (readdirSync(out, { recursive: true }) as string[])
      .filter((f) => statSync(path.join(out, f)).isFile())
      .sort()
      .map((f) => `// ${f}\n${readFileSync(path.join(out, f), "utf8")}`)
      .join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a changeset for a set of spec changes holds. */
export interface ChangesetPlan {
  /** Package name → bump. */
  releases: Record<string, "major" | "minor" | "patch">;
  level: ChangeLevel;
  /** The changeset's text (after the front matter). */
  summary: string;
  /** Whether the client's generated code differs between the two versions. */
  clientTypesChanged: boolean;
}

const LABEL: Record<ChangeLevel, string> = { breaking: "Breaking", additive: "Added", docs: "Docs" };

/** The changeset's text: one sentence, then the changes grouped by level. */
export function summarize(changes: SpecChange[], baseRef: string): string {
  const count = (l: ChangeLevel) => changes.filter((c) => c.level === l).length;
  const parts = (["breaking", "additive", "docs"] as ChangeLevel[]).filter((l) => count(l) > 0).map((l) => `${count(l)} ${l === "docs" ? "docs-only" : l}`);
  const lines = [`API description changes since ${baseRef}: ${parts.join(", ")}.`, ""];
  for (const level of ["breaking", "additive", "docs"] as ChangeLevel[]) {
    for (const c of changes.filter((x) => x.level === level)) lines.push(`- ${LABEL[level]}: \`${c.where}\`: ${c.message}`);
  }
  return lines.join("\n");
}

/** Reads a workspace package's name. */
function packageName(root: string, dir: string): string {
  return JSON.parse(readFileSync(path.join(root, dir, "package.json"), "utf8")).name;
}

/** Plans the changeset, regenerating the client's types for both versions to see whether they differ. */
export async function planChangeset(root: string, base: Json, head: Json, changes: SpecChange[], baseRef: string): Promise<ChangesetPlan | undefined> {
  const level = overallLevel(changes);
  if (!level) return undefined;
  const bump = bumpFor(level);
  const [before, after] = await Promise.all([generatedClientCode(root, base), generatedClientCode(root, head)]);
  const clientTypesChanged = before !== after;
  const releases: ChangesetPlan["releases"] = { [packageName(root, "spec")]: bump };
  if (clientTypesChanged) releases[packageName(root, path.join("packages", "client"))] = bump;
  return { releases, level, summary: summarize(changes, baseRef), clientTypesChanged };
}

/** Writes `.changeset/spec-diff-<hash>.md` (same base and changes → same file) and returns its path. */
export function writeChangeset(root: string, plan: ChangesetPlan, baseCommit: string): string {
  const front = Object.entries(plan.releases).map(([name, bump]) => `"${name}": ${bump}`).join("\n");
  const text = `---\n${front}\n---\n\n${plan.summary}\n`;
  const slug = `spec-diff-${createHash("sha256").update(baseCommit).digest("hex").slice(0, 8)}`;
  const file = path.join(root, ".changeset", `${slug}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}
