import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { startTwin } from "../src/index";

// The contract package's GitHub Action entry script, run as GitHub runs it (a process whose
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP are temporary files) against the twin: a
// team's stateful tenant stand-in. The action's own package tests run it against Prism.
jest.setTimeout(180_000);
const contractDir = dirname(require.resolve("@zpa-openapi/contract/package.json"));
const entry = join(contractDir, "action", "entry.mjs");
const cli = join(contractDir, "dist", "cli.js");

function runAction(inputs: Record<string, string>, env: Record<string, string>): Promise<{ code: number | null; log: string; outputs: Record<string, string>; summary: string }> {
  if (!existsSync(cli)) throw new Error("@zpa-openapi/contract is not built: run pnpm --filter @zpa-openapi/contract build");
  const temp = mkdtempSync(join(tmpdir(), "zpa-action-twin-"));
  const outputFile = join(temp, "output");
  const summaryFile = join(temp, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/-/g, "_").toUpperCase()}`, v]));
  const child = spawn(process.execPath, [entry], {
    cwd: temp,
    env: { PATH: process.env.PATH!, HOME: temp, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: temp, ZPA_CONFORMANCE_CLI: cli, ...inputEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (c) => (log += c));
  child.stderr.on("data", (c) => (log += c));
  return new Promise((resolve) =>
    child.on("exit", (code) =>
      resolve({
        code,
        log,
        outputs: Object.fromEntries(readFileSync(outputFile, "utf8").split("\n").filter(Boolean).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])),
        summary: readFileSync(summaryFile, "utf8"),
      }),
    ),
  );
}

test.each([
  ["the healthy twin", undefined, 0],
  ["a twin whose creates answer 200", "create-returns-200", 1],
])("the action against %s (fault: %s) exits %i", async (_label, fault, expected) => {
  const twin = await startTwin({ rateLimit: false, fault });
  try {
    const run = await runAction(
      { target: twin.url, "customer-id": twin.customerId, "allow-writes": "true", "include-operation": "listSegmentGroups,createSegmentGroup,getSegmentGroup", runs: "5", seed: "11" },
      { ZPA_CLIENT_ID: twin.credentials.clientId, ZPA_CLIENT_SECRET: twin.credentials.clientSecret },
    );
    expect({ code: run.code, log: run.code === expected ? "" : run.log }).toEqual({ code: expected, log: "" });
    expect(Number(expected === 0 ? run.outputs.passed : run.outputs.failed)).toBeGreaterThan(0);
    if (expected === 0) expect(run.outputs.failed).toBe("0");
    expect(run.summary).toContain("createSegmentGroup");
    expect(run.log + run.summary).not.toContain(twin.credentials.clientSecret);
  } finally {
    await twin.stop();
  }
});
