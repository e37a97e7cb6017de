#!/usr/bin/env node
// Entry point of the GitHub Action (action.yml beside this folder). It turns the action's inputs
// (INPUT_* variables that action.yml sets) into a `zpa-conformance` run, passes the credentials
// on in the environment only, and turns the JSON report into step outputs. The suite itself
// appends its redacted Markdown report to $GITHUB_STEP_SUMMARY. Its exit code is the suite's:
// 0 all passed, 1 contract failures, 2 bad usage or unreachable target, 130 interrupted.
//
// Plain JavaScript with no dependencies: the action runs from a checkout of the repository,
// where nothing is built or installed. The suite comes from npm at this package's own version
// (ZPA_CONFORMANCE_CLI names a local build instead, which is how the tests run it).
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

class InputError extends Error {}

const input = (name) => (process.env[`INPUT_${name.replace(/-/g, "_").toUpperCase()}`] ?? "").trim();
const list = (name) => input(name).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);

function bool(name) {
  const v = input(name).toLowerCase();
  if (v === "" || v === "false") return false;
  if (v === "true") return true;
  throw new InputError(`input ${name} must be true or false; got ${JSON.stringify(input(name))}`);
}

function count(name) {
  const v = input(name);
  if (v === "") return undefined;
  if (!/^\d+$/.test(v)) throw new InputError(`input ${name} must be a whole number; got ${JSON.stringify(v)}`);
  return v;
}

/** The suite's arguments for the action's inputs; never a credential. */
export function suiteArguments(reportDir) {
  const target = input("target") || "prism";
  if (!/^(prism|live|https?:\/\/\S+)$/.test(target)) throw new InputError(`input target must be prism, live or an http(s) URL; got ${JSON.stringify(target)}`);
  const args = ["--target", target, "--report-dir", reportDir];
  if (input("cloud")) args.push("--cloud", input("cloud"));
  if (input("customer-id")) args.push("--customer-id", input("customer-id"));
  // Writes are opt-in for anything but the throwaway mock.
  if (bool("allow-writes")) args.push("--allow-writes");
  else if (target !== "prism") args.push("--read-only");
  const runs = count("runs");
  if (runs) args.push("--runs", runs);
  const seed = count("seed");
  if (seed) args.push("--seed", seed);
  for (const [inputName, flag] of [
    ["include-operation", "--include-operation"],
    ["exclude-operation", "--exclude-operation"],
    ["include-tag", "--include-tag"],
    ["exclude-tag", "--exclude-tag"],
  ]) {
    for (const value of list(inputName)) args.push(flag, value);
  }
  return args;
}

function suiteCommand() {
  const local = process.env.ZPA_CONFORMANCE_CLI;
  if (local) return [process.execPath, local];
  const { name, version, peerDependencies = {} } = JSON.parse(readFileSync(path.join(here, "..", "package.json"), "utf8"));
  const packages = ["-p", `${name}@${version}`];
  // Prism is an optional peer of the suite: only the prism target downloads it.
  if ((input("target") || "prism") === "prism") {
    for (const [dep, range] of Object.entries(peerDependencies)) if (dep.startsWith("@stoplight/")) packages.push("-p", `${dep}@${range}`);
  }
  return ["npx", "--yes", ...packages, "zpa-conformance"];
}

function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

async function main() {
  const reportDir = path.resolve(input("report-dir") || path.join(process.env.RUNNER_TEMP || process.cwd(), "zpa-conformance"));
  const args = suiteArguments(reportDir);
  const [command, ...rest] = suiteCommand();
  console.log(`zpa-conformance ${args.join(" ")}`);
  const code = await new Promise((resolve) => {
    const child = spawn(command, [...rest, ...args], { stdio: "inherit", env: process.env });
    child.on("error", (error) => {
      console.error(`::error::could not start the suite: ${error.message}`);
      resolve(2);
    });
    child.on("exit", (status, signal) => resolve(status ?? (signal ? 130 : 2)));
  });
  setOutput("report-dir", reportDir);
  const json = path.join(reportDir, "conformance.json");
  if (existsSync(json)) {
    const report = JSON.parse(readFileSync(json, "utf8"));
    const by = (status) => report.results.filter((r) => r.status === status).length;
    setOutput("passed", by("pass"));
    setOutput("failed", by("fail"));
    setOutput("skipped", by("skip"));
  }
  if (code === 1) console.error("::error::the target does not answer as the spec says; see the job summary and the report artifact");
  return code;
}

// Imported by the tests for suiteArguments; run when executed.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`::error::${error instanceof InputError ? error.message : `zpa-conformance action: ${error.message}`}`);
      process.exit(2);
    },
  );
}
