import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";

// Regression: when the sign-in answered 201, or without `expires_in`, the live token reached
// conformance.md, .json, .junit.xml, .html and stdout (a failure's `actual` was cut from the raw
// body). Here a server hands out a generated token and echoes it and the client secret in every
// field and header of every answer, sign-in included; the built CLI runs against it, and neither
// value may turn up in any report file, the CI step summary, stdout or stderr.
const cli = join(__dirname, "..", "dist", "cli.js");
const SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const secretArb = fc.array(fc.constantFrom(...SAFE), { minLength: 12, maxLength: 40 }).map((a) => `s${a.join("")}`);

interface Case {
  token: string;
  clientSecret: string;
  signInStatus: 200 | 201;
  expiresIn: boolean;
}
let current: Case;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const { token, clientSecret, signInStatus, expiresIn } = current;
      const echo = `${token} ${clientSecret}`;
      const headers = { "content-type": "application/json", "x-echo": echo };
      if (req.url?.endsWith("/signin")) {
        const body = { token_type: token, access_token: token, ...(expiresIn ? { expires_in: clientSecret } : {}), reason: echo, id: clientSecret };
        return res.writeHead(signInStatus, headers).end(JSON.stringify(body));
      }
      if (req.headers.authorization !== `Bearer ${token}`) return res.writeHead(401, headers).end(JSON.stringify({ id: token, reason: echo, params: [clientSecret] }));
      const item = { id: token, name: clientSecret, description: echo, userId: token, emailId: `${clientSecret}@example.com` };
      res.writeHead(200, headers).end(JSON.stringify({ ...item, list: [item], items: [item], totalPages: token, totalCount: clientSecret, nextPage: token, params: [token, clientSecret] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

test("generated secrets echoed in every field of every answer never reach a report, the step summary or the output", async () => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: build the package first (pnpm --filter @zpa-openapi/contract build)");
  await fc.assert(
    fc.asyncProperty(secretArb, secretArb, fc.constantFrom<200 | 201>(200, 201), fc.boolean(), fc.integer({ min: 1, max: 2 ** 30 }), async (token, clientSecret, signInStatus, expiresIn, seed) => {
      fc.pre(!token.includes(clientSecret) && !clientSecret.includes(token));
      current = { token, clientSecret, signInStatus, expiresIn };
      const dir = await mkdtemp(join(tmpdir(), "zpa-secrets-"));
      const summary = join(dir, "step-summary.md");
      const ops = ["signIn", "listRoles", "getRole", "createRole", "updateRole"].flatMap((o) => ["--only-operation", o]);
      const { code, stdout, stderr } = await runCli(["--target", url, ...ops, "--runs", "2", "--negative-runs", "1", "--budget", "4", "--seed", String(seed), "--report-dir", join(dir, "reports")], {
        ZPA_CLIENT_ID: "client-id",
        ZPA_CLIENT_SECRET: clientSecret,
        ZPA_CUSTOMER_ID: "72057594037927936",
        GITHUB_STEP_SUMMARY: summary,
      });
      // The server breaks the contract everywhere: the run must get that far and say so.
      expect({ code, stderr: code === 1 ? "" : stderr }).toEqual({ code: 1, stderr: "" });
      const files = (await readdir(join(dir, "reports"))).map((f) => join(dir, "reports", f));
      expect(files.length).toBe(5);
      const outputs: [string, string][] = [["stdout", stdout], ["stderr", stderr], ["step summary", await readFile(summary, "utf8")]];
      for (const f of files) outputs.push([f, await readFile(f, "utf8")]);
      for (const [where, text] of outputs) {
        expect({ where, token: text.includes(token), clientSecret: text.includes(clientSecret) }).toEqual({ where, token: false, clientSecret: false });
      }
      // The run did record the answers (redacted), so the test would see a leak.
      expect(await readFile(files.find((f) => f.endsWith(".har"))!, "utf8")).toContain("REDACTED");
    }),
    { numRuns: 4 },
  );
}, 240_000);
