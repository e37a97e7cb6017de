import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { startReferenceServer } from "./fixtures/reference-server";

// What a CI job outside this repository gets: the packed packages installed with npm into an
// empty project, driven by the GitLab job template from the README, line by line, in a shell.
jest.setTimeout(420_000);
const repo = join(__dirname, "..", "..", "..");
const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");

function pnpm(): string[] {
  const exec = process.env.npm_execpath;
  if (exec && /pnpm(\.c?js)?$/.test(exec)) return exec.endsWith("js") ? [process.execPath, exec] : [exec];
  return ["npx", "--yes", "pnpm@12.21.0"];
}

function gitlabTemplate(): { variables: Record<string, string>; script: string[]; junit: string } {
  const block = /<!-- example:gitlab-ci -->\s*```yaml\n([\s\S]*?)```\s*<!-- \/example:gitlab-ci -->/.exec(readme);
  if (!block) throw new Error("README.md has no GitLab template between <!-- example:gitlab-ci --> markers");
  const job = Object.values(parse(block[1]) as Record<string, any>)[0];
  return { variables: job.variables ?? {}, script: job.script, junit: job.artifacts.reports.junit };
}

let project: string;
// A CI job's environment: npm's own variables from the test runner (npm_config_local_prefix and
// the like) would make npx run this workspace's package instead of the installed one.
const jobEnv = (extra: Record<string, string> = {}) => ({ PATH: process.env.PATH!, HOME: process.env.HOME ?? project, ...extra });

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "zpa-packed-install-"));
  const tarballs = join(dir, "tarballs");
  project = join(dir, "project");
  mkdirSync(tarballs);
  mkdirSync(project);
  const [cmd, ...args] = pnpm();
  for (const pkg of ["spec", "packages/client", "packages/contract"]) execFileSync(cmd, [...args, "pack", "--pack-destination", tarballs], { cwd: join(repo, pkg), stdio: "ignore" });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "ci-job", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...readdirSync(tarballs).map((f) => join(tarballs, f))], { cwd: project, stdio: "ignore" });
});

test("installing the suite does not download Prism", () => {
  expect(existsSync(join(project, "node_modules", "@zpa-openapi", "contract"))).toBe(true);
  expect(existsSync(join(project, "node_modules", "@stoplight"))).toBe(false);
});

test("the prism target without Prism stops at once with exit 2, saying what to install", () => {
  const run = spawnSync("npx", ["--yes", "@zpa-openapi/contract"], { cwd: project, env: jobEnv(), encoding: "utf8", timeout: 120_000 });
  expect({ status: run.status, error: run.error?.message }).toEqual({ status: 2, error: undefined });
  expect(run.stderr).toMatch(/the prism target needs @stoplight\/prism-http.*npm install --save-dev @stoplight\/prism-http@5\.12\.0 @stoplight\/prism-http-server@5\.12\.2/);
});

test("the README's GitLab job runs green against a server, line by line, and leaves its JUnit report", async () => {
  const server = await startReferenceServer();
  try {
    const template = gitlabTemplate();
    const env = jobEnv({
      ...template.variables,
      // What a project sets: the target (its gateway in front of ZPA), masked credentials, a filter.
      ZPA_TARGET: server.url,
      ZPA_CLIENT_ID: server.credentials.clientId,
      ZPA_CLIENT_SECRET: server.credentials.clientSecret,
      ZPA_CUSTOMER_ID: server.customerId,
      ZPA_CONFORMANCE_ARGS: "--include-operation listAdministrators --runs 5",
    });
    let output = "";
    for (const line of template.script) {
      // Asynchronously: the server answers from this same process.
      const status = await new Promise<number | null>((resolve) => {
        const child = spawn("bash", ["-e", "-c", line], { cwd: project, env, stdio: ["ignore", "pipe", "pipe"] });
        child.stdout.on("data", (c) => (output += c));
        child.stderr.on("data", (c) => (output += c));
        child.on("exit", (code) => resolve(code));
      });
      expect({ line, status, output: status === 0 ? "" : output }).toEqual({ line, status: 0, output: "" });
    }
    const junit = readFileSync(join(project, template.junit), "utf8");
    expect(junit).not.toContain("<failure");
    expect(junit).toContain("listAdministrators");
    expect(output).not.toContain(server.credentials.clientSecret);
  } finally {
    await server.stop();
  }
});
