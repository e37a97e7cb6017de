import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { repoRoot } from "../doc-check/help-pages";

type Step = { name?: string; id?: string; if?: string; run?: string; uses?: string };
const workflow = parse(readFileSync(path.join(repoRoot, ".github", "workflows", "live-conformance.yml"), "utf8")) as {
  on: Record<string, unknown>;
  jobs: { live: { steps: Step[]; env: Record<string, string> } };
};
const steps = workflow.jobs.live.steps;
const secretsStep = steps.find((s) => s.id === "secrets")!;

// Runs the workflow's own secrets-check script in bash, as the runner would.
function checkSecrets(env: Record<string, string>): { stdout: string; output: string; summary: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zpa-live-workflow-"));
  const output = path.join(dir, "output");
  const summary = path.join(dir, "summary");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const result = spawnSync("bash", ["-e", "-c", secretsStep.run!], {
    env: { PATH: process.env.PATH!, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env },
    encoding: "utf8",
  });
  expect(result.status).toBe(0);
  return { stdout: result.stdout, output: readFileSync(output, "utf8"), summary: readFileSync(summary, "utf8") };
}

describe("the scheduled live-tenant workflow", () => {
  it("runs weekly and on demand", () => {
    expect(Object.keys(workflow.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
  });

  it("skips with a notice naming the missing secrets, and every later step waits on them", () => {
    const { stdout, output, summary } = checkSecrets({ ZPA_CLIENT_ID: "api-client" });
    expect(output).toBe("present=false\n");
    expect(stdout).toMatch(/^::notice title=Live conformance skipped::repository secrets missing: ZPA_CLIENT_SECRET ZPA_CUSTOMER_ID\./);
    expect(summary).toContain("ZPA_CLIENT_SECRET ZPA_CUSTOMER_ID");
    for (const step of steps.slice(steps.indexOf(secretsStep) + 1)) expect(step.if ?? "").toMatch(/steps\.(secrets\.outputs\.present == 'true'|suite\.outputs)/);
  });

  it("runs when the secrets are there, without printing them", () => {
    const secret = "s3cr3t-value-for-the-test";
    const { stdout, output } = checkSecrets({ ZPA_CLIENT_ID: "api-client", ZPA_CLIENT_SECRET: secret, ZPA_CUSTOMER_ID: "72058304855015424" });
    expect(output).toBe("present=true\n");
    expect(stdout).not.toContain(secret);
  });

  it("passes credentials through the environment only and never writes", () => {
    const suite = steps.find((s) => s.id === "suite")!;
    expect(suite.run).toContain("--read-only");
    expect(suite.run).not.toMatch(/--client-(id|secret)|ZPA_CLIENT_SECRET/);
    expect(workflow.jobs.live.env.ZPA_CLIENT_SECRET).toBe("${{ secrets.ZPA_CLIENT_SECRET }}");
  });
});
