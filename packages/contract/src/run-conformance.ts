import { createSpecValidator } from "@zpa-openapi/spec";
import type { RequestContext } from "./arbitraries/request";
import { CHECKS, RESPONSE_CHECKS, SCENARIO_CHECKS } from "./checks/index";
import { Recorder, recordFindings, type Env } from "./engine";
import { Transport } from "./http/transport";
import { cleanupOwned, createOwned, discoverIds, jsonOf, limitPrerequisitesTo, newRunPrefix, preparePrerequisites, readResource } from "./owned-resources";
import { writeReports } from "./reporters/index";
import { renderTerminal } from "./reporters/terminal";
import { DEFAULT_REQUEST_BUDGET } from "./budget";
import { deriveResources, hasOperationUnderTest, resourcesInPlay } from "./resources";
import { diffWritten } from "./checks/round-trip";
import { loadSpecModel } from "./spec-model";
import { credentialsFrom, signIn } from "./sign-in";
import { resolveTarget } from "./targets/resolve-target";
import type { ConformanceOptions, ConformanceReport } from "./types";

/**
 * Runs the contract suite against a target and returns the report (and writes report files when
 * `reportDir` is set). Everything the run created is removed before it returns, also on failure
 * and when `signal` aborts.
 */
export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceReport> {
  const started = performance.now();
  const seed = options.seed ?? (Math.random() * 2 ** 31) | 0;
  const runs = options.runs ?? 100;
  const negativeRuns = options.negativeRuns ?? Math.min(runs, 25);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer; got ${options.runs}`);
  const requestBudget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
  if (!(requestBudget === Infinity || (Number.isInteger(requestBudget) && requestBudget >= 2))) throw new Error(`requestBudget must be an integer of at least 2, or Infinity; got ${options.requestBudget}`);
  if (options.spec && (options.target ?? "prism") === "prism") throw new Error("spec: the embedded Prism serves the bundled ZPA spec; pass a URL target to test a server of another spec");
  const model = loadSpecModel(options.spec);
  const validator = createSpecValidator(options.spec);
  const knownChecks = new Set(CHECKS.map((c) => c.name));
  for (const c of options.onlyChecks ?? []) if (!knownChecks.has(c)) throw new Error(`Unknown check ${JSON.stringify(c)}; known: ${[...knownChecks].join(", ")}`);
  for (const o of options.onlyOperations ?? []) if (!model.operations.some((op) => op.operationId === o)) throw new Error(`Unknown operation ${JSON.stringify(o)}`);
  const ops = model.operations.filter((o) => !options.onlyOperations?.length || options.onlyOperations.includes(o.operationId));
  // Only resources with an operation under test are probed and created, and only they and the ones
  // they reference (for valid ids) are listed: a target that implements part of the spec (the twin)
  // is never sent to the rest, and a smaller run sends less.
  const underTest = new Set(ops);
  const resources = resourcesInPlay(deriveResources(model), underTest);

  const targetStarted = performance.now();
  const target = await resolveTarget(options.target, options.cloud);
  const targetStartMs = performance.now() - targetStarted;
  const notes: string[] = [];
  const credentials = credentialsFrom(options.credentials) ?? (target.mock ? { clientId: "zpa-conformance", clientSecret: "prism-accepts-any" } : undefined);
  const customerId = options.customerId ?? process.env.ZPA_CUSTOMER_ID ?? (target.mock ? "145256180497776640" : undefined);
  const prefix = options.runPrefix ?? newRunPrefix();
  const writes = options.allowWrites ?? !target.remote;
  // The transport is interrupted by the signal (run requests stop) and hurried by the second one (cleanup finishes quickly).
  const transport = new Transport({ baseUrl: target.baseUrl, rateLimit: options.rateLimit ?? target.remote, onExchange: options.onExchange, signal: options.signal, mock: target.mock });
  if (options.hurry?.aborted) transport.hurry();
  else options.hurry?.addEventListener("abort", () => transport.hurry(), { once: true });
  // Before anything is written: after a hard kill, this line is what says which prefix to sweep.
  if (!options.quiet) process.stderr.write(`zpa-conformance: run prefix ${prefix} (${target.mock ? "embedded mock" : writes ? "writes on: what it creates carries it" : "read-only"})\n`);
  options.onStart?.({ runPrefix: prefix, target: target.label, writes });
  const recorder = new Recorder();
  const tty = !options.quiet && process.stderr.isTTY;
  let lastProgress = 0;
  let currentOp = "";
  let doneOps = 0;
  let totalOps = 0;
  const env: Env = {
    model,
    compile: validator.compile,
    transport,
    seed,
    runs,
    negativeRuns,
    requestBudget,
    concurrency: target.remote ? 1 : Math.max(1, options.concurrency ?? 4),
    maxResponseTimeMs: options.maxResponseTimeMs ?? 2000,
    mock: target.mock,
    stateful: false,
    writes,
    authShapeOnly: target.mock,
    strictProbes: !target.mock,
    remote: target.remote,
    resources,
    recorder,
    prefix,
    emailDomain: options.emailDomain ?? "example.com",
    credentials,
    customerId: customerId ?? "",
    signal: options.signal,
    owned: [],
    known: new Map(),
    baseContext(): RequestContext {
      return {
        fixedParams: customerId ? { customerId } : {},
        idPools: {},
        mock: target.mock,
        compile: validator.compile,
        // A real target keeps what it wrongly accepts too: every body carries the prefix so a sweep finds it.
        ...(target.mock ? {} : { label: { prefix, emailDomain: env.emailDomain } }),
      };
    },
    progress() {
      const now = Date.now();
      if (options.quiet || now - lastProgress < (tty ? 150 : 5000)) return;
      lastProgress = now;
      const line = `[${doneOps}/${totalOps} operations] ${currentOp} · ${transport.requests} requests · ${recorder.failureCount} failing`;
      process.stderr.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
    },
  };
  limitPrerequisitesTo(env, underTest);
  let report: ConformanceReport | undefined;
  // What the statefulness probe created on a target that did not keep it right: removed at the end, never used.
  const probeLeftovers: Env["owned"] = [];
  // A failed probe of a target said to be writable: reported whatever checks were asked for.
  let probeFailure: { operationId: string; check: string } | undefined;
  try {
    if (!customerId) throw new Error("customerId is required for this target: pass --customer-id or set ZPA_CUSTOMER_ID");
    const signedIn = credentials ? await signIn(model, transport, credentials) : false;
    if (!signedIn && !target.mock) {
      throw new Error("credentials are required for this target: pass --client-id/--client-secret or set ZPA_CLIENT_ID/ZPA_CLIENT_SECRET");
    }

    // Ids the target lists are real ones to read and to reference, whether or not it keeps what the
    // probe creates (a server whose reads are broken fails the probe, and must still be read by real
    // ids); the probe's own create needs them for its references (an administrator's `roleId`).
    if (!target.mock) await discoverIds(env);

    // Stateful? Create something, read it back: a mock answers its example instead. A target said
    // to be writable (`allowWrites` or `stateful`) that loses what it was given fails here, rather
    // than passing with every stateful check skipped.
    const claimsWritable = options.allowWrites === true || options.stateful === true;
    if (options.stateful === false || (options.stateful === true && target.mock)) env.stateful = options.stateful;
    else if (writes) {
      // A resource whose create and read are both under test first; else one with any operation under test.
      const candidates = env.resources.filter((x) => x.create && x.get && hasOperationUnderTest(x, underTest));
      const r = candidates.find((x) => underTest.has(x.create!) && underTest.has(x.get!)) ?? candidates[0];
      if (r) {
        env.stateful = true; // so the probe's resource is registered for cleanup
        const { id, req, x: created } = await createOwned(env, r);
        const read = id ? await readResource(env, r, id) : undefined;
        const diffs = read?.response?.status === 200 ? diffWritten(req.body as Record<string, unknown>, jsonOf(read) ?? {}, r.create!.body!.schema, env.model.deref(env.model.resolve(Object.values(r.get!.responses["200"].content)[0]!)), r.serverManaged) : [];
        env.stateful = !!read && read.response?.status === 200 && diffs.length === 0;
        if (!env.stateful && claimsWritable && !target.mock) {
          const why = !id ? `the create answered ${created.response?.status ?? created.error} without an id` : read?.response?.status !== 200 ? `reading it back answered ${read?.response?.status ?? read?.error}` : `the read-back differs: ${diffs.slice(0, 3).join("; ")}`;
          probeFailure = { operationId: r.create!.operationId, check: "ensure_resource_availability" };
          recordFindings(env, r.create!, [{ check: probeFailure.check, message: `statefulness probe failed: the target was said to be writable, but ${why}`, expected: "what was created reads back as written", actual: why, specLocation: r.create!.pointer, exchange: read ?? created }], "statefulness probe");
          notes.push(`The target was said to be writable (${options.stateful === true ? "--stateful" : "--allow-writes"}) but did not keep what the probe created (${r.name}): reported as a failure.`);
        }
        if (options.stateful === true) env.stateful = true;
        else if (!env.stateful) {
          // Forget the probe's resource (it is still removed below), keep the ids the target listed.
          for (const o of env.owned) env.known.get(o.resource.idParam)?.delete(o.id);
          if (!target.mock) probeLeftovers.push(...env.owned);
          env.owned.length = 0;
        }
      }
    }
    if (options.stateful === true) env.stateful = true;
    if (!env.stateful && (target.mock || writes)) notes.push(target.mock ? "Prism is a stateless mock: stateful checks are skipped." : "Target did not keep what the probe created: stateful checks are skipped.");
    if (!writes) notes.push("Read-only run: checks that write are skipped (pass --allow-writes).");
    if (target.mock) {
      notes.push("Prism checks the Authorization header's shape only: the bad-token half of ignored_auth is skipped.");
      notes.push("Prism's own 405/415 answers are judged by status only (their bodies are Prism's, not the spec's).");
    }
    if (env.stateful && target.mock) await discoverIds(env);
    // Before any check builds a body: the resources those bodies refer to, created in dependency order.
    await preparePrerequisites(env, underTest);

    const only = options.onlyChecks?.length ? new Set(options.onlyChecks) : undefined;
    const responseOnly = only && [...only].some((c) => RESPONSE_CHECKS.some((r) => r.name === c));
    const scenarios = SCENARIO_CHECKS.filter((c) => !only || only.has(c.name) || (responseOnly && (c.name === "positive_data_acceptance" || c.name === "negative_data_rejection")));
    totalOps = ops.length;
    const concurrency = env.stateful || target.remote ? 1 : env.concurrency;
    const queue = [...ops];
    const worker = async () => {
      for (let op = queue.shift(); op; op = queue.shift()) {
        currentOp = op.operationId;
        for (const check of scenarios) {
          if (options.signal?.aborted) return;
          if (!check.applies(env, op)) continue;
          try {
            await check.run(env, op);
          } catch (e) {
            if (options.signal?.aborted) return;
            recorder.fail({ check: check.name, operationId: op.operationId, message: `check crashed: ${(e as Error).message}`, specLocation: op.pointer, seed });
          }
        }
        doneOps++;
        env.progress();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  } catch (e) {
    // Interrupted mid-request (sign-in, probe, a check): what ran is reported, nothing is thrown.
    if (!options.signal?.aborted) throw e;
  } finally {
    if (options.signal?.aborted) notes.push("Interrupted: the report covers what ran before the interruption.");
    env.owned.unshift(...probeLeftovers);
    transport.beginCleanup();
    const { problems } = await cleanupOwned(env).catch((e) => ({ problems: [(e as Error).message] }));
    if (problems.length) {
      const hint = `Cleanup left ${problems.length} resources (run \`zpa-conformance sweep --prefix ${prefix}\`): ${problems.slice(0, 3).join("; ")}`;
      notes.push(hint);
      if (!options.quiet) process.stderr.write(`\n${hint}\n`);
    }
    transport.close();
    await target.stop();
    if (tty) process.stderr.write("\r\x1b[2K");
  }
  const checkOrder = CHECKS.map((c) => c.name);
  let results = recorder.results(model.operations.map((o) => o.operationId), checkOrder);
  if (options.onlyChecks?.length) results = results.filter((r) => options.onlyChecks!.includes(r.check) || (probeFailure && r.operationId === probeFailure.operationId && r.check === probeFailure.check));
  report = {
    seed,
    target: target.label,
    stateful: env.stateful,
    results,
    failed: results.filter((r) => r.status === "fail").length,
    runs,
    negativeRuns,
    ...(requestBudget === Infinity ? {} : { requestBudget }),
    requests: transport.requests,
    durationMs: performance.now() - started,
    targetStartMs,
    serverMs: transport.serverMs,
    waitingMs: transport.waitingMs,
    runPrefix: prefix,
    notes,
  };
  if (options.reportDir) report.files = await writeReports(report, options.reportDir);
  if (!options.quiet) process.stdout.write(renderTerminal(report, { color: !!process.stdout.isTTY }));
  return report;
}
