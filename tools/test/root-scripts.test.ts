import { spawnSync } from "node:child_process";
import { repoRoot } from "../doc-check/help-pages";
import { pnpmCommand } from "../release/workspace-packages";

// Scripts check the exit codes the tools document (2 = bad usage), so the root scripts must not
// run them through `pnpm --filter`, which turns every failure into 1 and adds its own error block.
describe.each([
  ["doc-check", ["--no-such-option"], /^doc-check: unknown option --no-such-option$/m],
  ["spec-diff", ["no-such-ref-anywhere"], /^spec-diff: git ref "no-such-ref-anywhere" not found/m],
])("pnpm %s with bad input", (script, args, message) => {
  it("exits 2 with the tool's own message and no pnpm recursive-run noise", () => {
    const pnpm = pnpmCommand(repoRoot);
    const result = spawnSync(pnpm[0], [...pnpm.slice(1), script, ...args], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });
    expect(result.status).toBe(2);
    expect(result.stderr + result.stdout).toMatch(message);
    expect(result.stderr + result.stdout).not.toContain("ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL");
  });
});
