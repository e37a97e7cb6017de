/**
 * The workspace's packages as changesets and pnpm see them, and how to run the pinned pnpm.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

/** A workspace package. */
export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
  private: boolean;
  manifest: Record<string, any>;
}

/** Every package the workspace globs (`dir` and `dir/*` forms) name, sorted by folder. */
export function workspacePackages(root: string): WorkspacePackage[] {
  const ws = parse(readFileSync(path.join(root, "pnpm-workspace.yaml"), "utf8")) as { packages?: string[] };
  const dirs: string[] = [];
  for (const glob of ws.packages ?? []) {
    if (glob.endsWith("/*")) {
      const parent = path.join(root, glob.slice(0, -2));
      if (existsSync(parent)) for (const d of readdirSync(parent).sort()) dirs.push(path.join(parent, d));
    } else dirs.push(path.join(root, glob));
  }
  return dirs
    .filter((d) => existsSync(path.join(d, "package.json")))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
      return { name: manifest.name, version: manifest.version, dir, private: manifest.private === true, manifest };
    });
}

/** Packages that would be published: not private and not ignored by the changesets config. */
export function publishablePackages(root: string): WorkspacePackage[] {
  const configFile = path.join(root, ".changeset", "config.json");
  const ignore: string[] = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, "utf8")).ignore ?? []) : [];
  return workspacePackages(root).filter((p) => !p.private && !ignore.includes(p.name));
}

/**
 * The command that runs the workspace's pinned pnpm: the binary running this script when it is
 * pnpm (`npm_execpath`), else `npx --yes pnpm@<packageManager version>`.
 */
export function pnpmCommand(root: string): string[] {
  const exec = process.env.npm_execpath;
  if (exec && /pnpm(\.cjs|\.js)?$/.test(path.basename(exec)) && existsSync(exec)) return exec.endsWith("js") ? [process.execPath, exec] : [exec];
  const pm = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).packageManager ?? "pnpm@12.21.0";
  return ["npx", "--yes", pm.split("+")[0]];
}
