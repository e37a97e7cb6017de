// `pnpm doc-check [dir] [--json] [--spec FILE] [--drift-only]`: compares the help pages with the
// spec. Exit 0 without drift, 1 with drift, 2 when the input cannot be read.
import path from "node:path";
import { findRepoRoot, loadSpec, userPath } from "../openapi-document";
import { checkDrift, formatDriftReport } from "./drift";
import { helpPagesDir, readHelpPages } from "./help-pages";

const USAGE = `usage: pnpm doc-check [dir] [--json] [--spec FILE] [--drift-only]
  dir           folder of help pages saved as Markdown (default: ZPA_DOCS_DIR, else ../shared/docs/zpa)
  --json        print the report as JSON
  --spec FILE   the spec to compare with (default: spec/openapi.yaml)
  --drift-only  leave acknowledged differences out of the text report`;

function main(argv: string[]): number {
  const positional: string[] = [];
  let json = false;
  let driftOnly = false;
  let specFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "--drift-only") driftOnly = true;
    else if (a === "--spec") specFile = argv[++i];
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length > 1) throw new UsageError(`one folder of pages, got ${positional.length}: ${positional.join(" ")}`);
  if (argv.includes("--spec") && !specFile) throw new UsageError("--spec needs a file");
  const dir = positional[0] ? userPath(positional[0]) : helpPagesDir();
  if (!dir) throw new UsageError("no help pages found: pass a folder or set ZPA_DOCS_DIR");
  const spec = specFile ? userPath(specFile) : path.join(findRepoRoot(), "spec", "openapi.yaml");
  const report = checkDrift(readHelpPages(dir), loadSpec(spec));
  console.log(json ? JSON.stringify(report, null, 2) : formatDriftReport(report, { showAcknowledged: !driftOnly }));
  return report.drift.length > 0 ? 1 : 0;
}

class UsageError extends Error {}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`doc-check: ${(error as Error).message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = 2;
}
