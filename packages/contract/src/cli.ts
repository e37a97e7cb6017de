#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { checkCombinations, flagHelp, HEADER_LINE, mergeConfig, parseCommandLine, RATE_LIMIT, UsageError, type FlagValues } from "./cli-options";
import type { ExtraChecks } from "./checks-module";
import type { OperationSelection } from "./selection";
import type { SpecModel } from "./spec-model";
import { reproduceLine } from "./reproduce";
import { prepareReportDir } from "./report-dir";

const CONFIG_FILE = "zpa-conformance.config.json";

// The suite, Prism and the spec are loaded only once the input is known to be good: a bad flag is
// answered at once, before the modules behind a run are even read.
const help = (checks: { letter: string; name: string }[]) => `zpa-conformance [run] [options]        run the contract suite (default target: embedded Prism)
zpa-conformance sweep --prefix P       remove leftovers of a crashed run (resources named with P)
zpa-conformance replay FILE.har        re-send the failing exchanges of a HAR file to a target and
                                       judge the answers again (entries that write need --allow-writes)
zpa-conformance token --target URL     print a token for the target's credentials (ZPA_CLIENT_ID,
                                       ZPA_CLIENT_SECRET) on stdout: export ZPA_TOKEN=$(zpa-conformance token --target URL)

Options (VALUE: what each accepts; [commands] that take it):
${flagHelp()}

Options can also come from ${CONFIG_FILE} in the working directory, or --config FILE: a JSON
object whose keys are the flag names ({"runs": 50, "include-tag": ["Administrators"]}); flags win.
Credentials come from ZPA_CLIENT_ID / ZPA_CLIENT_SECRET, the tenant from ZPA_CUSTOMER_ID.

Exit codes: 0 all passed; 1 contract failures (sweep: something not removed; replay: a replayed
failure still fails); 2 bad usage or the target is unreachable; 130 interrupted (after cleanup and
the report). Ctrl-C or SIGTERM stops the run, removes what it created and writes the report; a
second one makes that cleanup quick (no retries, short timeouts); a third exits at once.

Checks (matrix letter = name):
${checks.map((c) => `  ${c.letter.padStart(2)} = ${c.name}`).join("\n")}`;

const list = (v: FlagValues[string]) => (v as string[] | undefined) ?? undefined;
const str = (v: FlagValues[string]) => v as string | undefined;

/** The first line of a secret file; refuses, without quoting it, a file that cannot be read or is empty. */
function readSecretFile(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`--client-secret-file accepts a readable file; ${file}: ${(error as NodeJS.ErrnoException).code ?? "cannot be read"}`);
  }
  const secret = text.split(/\r?\n/)[0]!.trim();
  if (!secret) throw new UsageError(`--client-secret-file accepts a file whose first line is the secret; the first line of ${file} is empty`);
  return secret;
}
const num = (v: FlagValues[string]) => (v === undefined ? undefined : Number(v));

function headersOf(values: FlagValues): Record<string, string> | undefined {
  const lines = list(values.header);
  if (!lines?.length) return undefined;
  return Object.fromEntries(lines.map((l) => HEADER_LINE.exec(l)!).map((m) => [m[1]!.toLowerCase(), m[2]!]));
}

function rateLimitOf(values: FlagValues): { reads: number; writes: number; windowMs: number } | undefined {
  const m = RATE_LIMIT.exec(str(values["rate-limit"]) ?? "");
  if (!m) return undefined;
  const n = Number(m[1]);
  return { reads: n, writes: n, windowMs: (m[2] ? Number(m[2]) : 1) * 1000 };
}

async function checksModule(values: FlagValues): Promise<ExtraChecks | undefined> {
  if (!values["checks-module"]) return undefined;
  const [{ loadChecksModule }, { CHECKS }] = await Promise.all([import("./checks-module"), import("./checks/index")]);
  return loadChecksModule(str(values["checks-module"])!, CHECKS.map((c) => c.name));
}

/**
 * Operation and check filters name things of the spec and the registry: a typo is refused before the
 * run. Returns the spec model they were checked against, which the run goes on with.
 */
async function checkSelection(values: FlagValues, extra: ExtraChecks | undefined): Promise<SpecModel> {
  const [{ selectChecks, selectOperations }, { loadSpecModel }, { CHECKS }] = await Promise.all([import("./selection"), import("./spec-model"), import("./checks/index")]);
  selectChecks([...CHECKS.map((c) => c.name), ...(extra ? [...extra.response, ...extra.scenario].map((c) => c.name) : [])], list(values["only-check"]), list(values["exclude-check"]));
  const model = loadSpecModel();
  selectOperations(model.operations, operationSelection(values));
  return model;
}

/** The operation filters of the flags, as the checks before the run and the run itself take them. */
const operationSelection = (values: FlagValues): OperationSelection => ({
  includeOperations: list(values["include-operation"]),
  excludeOperations: list(values["exclude-operation"]),
  includeTags: list(values["include-tag"]),
  excludeTags: list(values["exclude-tag"]),
  includePaths: list(values["include-path"]),
  excludePaths: list(values["exclude-path"]),
  includeMethods: list(values["include-method"]),
  excludeMethods: list(values["exclude-method"]),
});

/** Reads the config file (--config, else ./zpa-conformance.config.json when present) under the flags. */
async function withConfig(values: FlagValues): Promise<FlagValues> {
  const file = str(values.config) ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  if (!file) return values;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new UsageError(`--config accepts a readable JSON file; cannot read ${JSON.stringify(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  return mergeConfig(values, parsed, file);
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (parsed.values.help) {
    const { CHECKS } = await import("./checks/index");
    process.stdout.write(`${help(CHECKS)}\n`);
    return 0;
  }
  const { command, positionals } = parsed;
  const values = command === "run" ? await withConfig(parsed.values) : parsed.values;
  checkCombinations(command, values);
  const cid = str(values["client-id"]) ?? process.env.ZPA_CLIENT_ID;
  const secret = readSecretFile(str(values["client-secret-file"])) ?? process.env.ZPA_CLIENT_SECRET;
  const credentials = cid && secret ? { clientId: cid, clientSecret: secret } : undefined;
  const target = str(values.target) ?? "prism";
  if (command === "token") {
    if (target === "prism") throw new UsageError("--target prism needs no token (Prism accepts any bearer token); token accepts --target URL or --target live");
    const { printToken } = await import("./token");
    await printToken({ target, cloud: str(values.cloud), clientId: cid });
    return 0;
  }
  if (command === "sweep") {
    if (!values.prefix) throw new UsageError("sweep needs --prefix (the run prefix printed by the crashed run)");
    const { sweep } = await import("./sweep");
    const { found, problems } = await sweep({ target, prefix: str(values.prefix)!, credentials, customerId: str(values["customer-id"]), cloud: str(values.cloud), dryRun: values["dry-run"] === true });
    for (const f of found) process.stdout.write(`${f.outcome} ${f.resource} ${f.id}\n`);
    for (const p of problems) process.stderr.write(`could not remove ${p}\n`);
    process.stdout.write(`${found.length} resources with prefix ${values.prefix}\n`);
    return problems.length ? 1 : 0;
  }
  if (command === "replay") {
    const file = positionals[0];
    if (!file) throw new UsageError("replay needs a HAR file: zpa-conformance replay reports/conformance-failures.har --target URL");
    const extraChecks = await checksModule(values);
    const { replayHar } = await import("./replay");
    const results = await replayHar(file, target, {
      token: process.env.ZPA_TOKEN,
      allowWrites: values["allow-writes"] === true,
      entries: list(values.entry)?.map(Number),
      maxResponseTimeMs: num(values["max-response-time"]),
      responseChecks: extraChecks?.response,
      headers: headersOf(values),
    });
    let failing = 0;
    for (const r of results) {
      const verdict = r.status === "skipped" || r.method === "CLEANUP" ? "" : r.stillFailing?.length ? `  STILL FAILING: ${r.stillFailing.join("; ")}` : "  ok";
      if (verdict.startsWith("  STILL")) failing++;
      process.stdout.write(`${r.method} ${r.url} → ${r.status} (recorded ${r.recordedStatus})${verdict}${r.comment ? `  # ${r.comment}` : ""}\n`);
    }
    process.stdout.write(`${failing} of ${results.filter((r) => r.status !== "skipped" && r.method !== "CLEANUP").length} replayed exchanges still fail\n`);
    return failing ? 1 : 0;
  }

  // Every check of the input is done before the target is started or anything is sent.
  const extraChecks = await checksModule(values);
  const model = await checkSelection(values, extraChecks);
  const reportDir = await prepareReportDir(str(values["report-dir"]) ?? "reports");
  const { runConformanceOver } = await import("./run-conformance");
  const seed = num(values.seed) ?? (Math.random() * 2 ** 31) | 0;
  const reproduce = reproduceLine({ ...values, seed: String(seed) });
  // First signal: stop and clean up. Second: clean up quickly. Third: leave now, naming the prefix to sweep.
  const controller = new AbortController();
  const hurry = new AbortController();
  let prefix: string | undefined;
  let signals = 0;
  const onSignal = (name: NodeJS.Signals) => {
    signals++;
    if (signals === 1) {
      process.stderr.write(`\n${name}: cleaning up what this run created… (again to hurry it)\n`);
      controller.abort();
    } else if (signals === 2) {
      process.stderr.write(`\n${name}: finishing cleanup quickly (no retries, short timeouts)… (again to exit at once)\n`);
      hurry.abort();
    } else {
      process.stderr.write(`\n${name}: exiting without finishing cleanup${prefix ? `; remove leftovers with: zpa-conformance sweep --prefix ${prefix}` : ""}\n`);
      process.exit(130);
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.stderr.write(`zpa-conformance: reproduce with: ${reproduce}\n`);
  const report = await runConformanceOver({
    target,
    cloud: str(values.cloud),
    credentials,
    customerId: str(values["customer-id"]),
    seed,
    runs: num(values.runs),
    negativeRuns: num(values["negative-runs"]),
    requestBudget: values.budget === "none" ? Infinity : num(values.budget),
    allowWrites: values["read-only"] ? false : values["allow-writes"] ? true : undefined,
    stateful: values.stateful ? true : values.stateless ? false : undefined,
    ...(values["write-existing"] ? { writeExisting: true } : {}),
    onlyChecks: list(values["only-check"]),
    excludeChecks: list(values["exclude-check"]),
    ...operationSelection(values),
    concurrency: num(values.workers),
    maxFailures: num(values["max-failures"]),
    maxTimeMs: values["max-time"] === undefined ? undefined : Number(values["max-time"]) * 1000,
    maxResponseTimeMs: num(values["max-response-time"]),
    propertyTimeLimitMs: values["property-time-limit"] === undefined ? undefined : Math.max(1, Math.round(Number(values["property-time-limit"]) * 1000)),
    headers: headersOf(values),
    ...(values["rate-limit"] ? { rateLimit: rateLimitOf(values) } : {}),
    extraChecks,
    reproduce,
    emailDomain: str(values["email-domain"]),
    reportDir,
    quiet: values.quiet === true,
    signal: controller.signal,
    hurry: hurry.signal,
    onStart: (info) => {
      prefix = info.runPrefix;
      // --quiet silences progress, not this: after a hard kill it is the only record of what to sweep.
      if (values.quiet) process.stderr.write(`zpa-conformance: run prefix ${info.runPrefix}\n`);
    },
  }, model);
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  process.stderr.write(`zpa-conformance: reproduce with: ${reproduce}\n`);
  if (controller.signal.aborted) return 130;
  return report.failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    // One line: the first line of the message, never a stack (bad usage, an unreachable target, a refused credential).
    const message = (e as Error).message.split("\n")[0];
    process.stderr.write(`zpa-conformance: ${message}\n`);
    process.exit(2);
  },
);
