// One doc-check over the help pages, in a process of its own, as `pnpm doc-check` runs it; prints
// the CPU time (user + system) of each phase and of the whole process, Node's start and the
// TypeScript loader included, as one JSON line. Run by doc-check.bench.mjs.
import path from "node:path";
import { checkDrift } from "../doc-check/drift";
import { readHelpPages } from "../doc-check/help-pages";
import { assembleSpecSources, loadSpec } from "../openapi-document";
import { readFileSync } from "node:fs";
import { readFamilySources } from "@zpa-openapi/spec/assemble";

const [pagesDir, specDir, mode] = process.argv.slice(2) as [string, string, string | undefined];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
const startup = cpu();
let t = startup;
const lap = () => {
  const now = cpu();
  const ms = now - t;
  t = now;
  return ms;
};
// "assemble": the first run after a family file changed, when neither the spec's dist/ build nor
// the tools' assembly cache holds this version of the sources.
const spec =
  mode === "assemble"
    ? assembleSpecSources(
        readFileSync(path.join(specDir, "openapi.yaml"), "utf8"),
        readFamilySources(specDir),
        "openapi.yaml",
      )
    : loadSpec(specDir);
const load = lap();
const pages = readHelpPages(pagesDir);
const parse = lap();
const report = checkDrift(pages, spec);
const check = lap();
console.log(JSON.stringify({ startup, load, parse, check, total: cpu(), pages: report.pages.length, drift: report.drift.length, acknowledged: report.acknowledged.length }));
