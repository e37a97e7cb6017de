import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { send } from "./twin-session";

const CLI = join(__dirname, "..", "dist", "cli.js");

/** What the CLI printed up to its last start-up line (where the secret is); rejects if it exits first. */
function started(child: ChildProcess): Promise<string> {
  let out = "";
  return new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("client secret:")) resolve(out);
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

describe("zpa-twin command", () => {
  it("prints the URL and where the generated secret is, never the secret itself", async () => {
    const child = spawn(process.execPath, [CLI, "--port", "0", "--seed-users", "3", "--no-rate-limit", "--client-id", "cli-key"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const out = await started(child);
      const url = /listening on (http:\/\/\S+)/.exec(out)![1]!;
      const file = /in (\S+\.secret)/.exec(out)![1]!;
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const secret = readFileSync(file, "utf8").trim();
      expect(out).not.toContain(secret);
      expect(out).toContain("ZPA_CLIENT_ID=cli-key");
      const token = await send(url, "POST", "/signin", {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ client_id: "cli-key", client_secret: secret }).toString(),
      });
      expect(token.status).toBe(200);
      const customer = /ZPA_CUSTOMER_ID=(\d+)/.exec(out)![1];
      const page = await send(url, "GET", `/mgmtconfig/v1/admin/customers/${customer}/emergencyAccess/users`, { headers: { authorization: `Bearer ${token.json.access_token}` } });
      expect(page.json.items).toHaveLength(3);
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      // Removed on stop, so a later `cat /tmp/zpa-twin-*.secret` never joins an old secret to a new one.
      expect(existsSync(file)).toBe(false);
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
    }
  });

  it("refuses --client-secret on the command line, and takes the secret from a file or the environment", async () => {
    const refused = spawnSync(process.execPath, [CLI, "--port", "0", "--client-secret", "visible-in-ps"], { encoding: "utf8" });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--client-secret is refused");
    expect(refused.stderr).toContain("ZPA_TWIN_CLIENT_SECRET");
    expect(refused.stderr + refused.stdout).not.toContain("visible-in-ps");
    const dir = mkdtempSync(join(tmpdir(), "zpa-twin-cli-"));
    const secretFile = join(dir, "secret");
    writeFileSync(secretFile, "from-a-file\n", { mode: 0o600 });
    for (const [args, env, secret] of [
      [["--client-secret-file", secretFile], {}, "from-a-file"],
      [[], { ZPA_TWIN_CLIENT_SECRET: "from-the-env" }, "from-the-env"],
    ] as const) {
      const child = spawn(process.execPath, [CLI, "--port", "0", "--no-rate-limit", ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
      try {
        const out = await started(child);
        expect(out).not.toContain(secret);
        const url = /listening on (http:\/\/\S+)/.exec(out)![1]!;
        const token = await send(url, "POST", "/signin", {
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ client_id: "zpa-twin", client_secret: secret }).toString(),
        });
        expect(token.status).toBe(200);
      } finally {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
    }
    rmSync(dir, { recursive: true });
  });

  it("refuses bad flags and unknown faults with a clear message", () => {
    const bad = spawnSync(process.execPath, [CLI, "--seed-users", "many"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--seed-users must be a whole number");
    const fault = spawnSync(process.execPath, [CLI, "--port", "0", "--fault", "nope"], { encoding: "utf8" });
    expect(fault.status).toBe(2);
    expect(fault.stderr).toContain('Unknown fault "nope"');
    const list = spawnSync(process.execPath, [CLI, "--list-faults"], { encoding: "utf8" });
    expect(list.stdout).toContain("microtenant-leak");
  });
});
