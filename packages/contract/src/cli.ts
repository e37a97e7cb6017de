#!/usr/bin/env node
import { parseArgs } from "node:util";
import { replayHar } from "./replay";
import { runConformance } from "./run-conformance";
import { sweep } from "./sweep";
import { CHECKS } from "./checks/index";

const HELP = `zpa-conformance [run] [options]      run the contract suite (default target: embedded Prism)
zpa-conformance sweep --prefix P     remove leftovers of a crashed run (resources named with P)
zpa-conformance replay FILE.har      re-send the failing exchanges of a HAR file to a target
                                     (entries that write need --allow-writes)

Options:
  --target prism|live|URL     where to run (default prism; env ZPA_BASE_URL for live)
  --cloud NAME                cloud for --target live (PRODUCTION, ZPATWO, BETA, GOV, GOVUS, PREVIEW; env ZPA_CLOUD)
  --client-id ID              API key client id (env ZPA_CLIENT_ID)
  --client-secret SECRET      API key secret (env ZPA_CLIENT_SECRET)
  --customer-id ID            tenant id (env ZPA_CUSTOMER_ID)
  --seed N                    reproduce a run
  --runs N                    runs per property (default 100)
  --negative-runs N           runs per negative family (default min(runs, 25))
  --budget N|none             requests per operation for those runs together (default 60); every
                              negative family still runs at least once
  --allow-writes              create/change/delete own, prefixed resources (default on for prism and loopback URLs)
  --read-only                 never write
  --stateful | --stateless    force stateful checks on/off (default: detect by create-then-read)
  --only-check NAME           run only this check (repeatable)
  --only-operation ID         run only this operation (repeatable)
  --max-response-time MS      response-time budget (default 2000)
  --email-domain DOMAIN       domain of created users' emails (default example.com)
  --report-dir DIR            where reports go (default reports)
  --quiet                     no progress or summary
  --dry-run                   (sweep) list without removing
  -h, --help

Exit codes: 0 all passed; 1 contract failures (sweep: something not removed; replay: a status
changed); 2 bad usage or the target is unreachable; 130 interrupted (after cleanup and the report).
Ctrl-C or SIGTERM stops the run, removes what it created and writes the report; a second one makes
that cleanup quick (no retries, short timeouts); a third exits at once.

Checks: ${CHECKS.map((c) => c.name).join(", ")}`;

function int(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v)) throw new Error(`--${name} must be an integer; got ${JSON.stringify(v)}`);
  return Number(v);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: "string" },
      cloud: { type: "string" },
      "client-id": { type: "string" },
      "client-secret": { type: "string" },
      "customer-id": { type: "string" },
      seed: { type: "string" },
      runs: { type: "string" },
      "negative-runs": { type: "string" },
      budget: { type: "string" },
      "allow-writes": { type: "boolean" },
      "read-only": { type: "boolean" },
      stateful: { type: "boolean" },
      stateless: { type: "boolean" },
      "only-check": { type: "string", multiple: true },
      "only-operation": { type: "string", multiple: true },
      "max-response-time": { type: "string" },
      "email-domain": { type: "string" },
      "report-dir": { type: "string" },
      prefix: { type: "string" },
      "dry-run": { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const cid = values["client-id"] ?? process.env.ZPA_CLIENT_ID;
  const secret = values["client-secret"] ?? process.env.ZPA_CLIENT_SECRET;
  const credentials = cid && secret ? { clientId: cid, clientSecret: secret } : undefined;
  const target = values.target ?? "prism";
  const [command = "run", arg] = positionals;
  if (command === "sweep") {
    if (!values.prefix) throw new Error("sweep needs --prefix (the run prefix printed by the crashed run)");
    const { found, problems } = await sweep({ target, prefix: values.prefix, credentials, customerId: values["customer-id"], cloud: values.cloud, dryRun: values["dry-run"] });
    for (const f of found) process.stdout.write(`${f.outcome} ${f.resource} ${f.id}\n`);
    for (const p of problems) process.stderr.write(`could not remove ${p}\n`);
    process.stdout.write(`${found.length} resources with prefix ${values.prefix}\n`);
    return problems.length ? 1 : 0;
  }
  if (command === "replay") {
    if (!arg) throw new Error("replay needs a HAR file: zpa-conformance replay reports/conformance-failures.har --target URL");
    if (target === "prism" || target === "live") throw new Error("replay needs --target URL (the server to re-send to)");
    const results = await replayHar(arg, target, { token: process.env.ZPA_TOKEN, allowWrites: values["allow-writes"] === true && values["read-only"] !== true });
    for (const r of results) process.stdout.write(`${r.method} ${r.url} → ${r.status} (recorded ${r.recordedStatus})${r.comment ? `  # ${r.comment}` : ""}\n`);
    return results.some((r) => r.status !== "skipped" && r.status !== r.recordedStatus) ? 1 : 0;
  }
  if (command !== "run") throw new Error(`Unknown command ${JSON.stringify(command)}; expected run, sweep or replay`);
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
  const report = await runConformance({
    target,
    cloud: values.cloud,
    credentials,
    customerId: values["customer-id"],
    seed: int("seed", values.seed),
    runs: int("runs", values.runs),
    negativeRuns: int("negative-runs", values["negative-runs"]),
    requestBudget: values.budget === "none" ? Infinity : int("budget", values.budget),
    allowWrites: values["read-only"] ? false : values["allow-writes"] ? true : undefined,
    stateful: values.stateful ? true : values.stateless ? false : undefined,
    onlyChecks: values["only-check"],
    onlyOperations: values["only-operation"],
    maxResponseTimeMs: int("max-response-time", values["max-response-time"]),
    emailDomain: values["email-domain"],
    reportDir: values["report-dir"] ?? "reports",
    quiet: values.quiet,
    signal: controller.signal,
    hurry: hurry.signal,
    onStart: (info) => {
      prefix = info.runPrefix;
      // --quiet silences progress, not this: after a hard kill it is the only record of what to sweep.
      if (values.quiet) process.stderr.write(`zpa-conformance: run prefix ${info.runPrefix}\n`);
    },
  });
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  if (controller.signal.aborted) return 130;
  return report.failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`zpa-conformance: ${(e as Error).message}\n`);
    process.exit(2);
  },
);
