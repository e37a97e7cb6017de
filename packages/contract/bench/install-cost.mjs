// What a CI job pays to get the suite: the packed packages installed with npm into an empty
// project with an empty npm cache (as on a fresh runner), once for a run against a URL or live
// tenant (no Prism) and once with Prism for the prism target, side by side in one run.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const pkg = JSON.parse(execFileSync("node", ["-p", "JSON.stringify(require('./package.json'))"], { cwd: fileURLToPath(new URL("..", import.meta.url)) }));
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const dir = mkdtempSync(join(tmpdir(), "zpa-install-cost-"));
const tarballs = join(dir, "tarballs");
mkdirSync(tarballs);
const pnpm = process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? [process.env.npm_execpath] : ["npx", "--yes", "pnpm@12.21.0"];
for (const p of ["spec", "packages/client", "packages/contract"]) execFileSync(pnpm[0], [...pnpm.slice(1), "pack", "--pack-destination", tarballs], { cwd: join(repo, p), stdio: "ignore" });
const local = readdirSync(tarballs).map((f) => join(tarballs, f));
const prism = Object.entries(pkg.peerDependencies).map(([name, version]) => `${name}@${version}`);

function install(label, extra) {
  const project = mkdtempSync(join(dir, `${label}-`));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "ci-job", private: true }));
  const cache = mkdtempSync(join(dir, "cache-"));
  const started = process.hrtime.bigint();
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--cache", cache, ...local, ...extra], { cwd: project, stdio: "ignore" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const bytes = Number(execFileSync("du", ["-sb", join(project, "node_modules")]).toString().split("\t")[0]);
  const packages = execFileSync("npm", ["ls", "--all", "--parseable"], { cwd: project }).toString().trim().split("\n").length - 1;
  rmSync(cache, { recursive: true, force: true });
  return { seconds, mb: bytes / 1e6, packages };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { without: [], with: [] };
// Alternate so both see the same network and machine load.
for (let i = 0; i < rounds; i++) {
  results.without.push(install("url-target", []));
  results.with.push(install("prism-target", prism));
}
const row = (label, xs) => `${label.padEnd(34)} ${median(xs.map((x) => x.seconds)).toFixed(1).padStart(6)} s ${median(xs.map((x) => x.mb)).toFixed(1).padStart(7)} MB ${String(median(xs.map((x) => x.packages))).padStart(5)} packages`;
console.log(`install cost of @zpa-openapi/contract in an empty project, empty npm cache (median of ${rounds})`);
console.log(row("--target URL|live (no Prism)", results.without));
console.log(row("--target prism (with Prism)", results.with));
const ratio = (k) => median(results.without.map((x) => x[k])) / median(results.with.map((x) => x[k]));
console.log(`without Prism / with Prism: time ${ratio("seconds").toFixed(2)}, size ${ratio("mb").toFixed(2)}`);
rmSync(dir, { recursive: true, force: true });
