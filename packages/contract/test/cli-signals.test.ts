import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startReferenceServer, type ReferenceServer } from "./fixtures/reference-server";

// The built CLI as a child process against a local server, stopped with real signals.
jest.setTimeout(120_000);
const cli = join(__dirname, "..", "dist", "cli.js");

interface Child {
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

function startCli(server: ReferenceServer, reportDir: string): Child {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: build the package first (pnpm --filter @zpa-openapi/contract build)");
  const args = [cli, "--target", server.url, "--only-operation", "createAdministrator", "--runs", "1000", "--budget", "none", "--seed", "21", "--report-dir", reportDir];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ZPA_CLIENT_ID: server.credentials.clientId, ZPA_CLIENT_SECRET: server.credentials.clientSecret, ZPA_CUSTOMER_ID: server.customerId },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (c) => (err += c));
  child.stdout.resume();
  return { stderr: () => err, exited: new Promise((r) => child.on("exit", (code, signal) => r({ code, signal }))), kill: (s) => child.kill(s) };
}

async function until(what: string, ready: () => boolean, child: Child): Promise<void> {
  let exited = false;
  void child.exited.then(() => (exited = true));
  while (!ready()) {
    if (exited) throw new Error(`the CLI exited before ${what}:\n${child.stderr()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test("SIGTERM stops the run, removes what it created, writes the report and exits 130; the prefix is printed first", async () => {
  const server = await startReferenceServer();
  const dir = await mkdtemp(join(tmpdir(), "zpa-sigterm-"));
  try {
    const seeded = [...server.admins.keys()];
    const child = startCli(server, dir);
    await until("printing its prefix", () => /run prefix zpact-[a-z0-9]+/.test(child.stderr()), child);
    const prefix = /run prefix (zpact-[a-z0-9]+)/.exec(child.stderr())![1];
    await until("creating administrators", () => server.created.size >= 3, child);
    child.kill("SIGTERM");
    expect(await child.exited).toEqual({ code: 130, signal: null });
    expect([...server.admins.keys()]).toEqual(seeded);
    const report = JSON.parse(await readFile(join(dir, "conformance.json"), "utf8"));
    expect(report.runPrefix).toBe(prefix);
    expect(report.notes.join(" ")).toMatch(/Interrupted/);
  } finally {
    await server.stop();
  }
});

// Regression: a second Ctrl-C killed the process at once, leaving what it created and no report.
test("a second SIGINT makes cleanup quick instead of abandoning it: no waiting out a 429, then the report, then 130", async () => {
  const server = await startReferenceServer({ fault: "delete-rate-limited" });
  const dir = await mkdtemp(join(tmpdir(), "zpa-sigint-"));
  try {
    const child = startCli(server, dir);
    await until("creating administrators", () => server.created.size >= 3, child);
    child.kill("SIGINT");
    // Cleanup is now waiting out the server's `retry-after: 3600s` on its first delete.
    await until("cleanup's first delete", () => server.requests.some((r) => r.operationId === "deleteAdministrator" && r.status === 429), child);
    child.kill("SIGINT");
    expect(await child.exited).toEqual({ code: 130, signal: null });
    const report = JSON.parse(await readFile(join(dir, "conformance.json"), "utf8"));
    const note = report.notes.find((n: string) => /Cleanup left/.test(n));
    expect(note).toContain(`sweep --prefix ${report.runPrefix}`);
    // Every administrator the run made got its delete, each answered once, none retried.
    const deletes = server.requests.filter((r) => r.operationId === "deleteAdministrator");
    expect(new Set(deletes.map((r) => r.path)).size).toBe(server.created.size);
    expect(child.stderr()).toMatch(/Cleanup left/);
  } finally {
    await server.stop();
  }
});
