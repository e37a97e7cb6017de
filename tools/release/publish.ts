/**
 * Publishing: every publishable package whose version is not on the registry yet is packed with
 * pnpm (which rewrites `workspace:` and `catalog:` specifiers) and published with npm. npm, not
 * pnpm, publishes because npm's trusted publishing (OIDC, npm >= 11.5.1) is what the release
 * workflow authenticates with: no long-lived token exists to leak.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { pnpmCommand, type WorkspacePackage } from "./workspace-packages";

const exec = promisify(execFile);

/** What happened to one package. */
export interface PublishOutcome {
  name: string;
  version: string;
  status: "published" | "already-published" | "failed";
  detail?: string;
}

/** Options for {@link publishPackages}. */
export interface PublishOptions {
  root: string;
  packages: WorkspacePackage[];
  /** Registry URL; npm's configured registry when omitted. */
  registry?: string;
  /** Extra environment for npm (a test's userconfig, for example). */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

// npm prints auth headers and tokens in some failure modes; nothing that looks like one leaves here.
const redactNpmOutput = (text: string): string =>
  text.replace(/(_authToken\s*=\s*)\S+/gi, "$1[redacted]").replace(/(bearer\s+)[\w.~+/-]+=*/gi, "$1[redacted]").replace(/\bnpm_[A-Za-z0-9]{20,}\b/g, "[redacted]");

async function npm(args: string[], cwd: string, options: PublishOptions): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  const registry = options.registry ? ["--registry", options.registry] : [];
  try {
    const { stdout, stderr } = await exec("npm", [...args, ...registry], {
      cwd,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 300_000,
      env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", ...options.env },
    });
    return { ok: true, stdout, stderr };
  } catch (error: any) {
    return { ok: false, stdout: String(error.stdout ?? ""), stderr: String(error.stderr ?? error.message ?? "") };
  }
}

/** Whether `name@version` is on the registry; throws when the registry cannot say. */
export async function isPublished(name: string, version: string, options: PublishOptions): Promise<boolean> {
  const result = await npm(["view", `${name}@${version}`, "version", "--json"], options.root, options);
  if (result.ok) return result.stdout.trim() !== "";
  if (/E404|404 Not Found/.test(result.stderr)) return false;
  throw new Error(`npm view ${name}@${version} failed: ${redactNpmOutput(result.stderr.trim().split("\n").slice(-3).join(" "))}`);
}

/** Publishes what is not on the registry yet; see the module comment. */
export async function publishPackages(options: PublishOptions): Promise<PublishOutcome[]> {
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(path.join(os.tmpdir(), "zpa-release-publish-"));
  const outcomes: PublishOutcome[] = [];
  const pnpm = pnpmCommand(options.root);
  try {
    for (const pkg of options.packages) {
      const outcome: PublishOutcome = { name: pkg.name, version: pkg.version, status: "failed" };
      outcomes.push(outcome);
      try {
        if (await isPublished(pkg.name, pkg.version, options)) {
          outcome.status = "already-published";
          log(`${pkg.name}@${pkg.version} is on the registry already`);
          continue;
        }
        const before = new Set(readdirSync(dir));
        await exec(pnpm[0], [...pnpm.slice(1), "pack", "--pack-destination", dir], { cwd: pkg.dir, timeout: 120_000 });
        const tarball = readdirSync(dir).find((f) => !before.has(f) && f.endsWith(".tgz"));
        if (!tarball) throw new Error("pnpm pack wrote no tarball");
        const published = await npm(["publish", path.join(dir, tarball), "--access", "public"], options.root, options);
        if (!published.ok) throw new Error(`npm publish failed: ${redactNpmOutput(published.stderr.trim().split("\n").slice(-5).join(" "))}`);
        outcome.status = "published";
        log(`published ${pkg.name}@${pkg.version}`);
      } catch (error) {
        outcome.detail = redactNpmOutput((error as Error).message);
        log(`✖ ${pkg.name}@${pkg.version}: ${outcome.detail}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return outcomes;
}
