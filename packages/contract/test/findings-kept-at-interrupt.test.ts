import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConformance } from "../src/index";
import { startReferenceServer, type ReferenceServer } from "./fixtures/reference-server";

// Regression: properties still running at Ctrl-C lost the failures they had already found. Here
// every read of an existing role answers 500 after 250 ms, so the positive property of getRole
// fails on its first such read and is still shrinking (200 more slow requests) when it is stopped.
jest.setTimeout(60_000);
const cli = join(__dirname, "..", "dist", "cli.js");

let server: ReferenceServer;
beforeEach(async () => (server = await startReferenceServer({ fault: "slow-server-error" })));
afterEach(() => server.stop());

const answered500 = () => server.requests.some((r) => r.operationId === "getRole" && r.status === 500);
async function until(ready: () => boolean, gaveUp: () => boolean = () => false): Promise<void> {
  while (!ready()) {
    if (gaveUp()) throw new Error("stopped waiting: the run ended first");
    await new Promise((r) => setTimeout(r, 10));
  }
}

test("aborting the run mid-property keeps the failure found before the abort, and says it was interrupted", async () => {
  const controller = new AbortController();
  let ended = false;
  const run = runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: ["getRole"], onlyChecks: ["not_a_server_error"], runs: 50, stateful: false, concurrency: 1, seed: 4, quiet: true, signal: controller.signal }).finally(() => (ended = true));
  await until(answered500, () => ended);
  controller.abort();
  const report = await run;
  expect(report.stopped).toEqual({ reason: "interrupted", message: expect.stringMatching(/^Interrupted/) });
  expect(report.results.find((r) => r.operationId === "getRole" && r.check === "not_a_server_error")).toMatchObject({ status: "fail", failures: [expect.objectContaining({ message: expect.stringMatching(/500/) })] });
  expect(report.failed).toBe(1);
});

test("SIGINT to the CLI mid-property: exit 130, and the JSON report holds the failure found before it", async () => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: build the package first (pnpm --filter @zpa-openapi/contract build)");
  const dir = await mkdtemp(join(tmpdir(), "zpa-sigint-findings-"));
  // The environment of a CI job: no npm_* variables of the test runner.
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("npm_"))), ZPA_CLIENT_ID: server.credentials.clientId, ZPA_CLIENT_SECRET: server.credentials.clientSecret, ZPA_CUSTOMER_ID: server.customerId };
  const child = spawn(process.execPath, [cli, "--target", server.url, "--only-operation", "getRole", "--only-check", "not_a_server_error", "--runs", "50", "--seed", "4", "--stateless", "--workers", "1", "--report-dir", dir], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  let ended = false;
  void exited.then(() => (ended = true));
  await until(answered500, () => ended).catch((e) => {
    throw new Error(`${(e as Error).message}\n${stderr}`);
  });
  child.kill("SIGINT");
  expect(await exited).toBe(130);
  const report = JSON.parse(await readFile(join(dir, "conformance.json"), "utf8"));
  expect(report.stopped.reason).toBe("interrupted");
  expect(report.results).toEqual([expect.objectContaining({ operationId: "getRole", check: "not_a_server_error", status: "fail" })]);
});
