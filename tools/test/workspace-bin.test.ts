import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../doc-check/help-pages";
import { pnpmCommand } from "../release/workspace-packages";

// The READMEs run `pnpm exec zpa-conformance sweep|replay` in the workspace: the root depends on
// the contract package so pnpm links its bin. (This package depends on it too, so turbo builds it
// before these tests.)
it("pnpm exec zpa-conformance runs the suite's CLI from the repository root", () => {
  expect(existsSync(path.join(repoRoot, "packages", "contract", "dist", "cli.js"))).toBe(true);
  const pnpm = pnpmCommand(repoRoot);
  const run = spawnSync(pnpm[0], [...pnpm.slice(1), "exec", "zpa-conformance", "--help"], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });
  expect({ status: run.status, stderr: run.status === 0 ? "" : run.stderr }).toEqual({ status: 0, stderr: "" });
  expect(run.stdout).toMatch(/^zpa-conformance \[run\] \[options\]/);
});
