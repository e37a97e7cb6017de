import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startReferenceServer, type ReferenceServer } from "./fixtures/reference-server";

// `-H` adds a header to every request the suite sends, the sign-in included (a gateway in front of
// the API wants it there too). The suite's own headers stay its own: Authorization is refused. A
// value under a credential-like name (key, token, secret, cookie, ...) never reaches a report.
jest.setTimeout(60_000);
const cli = join(__dirname, "..", "dist", "cli.js");

const API_KEY = "gateway-key-0123456789";
const COOKIE = "route=blue-7f3a9c2e";
// Too short to blank wherever it turns up (it would blank unrelated text), but never shown in its header.
const SESSION = "s3ss1";

let server: ReferenceServer;
// getRole answers 500: failures carry their exchanges (request headers included) into every report.
beforeAll(async () => (server = await startReferenceServer({ fault: "server-error" })));
afterAll(() => server.stop());

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: build the package first (pnpm --filter @zpa-openapi/contract build)");
  // The environment of a CI job: no npm_* variables of the test runner.
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("npm_"))), ZPA_CLIENT_ID: server.credentials.clientId, ZPA_CLIENT_SECRET: server.credentials.clientSecret, ZPA_CUSTOMER_ID: server.customerId };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

test("-H headers reach the server on every request, sign-in included; credential-like values stay out of every report", async () => {
  const dir = await mkdtemp(join(tmpdir(), "zpa-headers-"));
  const before = server.requests.length;
  const { code, stdout, stderr } = await runCli(["--target", server.url, "--include-operation", "listRoles,getRole", "--only-check", "not_a_server_error", "--runs", "3", "--seed", "8", "-H", "X-Trace: abc", "-H", `X-Api-Key: ${API_KEY}`, "--header", `Cookie: ${COOKIE}`, "-H", `X-Session: ${SESSION}`, "--report-dir", dir]);
  expect(code).toBe(1);
  const sent = server.requests.slice(before);
  expect(sent.map((r) => r.operationId)).toContain("signIn");
  expect(sent.filter((r) => r.headers["x-trace"] !== "abc" || r.headers["x-api-key"] !== API_KEY || r.headers.cookie !== COOKIE || r.headers["x-session"] !== SESSION)).toEqual([]);
  // The failures' exchanges show the plain header, and not the credential-like ones.
  const report = JSON.parse(await readFile(join(dir, "conformance.json"), "utf8"));
  const failure = report.results.find((r: { status: string }) => r.status === "fail").failures[0];
  expect(failure.exchange.request.headers).toMatchObject({ "x-trace": "abc", "x-api-key": "REDACTED", cookie: "REDACTED", "x-session": "REDACTED" });
  for (const file of await readdir(dir)) {
    const text = await readFile(join(dir, file), "utf8");
    expect({ file, key: text.includes(API_KEY), cookie: text.includes(COOKIE), session: text.includes(`: ${SESSION}`) || text.includes(`"${SESSION}"`) }).toEqual({ file, key: false, cookie: false, session: false });
  }
  expect(stdout + stderr).not.toContain(API_KEY);
  // The reproduce line names the header and leaves its value to the reader.
  expect(report.reproduce).toContain("-H 'X-Api-Key: $X_API_KEY'");
});

test("-H Authorization is refused before anything is sent: the token is the suite's own", async () => {
  const before = server.requests.length;
  const { code, stderr } = await runCli(["--target", server.url, "--include-operation", "getRole", "-H", "Authorization: Bearer someone-elses"]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/^zpa-conformance: -H accepts "Name: value" \(not Authorization/);
  expect(stderr).not.toContain("someone-elses");
  expect(server.requests.length).toBe(before);
});
