import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { startReferenceServer } from "./fixtures/reference-server";

// The action's entry script as GitHub runs it: a real process whose GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY and RUNNER_TEMP are temporary files, running the built suite.
jest.setTimeout(180_000);
const packageDir = join(__dirname, "..");
const entry = join(packageDir, "action", "entry.mjs");
const cli = join(packageDir, "dist", "cli.js");
const action = parse(readFileSync(join(packageDir, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { steps: Array<{ uses?: string; run?: string; env?: Record<string, string> }> };
};

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

function runAction(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: build the package first (pnpm --filter @zpa-openapi/contract build)");
  const runnerTemp = mkdtempSync(join(tmpdir(), "zpa-action-"));
  const outputFile = join(runnerTemp, "output");
  const summaryFile = join(runnerTemp, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/-/g, "_").toUpperCase()}`, v]));
  const child = spawn(process.execPath, [entry], {
    cwd: runnerTemp,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? runnerTemp, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: runnerTemp, ZPA_CONFORMANCE_CLI: cli, ...inputEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stdout += c));
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      const outputs = Object.fromEntries(
        readFileSync(outputFile, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
      );
      resolve({ code, stdout, outputs, summary: readFileSync(summaryFile, "utf8"), runnerTemp });
    }),
  );
}

describe("action.yml", () => {
  it("declares the documented inputs and outputs", () => {
    for (const name of ["target", "cloud", "customer-id", "client-id", "client-secret", "allow-writes", "runs", "seed", "include-operation", "exclude-operation", "include-tag", "exclude-tag"]) {
      expect(action.inputs).toHaveProperty(name);
    }
    expect(action.inputs["allow-writes"].default).toBe("false");
    expect(Object.keys(action.outputs).sort()).toEqual(["failed", "passed", "report-dir", "skipped"]);
  });

  it("hands the credentials over in the environment only and pins the actions it uses", () => {
    for (const step of action.runs.steps) {
      if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(step.run ?? "").not.toMatch(/client|secret/i);
    }
    const suite = action.runs.steps.find((s) => s.run?.includes("entry.mjs"))!;
    expect(suite.env).toMatchObject({ ZPA_CLIENT_ID: "${{ inputs.client-id }}", ZPA_CLIENT_SECRET: "${{ inputs.client-secret }}" });
  });
});

it("the README's workflow is six lines that use this action with inputs it declares", () => {
  const readme = readFileSync(join(packageDir, "README.md"), "utf8");
  const block = /<!-- example:github-workflow -->\s*```yaml\n([\s\S]*?)```/.exec(readme)![1];
  expect(block.trim().split("\n")).toHaveLength(6);
  const workflow = parse(block) as { jobs: Record<string, { steps: Array<{ uses: string; with: Record<string, string> }> }> };
  const [step] = Object.values(workflow.jobs)[0].steps;
  expect(step.uses).toMatch(/\/packages\/contract@v\d+$/);
  for (const input of Object.keys(step.with)) expect(Object.keys(action.inputs)).toContain(input);
  expect(step.with["client-secret"]).toBe("${{ secrets.ZPA_CLIENT_SECRET }}");
});

describe("the action's entry script", () => {
  it("runs green against a server, with outputs, the report in the summary and no secret anywhere", async () => {
    const server = await startReferenceServer();
    try {
      const run = await runAction(
        { target: server.url, "customer-id": server.customerId, "include-operation": "listAdministrators,getAdministrator", runs: "5", seed: "3" },
        { ZPA_CLIENT_ID: server.credentials.clientId, ZPA_CLIENT_SECRET: server.credentials.clientSecret },
      );
      expect({ code: run.code, failed: run.outputs.failed }).toEqual({ code: 0, failed: "0" });
      expect(Number(run.outputs.passed)).toBeGreaterThan(0);
      expect(run.outputs.skipped).toMatch(/^\d+$/);
      expect(run.outputs["report-dir"]).toBe(join(run.runnerTemp, "zpa-conformance"));
      expect(existsSync(join(run.outputs["report-dir"], "conformance.junit.xml"))).toBe(true);
      expect(run.summary).toContain("listAdministrators");
      // A remote-looking run without allow-writes is read-only: only reads and the sign-in.
      expect(server.requests.filter((r) => r.method !== "GET" && r.path !== "/signin")).toEqual([]);
      for (const text of [run.stdout, run.summary, JSON.stringify(run.outputs)]) expect(text).not.toContain(server.credentials.clientSecret);
    } finally {
      await server.stop();
    }
  });

  it("fails (exit 1) with the failures counted when the server breaks the contract", async () => {
    const server = await startReferenceServer({ fault: "loses-writes" });
    try {
      const run = await runAction(
        { target: server.url, "customer-id": server.customerId, "include-operation": "createAdministrator\ngetAdministrator", "allow-writes": "true", runs: "5", seed: "3" },
        { ZPA_CLIENT_ID: server.credentials.clientId, ZPA_CLIENT_SECRET: server.credentials.clientSecret },
      );
      expect(run.code).toBe(1);
      expect(Number(run.outputs.failed)).toBeGreaterThan(0);
      expect(run.stdout).toContain("::error::");
    } finally {
      await server.stop();
    }
  });

  it("runs against the embedded Prism", async () => {
    const run = await runAction({ target: "prism", "include-operation": "listRoles", runs: "5", seed: "1" });
    expect({ code: run.code, failed: run.outputs.failed }).toEqual({ code: 0, failed: "0" });
    expect(Number(run.outputs.passed)).toBeGreaterThan(0);
  });

  it.each([
    [{ target: "ftp://example.com" }, /input target must be prism, live or an http\(s\) URL/],
    [{ "allow-writes": "yes" }, /input allow-writes must be true or false/],
    [{ runs: "-1" }, /input runs must be a whole number/],
  ])("refuses bad input %j with exit 2 and one message, before running anything", async (inputs, message) => {
    const run = await runAction(inputs);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(message);
    expect(run.outputs).toEqual({});
  });
});
