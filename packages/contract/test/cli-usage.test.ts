import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Every flag with a bad value (and every contradiction) is refused by the built CLI, as a real
// child process, with exit 2 and one line that names the flag and what it accepts, before
// anything is started: no Prism, no run prefix, no report directory.
jest.setTimeout(120_000);
const cli = join(__dirname, "..", "dist", "cli.js");
const here = join(__dirname, "..");

function runCli(args: string[], cwd = here, env: Record<string, string | undefined> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: build the package first (pnpm --filter @zpa-openapi/contract build)");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ZPA_CLOUD: "", ZPA_BASE_URL: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zpa-usage-"));
  await writeFile(join(dir, "a-file.txt"), "not a directory");
  await writeFile(join(dir, "bad.config.json"), JSON.stringify({ runs: 5, "max-exampels": 3 }));
  await writeFile(join(dir, "bad-value.config.json"), JSON.stringify({ workers: 0 }));
  await writeFile(join(dir, "secret.config.json"), JSON.stringify({ "client-secret": "s3cr3t" }));
  await writeFile(join(dir, "not-json.config.json"), "{ runs: 5 ");
  await writeFile(join(dir, "no-checks.mjs"), "export const checks = [{ name: 'Bad Name', description: 'x', judge() {} }];");
});

// [args, what the one line must name]
const CASES: [string, (d: string) => string[], RegExp][] = [
  ["--target", () => ["--target", "ftp://example.com"], /--target accepts "prism", "live" or an http\(s\) URL/],
  ["--target live without a cloud", () => ["--target", "live"], /--target live needs --cloud/],
  ["--cloud value", () => ["--target", "live", "--cloud", "MARS"], /--cloud accepts one of PRODUCTION/],
  ["--cloud with prism", () => ["--cloud", "BETA"], /--cloud applies only to --target live/],
  ["--client-id", () => ["--client-id", ""], /--client-id accepts a non-empty/],
  ["--client-secret", () => ["--client-secret", "visible-in-ps"], /--client-secret is refused: a secret on the command line shows in ps .*ZPA_CLIENT_SECRET or pass --client-secret-file FILE$/],
  ["--client-secret-file missing", () => ["--client-secret-file", "/nonexistent/secret"], /--client-secret-file accepts a readable file; \/nonexistent\/secret: ENOENT/],
  ["--customer-id", () => ["--customer-id", "acme"], /--customer-id accepts a tenant id of digits/],
  ["--seed", () => ["--seed", "1.5"], /--seed accepts an integer/],
  ["--runs negative", () => ["--runs", "-1"], /--runs accepts a positive integer.*"-1"/],
  ["--runs zero", () => ["--runs=0"], /--runs accepts a positive integer/],
  ["--runs without a value", () => ["--runs"], /--runs needs a value: a positive integer/],
  ["--max-examples", () => ["--max-examples", "many"], /--max-examples accepts a positive integer/],
  ["--negative-runs", () => ["--negative-runs", "0"], /--negative-runs accepts a positive integer/],
  ["--budget", () => ["--budget", "1"], /--budget accepts an integer of at least 2, or "none"/],
  ["--include-operation", () => ["--include-operation", "getRol"], /--include-operation accepts an operation id of the spec; got "getRol" \(did you mean "getRole"\?\)/],
  ["--only-operation", () => ["--only-operation", "nope"], /--include-operation accepts an operation id/],
  ["--exclude-operation", () => ["--exclude-operation", "nope"], /--exclude-operation accepts an operation id/],
  ["--include-tag", () => ["--include-tag", "Nope"], /--include-tag accepts a tag of the spec/],
  ["--exclude-tag", () => ["--exclude-tag", "Nope"], /--exclude-tag accepts a tag of the spec/],
  ["--include-path", () => ["--include-path", "/no/such/path"], /--include-path accepts part of a spec path/],
  ["--exclude-path", () => ["--exclude-path", "/no/such/path"], /--exclude-path accepts part of a spec path/],
  ["--include-method", () => ["--include-method", "FETCH"], /--include-method accepts an HTTP method/],
  ["--exclude-method", () => ["--exclude-method", "get,FETCH"], /--exclude-method accepts an HTTP method.*"FETCH"/],
  ["filters that select nothing", () => ["--include-operation", "getRole", "--exclude-operation", "getRole"], /select no operation/],
  ["--only-check", () => ["--only-check", "nope"], /--only-check accepts a check name/],
  ["--checks", () => ["--checks", "not_a_server_error,nope"], /--only-check accepts a check name.*"nope"/],
  ["--exclude-check", () => ["--exclude-check", "nope"], /--exclude-check accepts a check name/],
  ["--exclude-checks", () => ["--exclude-checks", ","], /--exclude-checks accepts check names/],
  ["checks that leave nothing", () => ["--only-check", "round_trip", "--exclude-check", "round_trip"], /leave no check to run/],
  ["--checks-module missing", (d) => ["--checks-module", join(d, "nope.mjs")], /--checks-module accepts an ES module file exporting checks; cannot import/],
  ["--checks-module bad check", (d) => ["--checks-module", join(d, "no-checks.mjs")], /"name" accepts a snake_case name/],
  ["--workers", () => ["--workers", "0"], /--workers accepts an integer from 1 to 64/],
  ["--max-failures", () => ["--max-failures", "0"], /--max-failures accepts a positive integer/],
  ["-x with --max-failures", () => ["-x", "--max-failures", "3"], /-x means --max-failures 1/],
  ["--max-time", () => ["--max-time", "-5"], /--max-time accepts a positive number of seconds/],
  ["--property-time-limit", () => ["--property-time-limit", "0"], /--property-time-limit accepts a positive number of seconds/],
  ["--max-response-time", () => ["--max-response-time=-5"], /--max-response-time accepts a positive integer of milliseconds/],
  ["-H authorization", () => ["-H", "Authorization: Bearer x"], /-H accepts "Name: value" \(not Authorization/],
  ["--header without a colon", () => ["--header", "X-Trace"], /--header accepts "Name: value"/],
  ["--rate-limit", () => ["--rate-limit", "5/m"], /--rate-limit accepts N\/s or N\/10s/],
  ["--email-domain", () => ["--email-domain", "not a domain"], /--email-domain accepts a domain name/],
  ["--report-dir that is a file", (d) => ["--report-dir", join(d, "a-file.txt")], /--report-dir accepts a writable directory; .* is a file/],
  ["--report-dir under /proc", () => ["--report-dir", "/proc/nope"], /--report-dir accepts a writable directory; cannot write/],
  ["--config missing", (d) => ["--config", join(d, "none.json")], /--config accepts a readable JSON file/],
  ["config unknown key", (d) => ["--config", join(d, "bad.config.json")], /bad\.config\.json: unknown key "max-exampels" \(did you mean --max-examples\?\)/],
  ["config bad value", (d) => ["--config", join(d, "bad-value.config.json")], /bad-value\.config\.json: "workers" accepts an integer from 1 to 64/],
  ["config with a secret", (d) => ["--config", join(d, "secret.config.json")], /unknown key "client-secret" \(not allowed in a config file/],
  ["config not JSON", (d) => ["--config", join(d, "not-json.config.json")], /not-json\.config\.json: not valid JSON/],
  ["--prefix", () => ["sweep", "--prefix", "mine"], /--prefix accepts a run prefix like zpact-/],
  ["--prefix on a run", () => ["--prefix", "zpact-abcd1234"], /--prefix does not apply to run; it is for sweep/],
  ["--dry-run on a run", () => ["--dry-run"], /--dry-run does not apply to run/],
  ["--entry", () => ["replay", "x.har", "--target", "http://127.0.0.1:9", "--entry", "0"], /--entry accepts an entry number/],
  ["--quiet with a value", () => ["--quiet=yes"], /--quiet is a switch and takes no value/],
  ["--allow-writes with --read-only", () => ["--allow-writes", "--read-only"], /--allow-writes and --read-only contradict/],
  ["--stateful with --stateless", () => ["--stateful", "--stateless"], /--stateful and --stateless contradict/],
  ["a flag given twice", () => ["--runs", "5", "--runs", "6"], /--runs was given twice/],
  ["an unknown flag", () => ["--max-exampels", "3"], /unknown option --max-exampels \(did you mean --max-examples\?\)/],
  ["an unknown short flag", () => ["-q"], /unknown option -q/],
  ["an extra positional", () => ["run", "extra"], /unexpected argument "extra": run takes no arguments/],
  ["an unknown command", () => ["bogus"], /unknown command "bogus"/],
  ["replay without a target", () => ["replay", "x.har"], /replay needs --target URL/],
  ["replay with two files", () => ["replay", "a.har", "b.har", "--target", "http://127.0.0.1:9"], /unexpected argument "b.har": replay takes one HAR file/],
  ["token against prism", () => ["token"], /--target prism needs no token/],
  ["token with --client-secret-file", () => ["token", "--target", "http://127.0.0.1:9", "--client-secret-file", "s"], /--client-secret-file does not apply to token/],
];

test.each(CASES)("%s: exit 2 with one line naming it, before any work", async (_name, args, line) => {
  const { code, stdout, stderr } = await runCli(args(dir), dir);
  expect(code).toBe(2);
  expect(stdout).toBe("");
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^zpa-conformance: /);
  expect(lines[0]).toMatch(line);
  // Nothing started: no run prefix, no reproduce line, no default report directory.
  expect(existsSync(join(dir, "reports"))).toBe(false);
});

test("the config file in the working directory is read; a bad key there is refused naming the file and key", async () => {
  const cwd = await mkdtemp(join(tmpdir(), "zpa-usage-cwd-"));
  await writeFile(join(cwd, "zpa-conformance.config.json"), JSON.stringify({ "include-tag": ["Nope"] }));
  const { code, stderr } = await runCli([], cwd);
  expect(code).toBe(2);
  expect(stderr.trim()).toBe('zpa-conformance: --include-tag accepts a tag of the spec (e.g. "Admin Single Sign-On"); got "Nope"');
  await writeFile(join(cwd, "zpa-conformance.config.json"), JSON.stringify({ runs: "lots" }));
  const bad = await runCli([], cwd);
  expect(bad.code).toBe(2);
  expect(bad.stderr.trim()).toBe('zpa-conformance: zpa-conformance.config.json: "runs" accepts a positive integer (runs per property); got "lots"');
});

test("--help lists every flag the GitHub Action passes, with what it accepts", async () => {
  const { code, stdout } = await runCli(["--help"]);
  expect(code).toBe(0);
  for (const flag of ["--include-operation", "--exclude-operation", "--include-tag", "--exclude-tag", "--runs", "--seed", "--report-dir", "--target", "--cloud", "--customer-id", "--allow-writes", "--read-only"]) {
    expect(stdout).toMatch(new RegExp(`^  (-., )?${flag}\\b`, "m"));
  }
  // Letters come from the registry: the same whatever the filters.
  expect(stdout).toMatch(/^ +E = response_schema_conformance$/m);
});
