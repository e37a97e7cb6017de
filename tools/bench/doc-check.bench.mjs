// doc-check over the real help pages against the target "checks the whole set in under 3 s".
// CPU time (user + system, in ms) rather than wall time, because the machine running the bench is
// usually busy with other work: CPU time is what the check costs on an idle machine. Each run is a
// fresh process (`pnpm doc-check` is one); the figure is the median of BENCH_RUNS runs (default 5).
//
//   steady:   the spec as doc-check loads it: spec/dist/zpa-openapi.json when it is newer than every
//             source, else the tools' assembly cache (node_modules/.cache/assembled-spec)
//   assemble: the first run after editing a family file (the YAML is parsed and assembled)
//
// Pages: ZPA_DOCS_DIR, else ../shared/docs/zpa beside the repository. Prints the figures; it
// fails only when the pages cannot be found or a run fails.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");
const pagesDir = [process.env.ZPA_DOCS_DIR, path.resolve(repoRoot, "..", "shared", "docs", "zpa")].find((d) => d && existsSync(d));
const specDir = path.join(repoRoot, "spec");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 3000;

if (!pagesDir) {
  console.error("doc-check bench: no help pages (set ZPA_DOCS_DIR)");
  process.exit(1);
}

const once = (mode) => {
  // One process, as `pnpm doc-check` runs it (node --require tsx/cjs), so its own CPU time is the run's.
  const out = execFileSync(process.execPath, ["--require", "tsx/cjs", path.join(here, "doc-check-once.ts"), pagesDir, specDir, ...(mode ? [mode] : [])], { encoding: "utf8", cwd: path.join(here, "..") });
  return JSON.parse(out.trim().split("\n").pop());
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm the loader's transform cache and the assembly cache once, unmeasured.
once();
const results = { steady: [], assemble: [] };
// Alternate the modes so both see the same machine load.
for (let i = 0; i < runs; i++) {
  results.steady.push(once());
  results.assemble.push(once("assemble"));
}

const first = results.steady[0];
console.log(`doc-check bench: ${first.pages} pages, ${first.drift} drift, ${first.acknowledged} acknowledged; CPU ms (user+sys), median of ${runs} runs`);
console.log("");
console.log(`  ${"".padEnd(10)} ${"start".padStart(7)} ${"spec".padStart(7)} ${"pages".padStart(7)} ${"check".padStart(7)} ${"process".padStart(8)}   vs 3 s target`);
for (const [mode, rs] of Object.entries(results)) {
  const m = (k) => median(rs.map((r) => r[k]));
  const total = m("total");
  const verdict = total < TARGET_MS ? `${(total / TARGET_MS * 100).toFixed(0)}% of it` : `OVER by ${((total - TARGET_MS) / 1000).toFixed(2)} s`;
  console.log(`  ${mode.padEnd(10)} ${[m("startup"), m("load"), m("parse"), m("check")].map((v) => v.toFixed(0).padStart(7)).join(" ")} ${total.toFixed(0).padStart(8)}   ${verdict}`);
}
console.log("");
console.log("start = Node, the TypeScript loader and loading the modules; process = the whole run, start included.");
