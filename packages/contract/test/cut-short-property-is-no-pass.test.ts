import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConformance } from "../src/index";
import { startReferenceServer, type ReferenceServer } from "./fixtures/reference-server";

// Regression: a property stopped by the per-property time limit was reported as a pass, on the
// strength of the few runs it made. It is now a skip whose reason says it was cut short.
jest.setTimeout(60_000);
const cli = join(__dirname, "..", "dist", "cli.js");

let server: ReferenceServer;
// Every read of an existing role takes 250 ms: 50 runs cannot fit in a limit of 100 ms.
beforeAll(async () => (server = await startReferenceServer({ fault: "slow" })));
afterAll(() => server.stop());

test("a property cut short by propertyTimeLimitMs is not a pass: its reason says so and the notes count it", async () => {
  const report = await runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: ["getRole"], onlyChecks: ["positive_data_acceptance"], runs: 50, propertyTimeLimitMs: 100, stateful: false, concurrency: 1, seed: 5, quiet: true });
  const result = report.results.find((r) => r.operationId === "getRole" && r.check === "positive_data_acceptance");
  expect(result).toMatchObject({ status: "skip", reason: expect.stringMatching(/cut short by the 100 ms property time limit after \d+ of \d+ runs/) });
  expect(result!.evaluated).toBeLessThan(50);
  expect(report.notes).toContain("1 property was cut short by the per-property time limit: their results cover fewer runs than asked (see the reasons in the report).");
  expect(report.stopped).toBeUndefined();
});

test("a bad propertyTimeLimitMs is refused before anything starts", async () => {
  await expect(runConformance({ propertyTimeLimitMs: 0, quiet: true, target: "http://127.0.0.1:9" })).rejects.toThrow(/propertyTimeLimitMs must be a positive integer; got 0/);
});

test("--property-time-limit sets the limit from the command line; the JSON report shows the skip", async () => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: build the package first (pnpm --filter @zpa-openapi/contract build)");
  const dir = await mkdtemp(join(tmpdir(), "zpa-property-limit-"));
  // The environment of a CI job: no npm_* variables of the test runner.
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("npm_"))), ZPA_CLIENT_ID: server.credentials.clientId, ZPA_CLIENT_SECRET: server.credentials.clientSecret, ZPA_CUSTOMER_ID: server.customerId };
  const args = [cli, "--target", server.url, "--only-operation", "getRole", "--only-check", "positive_data_acceptance", "--runs", "50", "--stateless", "--workers", "1", "--property-time-limit", "0.1", "--quiet", "--report-dir", dir];
  const code = await new Promise<number | null>((resolve) => spawn(process.execPath, args, { env, stdio: "ignore" }).on("exit", resolve));
  expect(code).toBe(0);
  const report = JSON.parse(await readFile(join(dir, "conformance.json"), "utf8"));
  expect(report.results).toEqual([expect.objectContaining({ operationId: "getRole", check: "positive_data_acceptance", status: "skip", reason: expect.stringMatching(/cut short by the 100 ms property time limit/) })]);
});
