import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startReferenceServer, type ReferenceServer } from "./fixtures/reference-server";

// The built CLI as a child process against the reference server on 127.0.0.1: selection, stops,
// config file, extra checks, reproduce lines, the token command, replay and rate-limit reporting.
jest.setTimeout(180_000);
const cli = join(__dirname, "..", "dist", "cli.js");

function runCli(server: ReferenceServer, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: build the package first (pnpm --filter @zpa-openapi/contract build)");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: options.cwd ?? __dirname,
      env: { ...process.env, ZPA_CLIENT_ID: server.credentials.clientId, ZPA_CLIENT_SECRET: server.credentials.clientSecret, ZPA_CUSTOMER_ID: server.customerId, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const readJson = async (dir: string) => JSON.parse(await readFile(join(dir, "conformance.json"), "utf8"));

describe("against a correct server", () => {
  let server: ReferenceServer;
  beforeAll(async () => (server = await startReferenceServer()));
  afterAll(() => server.stop());

  test("a check keeps its matrix letter whatever the filters, and the reproduce line names seed, runs and filters at start and end", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zpa-letters-"));
    const { code, stdout, stderr } = await runCli(server, ["--target", server.url, "--include-operation", "getRole", "--only-check", "response_schema_conformance", "--runs", "3", "--seed", "7", "--report-dir", dir]);
    expect(code).toBe(0);
    // Filtered to one check, it is still E (its place in the registry), not A.
    expect(stdout).toMatch(/^ +E = response_schema_conformance$/m);
    expect(stdout).toMatch(/^operation +E +$/m);
    const line = `zpa-conformance --target ${server.url} --seed 7 --runs 3 --include-operation getRole --only-check response_schema_conformance`;
    expect(stderr.split("\n")[0]).toBe(`zpa-conformance: reproduce with: ${line}`);
    expect(stderr.trimEnd().split("\n").pop()).toBe(`zpa-conformance: reproduce with: ${line}`);
    const report = await readJson(dir);
    expect(report.reproduce).toBe(line);
    expect(report.checks.find((c: { name: string }) => c.name === "response_schema_conformance").letter).toBe("E");
    // Grouped by the spec's family.
    expect(report.families).toEqual([expect.objectContaining({ family: "administrator-roles", operations: 1, fail: 0 })]);
    expect(report.results.every((r: { family: string }) => r.family === "administrator-roles")).toBe(true);
    expect(await readFile(join(dir, "conformance.md"), "utf8")).toMatch(/### <a id="family-administrator-roles"><\/a>Administrator roles/);
  });

  test("--include-tag, --exclude-method and --exclude-check select operations and checks", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zpa-select-"));
    const { code } = await runCli(server, ["--target", server.url, "--include-tag", "Administrators", "--exclude-method", "POST,PUT,DELETE", "--exclude-check", "max_response_time", "--runs", "2", "--report-dir", dir]);
    expect(code).toBe(0);
    const report = await readJson(dir);
    expect([...new Set(report.results.map((r: { operationId: string }) => r.operationId))]).toEqual(["listAdministrators", "getAdministrator"]);
    expect(report.results.some((r: { check: string }) => r.check === "max_response_time")).toBe(false);
  });

  test("--max-time stops the run cleanly, removes what it created, and the report says it was cut short", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zpa-maxtime-"));
    const seeded = [...server.admins.keys()];
    const { code } = await runCli(server, ["--target", server.url, "--include-operation", "createAdministrator", "--runs", "100000", "--budget", "none", "--max-time", "3", "--report-dir", dir]);
    expect(code).toBe(0);
    const report = await readJson(dir);
    expect(report.stopped).toEqual({ reason: "max-time", message: expect.stringMatching(/Cut short by --max-time/) });
    expect(report.notes.join(" ")).toMatch(/Cut short by --max-time/);
    expect([...server.admins.keys()]).toEqual(seeded);
    expect(await readFile(join(dir, "conformance.md"), "utf8")).toMatch(/\*\*Cut short:\*\*/);
  });

  test("a config file in the working directory holds options; flags win over it", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "zpa-config-"));
    await writeFile(join(cwd, "zpa-conformance.config.json"), JSON.stringify({ runs: 2, "include-operation": ["getRole"], "only-check": "not_a_server_error", seed: 11 }));
    const { code } = await runCli(server, ["--target", server.url, "--runs", "3", "--report-dir", "out"], { cwd });
    expect(code).toBe(0);
    const report = await readJson(join(cwd, "out"));
    expect(report).toMatchObject({ runs: 3, seed: 11 });
    expect(new Set(report.results.map((r: { operationId: string; check: string }) => `${r.operationId} ${r.check}`))).toEqual(new Set(["getRole not_a_server_error"]));
  });

  test("--checks-module adds a check with the built-in interface; it gets the next letter", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zpa-module-"));
    const mod = join(dir, "my-checks.mjs");
    await writeFile(mod, `export const checks = [{
  name: "role_names_are_short",
  description: "role names stay under 8 characters",
  judge(env, op, x) {
    if (op.operationId !== "getRole" || x.response?.status !== 200) return undefined;
    const name = JSON.parse(x.response.body).name ?? "";
    return name.length < 8 ? undefined : { message: "role name too long: " + name, specLocation: op.pointer };
  },
}];\n`);
    const { code, stdout } = await runCli(server, ["--target", server.url, "--include-operation", "getRole", "--checks-module", mod, "--only-check", "role_names_are_short", "--runs", "2", "--report-dir", dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ +V = role_names_are_short$/m);
    const report = await readJson(dir);
    expect(report.results).toEqual([expect.objectContaining({ operationId: "getRole", check: "role_names_are_short", status: "fail" })]);
  });

  test("token prints only the token on stdout; a wrong secret says the credentials were refused", async () => {
    const ok = await runCli(server, ["token", "--target", server.url]);
    expect(ok).toMatchObject({ code: 0, stderr: "" });
    expect(ok.stdout).toMatch(/^\S+\n$/);
    const bad = await runCli(server, ["token", "--target", server.url], { env: { ZPA_CLIENT_SECRET: "wrong-secret" } });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/the target refused the credentials \(401 from the sign-in\)/);
    expect(bad.stderr).not.toContain("wrong-secret");
  });

  test("a wrong secret stops the run saying the credentials were refused", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zpa-secret-"));
    const { code, stderr } = await runCli(server, ["--target", server.url, "--include-operation", "getRole", "--report-dir", dir], { env: { ZPA_CLIENT_SECRET: "wrong-secret" } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/zpa-conformance: the target refused the credentials \(401 from the sign-in\): check --client-id and ZPA_CLIENT_SECRET/);
  });

  test("a wrong --customer-id stops after the first request with one line, instead of failing every operation", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zpa-customer-"));
    const before = server.requests.length;
    const { code, stderr } = await runCli(server, ["--target", server.url, "--include-tag", "Administrators", "--customer-id", "123", "--report-dir", dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/zpa-conformance: this token does not belong to customer 123 \(404 on GET \/mgmtconfig\/v1\/admin\/customers\/123\/[A-Za-z/]+\): check --customer-id/);
    // The sign-in and the one list request, nothing more.
    expect(server.requests.length - before).toBe(2);
  });

  test("--rate-limit paces the run and the report shows the time spent waiting on it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zpa-ratelimit-"));
    const { code } = await runCli(server, ["--target", server.url, "--include-operation", "getRole", "--only-check", "not_a_server_error", "--runs", "12", "--rate-limit", "10/s", "--report-dir", dir]);
    expect(code).toBe(0);
    const report = await readJson(dir);
    expect(report.requests).toBeGreaterThan(10);
    expect(report.rateLimitWaitMs).toBeGreaterThan(0);
    expect(await readFile(join(dir, "conformance.md"), "utf8")).toMatch(/waiting on rate limits/);
  });
});

test("-x stops at the first failing check, cleans up, and reports what ran (exit 1)", async () => {
  const broken = await startReferenceServer({ fault: "server-error" });
  try {
    const dir = await mkdtemp(join(tmpdir(), "zpa-exitfirst-"));
    const seeded = [...broken.roles.keys()];
    // One operation at a time: with more at once than the family has, every one would have started
    // before the first failure, and stopping early would leave none unstarted to show it.
    const { code } = await runCli(broken, ["--target", broken.url, "--include-tag", "Administrator Roles", "--runs", "20", "-x", "--workers", "1", "--report-dir", dir]);
    expect(code).toBe(1);
    const report = await readJson(dir);
    expect(report.stopped).toEqual({ reason: "max-failures", message: expect.stringMatching(/^Stopped after \d+ failing checks? \(--max-failures 1\)/) });
    expect(report.failed).toBeGreaterThanOrEqual(1);
    expect([...broken.roles.keys()]).toEqual(seeded);
    // It stopped early: the family's last operation never ran.
    expect(report.results.map((r: { operationId: string }) => r.operationId)).not.toContain("deleteRole");
  } finally {
    await broken.stop();
  }
});

describe("replay", () => {
  let broken: ReferenceServer;
  let fixed: ReferenceServer;
  beforeAll(async () => {
    broken = await startReferenceServer({ fault: "schema-violation" });
    fixed = await startReferenceServer();
  });
  afterAll(async () => {
    await broken.stop();
    await fixed.stop();
  });

  // Regression: replay compared status codes only, so a schema failure still present replayed as green.
  test("re-runs the checks on the answer: exit 1 while the schema failure is still there, 0 once it is fixed; curls use $ZPA_BASE_URL", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zpa-replay-cli-"));
    // --only-operation (the older spelling of --include-operation) so the same run works on the CLI before this change.
    const run = await runCli(broken, ["--target", broken.url, "--only-operation", "getRole", "--only-check", "response_schema_conformance", "--runs", "3", "--seed", "1", "--report-dir", dir]);
    expect(run.code).toBe(1);
    const har = join(dir, "conformance-failures.har");
    const still = await runCli(broken, ["replay", har, "--target", broken.url], { env: { ZPA_TOKEN: "ref-token-abc123" } });
    expect(still.code).toBe(1);
    expect(still.stdout).toMatch(/→ 200 \(recorded 200\)  STILL FAILING: response_schema_conformance/);
    const gone = await runCli(fixed, ["replay", har, "--target", fixed.url], { env: { ZPA_TOKEN: "ref-token-abc123" } });
    expect(gone.stdout).toMatch(/→ 200 \(recorded 200\)  ok/);
    expect(gone.code).toBe(0);
    const report = await readJson(dir);
    const failure = report.results.find((r: { status: string }) => r.status === "fail").failures[0];
    expect(failure.curl).toMatch(/^curl -i -X GET "\$ZPA_BASE_URL"'\/mgmtconfig\//);
    expect(failure.curl).not.toContain(broken.url);
    // Each failure names its reproduce line, its replay command and its HAR entry.
    const html = await readFile(join(dir, "conformance.html"), "utf8");
    expect(html).toContain("--include-operation getRole --only-check response_schema_conformance");
    expect(html).toContain("zpa-conformance replay conformance-failures.har --entry 1 --target &quot;$ZPA_BASE_URL&quot;");
    expect(html).toMatch(/<a href="conformance-failures.har" data-entry="1">/);
  });
});
