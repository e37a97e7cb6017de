import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../doc-check/help-pages";
import { regenSteps, runSteps, type Step } from "../regen/steps";

const node = (code: string): string[] => [process.execPath, "-e", code];

describe("regen runs its steps in order and stops at the first failure", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "regen-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs every step when all pass", () => {
    const lines: string[] = [];
    const steps: Step[] = ["a", "b", "c"].map((name) => ({ name, cmd: node(`require("fs").appendFileSync("ran.txt", "${name}")`), hint: "" }));
    const result = runSteps(steps, dir, (l) => lines.push(l));
    expect(result).toEqual({ ok: true, completed: ["a", "b", "c"] });
    expect(lines.join("\n")).toContain("a → b → c passed");
  });

  it("stops at a failing step, names it, and does not run the rest", () => {
    const lines: string[] = [];
    const marker = path.join(dir, "after.txt");
    const steps: Step[] = [
      { name: "doc-check", cmd: node("process.exit(0)"), hint: "" },
      { name: "generate", cmd: node("process.exit(3)"), hint: "the client's types could not be generated" },
      { name: "build", cmd: node(`require("fs").writeFileSync(${JSON.stringify(marker)}, "ran")`), hint: "" },
    ];
    const result = runSteps(steps, dir, (l) => lines.push(l));
    expect(result.failed).toEqual({ name: "generate", exitCode: 3, hint: "the client's types could not be generated" });
    expect(result.completed).toEqual(["doc-check"]);
    expect(lines.join("\n")).toMatch(/regen stopped: step "generate" failed \(exit 3\)[\s\S]*not run: build/);
    expect(() => require("fs").readFileSync(marker)).toThrow();
  });

  it("plans doc-check → generate → build → test, the last three through turbo", () => {
    const steps = regenSteps(repoRoot);
    expect(steps.map((s) => s.name)).toEqual(["doc-check", "generate", "build", "test"]);
    for (const s of steps.slice(1)) expect(s.cmd.slice(0, 2)).toEqual([path.join(repoRoot, "node_modules", ".bin", "turbo"), "run"]);
  });

  it("runs doc-check through turbo once turbo.json has the task", () => {
    writeFileSync(path.join(dir, "turbo.json"), JSON.stringify({ tasks: { "doc-check": { cache: false } } }));
    expect(regenSteps(dir, ["pages"])[0].cmd.slice(1)).toEqual(["run", "doc-check", "--filter=@zpa-openapi/tools", "--output-logs=full", "--", "pages"]);
  });
});
