import { constants } from "node:fs";
import { access, mkdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "./cli-options";

/**
 * Makes sure reports can be written to `dir` before the run starts: creates it one level at a
 * time and writes a probe file there. A recursive mkdir is avoided on purpose: Node 20's spins
 * forever under `/proc` (ENOENT on a parent it then retries).
 */
export async function prepareReportDir(dir: string, flag = "--report-dir"): Promise<string> {
  const out = resolve(dir);
  const missing: string[] = [];
  let existing = out;
  for (;;) {
    const s = await stat(existing).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? undefined : Promise.reject(e)));
    if (s) {
      if (!s.isDirectory()) throw new UsageError(`${flag} accepts a writable directory; ${JSON.stringify(existing === out ? dir : existing)} is a file`);
      break;
    }
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  const why = (e: unknown) => new UsageError(`${flag} accepts a writable directory; cannot write to ${JSON.stringify(dir)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  try {
    await access(existing, constants.W_OK);
    for (const d of missing) await mkdir(d).catch((e: NodeJS.ErrnoException) => (e.code === "EEXIST" ? undefined : Promise.reject(e)));
    const probe = join(out, `.zpa-conformance-${process.pid}`);
    await writeFile(probe, "");
    await rm(probe, { force: true });
  } catch (e) {
    throw why(e);
  }
  return out;
}
