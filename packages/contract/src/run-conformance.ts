import { createSpecValidator } from "@zpa-openapi/spec";
import type { RequestContext } from "./arbitraries/request";
import { GenerationError } from "./arbitraries/schema";
import { CHECKS, RESPONSE_CHECKS, SCENARIO_CHECKS, checkLetter, type CheckInfo } from "./checks/index";
import { Recorder, recordFindings, type Env } from "./engine";
import { Transport } from "./http/transport";
import { cleanupOwned, createOwned, discoverIds, jsonOf, limitPrerequisitesTo, newRunPrefix, prepareOrder, prerequisiteProblems, preparePrerequisites, readResource } from "./owned-resources";
import { writeReports } from "./reporters/index";
import { renderTerminal } from "./reporters/terminal";
import { DEFAULT_REQUEST_BUDGET } from "./budget";
import { deriveResources, hasOperationUnderTest, type ResourceModel, resourcesInPlay } from "./resources";
import { diffWritten } from "./checks/round-trip";
import { loadSpecModel, type SpecModel } from "./spec-model";
import { credentialsFrom } from "./sign-in";
import { checkTenant, signInOrExplain } from "./preflight";
import { selectChecks, selectOperations } from "./selection";
import { familySummaries } from "./reporters/families";
import { formatDuration as duration, progressLine } from "./reporters/progress";
import { resolveTarget } from "./targets/resolve-target";
import { UsageError } from "./cli-options";
import type { ConformanceOptions, ConformanceReport, Failure } from "./types";

/** How often the progress line is redrawn on its own, so it moves (and says so) while a request waits out a rate limit. */
const TICK_MS = { tty: 250, log: 5000 };

/**
 * Properties run at once against a local target when the caller does not say. The HTTP agent still
 * opens at most 16 connections, so the target sees no more requests at a time than with fewer; the
 * rest wait in the agent's queue, ready when a connection frees while this thread is busy building
 * others. Measured on a default run against the embedded Prism (2 cores): at 4 it took about 4%
 * longer (five alternating runs, each slower at 4 than at 8), and at 16 longer again.
 */
export const DEFAULT_CONCURRENCY = 8;

/**
 * Runs the contract suite against a target and returns the report (and writes report files when
 * `reportDir` is set). Everything the run created is removed before it returns, also on failure
 * and when `signal` aborts.
 */
export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceReport> {
  return runConformanceOver(options);
}

/**
 * {@link runConformance}, over the model of `options.spec` when the caller has built it already
 * (the CLI, which checked the operation filters against it): a run builds its model once.
 */
export async function runConformanceOver(options: ConformanceOptions, built?: SpecModel): Promise<ConformanceReport> {
  const started = performance.now();
  const seed = options.seed ?? (Math.random() * 2 ** 31) | 0;
  const runs = options.runs ?? 100;
  const negativeRuns = options.negativeRuns ?? Math.min(runs, 25);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer; got ${options.runs}`);
  const requestBudget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
  if (!(requestBudget === Infinity || (Number.isInteger(requestBudget) && requestBudget >= 2))) throw new Error(`requestBudget must be an integer of at least 2, or Infinity; got ${options.requestBudget}`);
  if (options.spec && (options.target ?? "prism") === "prism") throw new Error("spec: the embedded Prism serves the bundled ZPA spec; pass a URL target to test a server of another spec");
  const model = built ?? loadSpecModel(options.spec);
  const validator = createSpecValidator(options.spec);
  const extra = options.extraChecks ?? { response: [], scenario: [] };
  const checkInfos: CheckInfo[] = [
    ...CHECKS,
    ...[...extra.response, ...extra.scenario].map((c, i) => ({ name: c.name, description: c.description, ...("stateful" in c && c.stateful ? { stateful: true } : {}), letter: checkLetter(CHECKS.length + i) })),
  ];
  const selected = selectChecks(checkInfos.map((c) => c.name), options.onlyChecks, options.excludeChecks);
  const filtered = !!(options.onlyChecks?.length || options.excludeChecks?.length);
  const ops = selectOperations(model.operations, { ...options, includeOperations: [...(options.includeOperations ?? []), ...(options.onlyOperations ?? [])] });
  if (options.maxFailures !== undefined && !(Number.isInteger(options.maxFailures) && options.maxFailures >= 1)) throw new Error(`maxFailures must be a positive integer; got ${options.maxFailures}`);
  if (options.maxTimeMs !== undefined && !(options.maxTimeMs > 0)) throw new Error(`maxTimeMs must be a positive number; got ${options.maxTimeMs}`);
  if (options.propertyTimeLimitMs !== undefined && !(Number.isInteger(options.propertyTimeLimitMs) && options.propertyTimeLimitMs >= 1)) throw new Error(`propertyTimeLimitMs must be a positive integer; got ${options.propertyTimeLimitMs}`);
  if (options.maxResponseTimeMs !== undefined && !(Number.isInteger(options.maxResponseTimeMs) && options.maxResponseTimeMs >= 1)) throw new Error(`maxResponseTimeMs must be a positive integer; got ${options.maxResponseTimeMs}`);
  for (const name of Object.keys(options.headers ?? {})) if (/^(authorization|host|content-length|transfer-encoding|connection)$/i.test(name)) throw new Error(`headers may not set ${name}: the suite sets it`);
  // One stop for the run: an interrupt, --max-failures or --max-time; `stopped` says which.
  const stop = new AbortController();
  let stopped: ConformanceReport["stopped"];
  const stopRun = (reason: NonNullable<ConformanceReport["stopped"]>["reason"], message: string) => {
    if (stop.signal.aborted) return;
    stopped = { reason, message };
    stop.abort();
  };
  if (options.signal?.aborted) stopRun("interrupted", "Interrupted: the report covers what ran before the interruption.");
  else options.signal?.addEventListener("abort", () => stopRun("interrupted", "Interrupted: the report covers what ran before the interruption."), { once: true });
  // Only resources with an operation under test are probed and created, and only they and the ones
  // they reference (for valid ids) are listed: a target that implements part of the spec (the twin)
  // is never sent to the rest, and a smaller run sends less.
  const underTest = new Set(ops);
  const resources = resourcesInPlay(deriveResources(model), underTest);

  const targetStarted = performance.now();
  const target = await resolveTarget(options.target, options.cloud);
  const targetStartMs = performance.now() - targetStarted;
  if (options.writeExisting && target.remote) throw new Error(`writeExisting: ${target.label} is not on this machine; changing and deleting records the run did not create is only for a disposable local target`);
  const notes: string[] = [];
  const credentials = credentialsFrom(options.credentials) ?? (target.mock ? { clientId: "zpa-conformance", clientSecret: "prism-accepts-any" } : undefined);
  const customerId = options.customerId ?? process.env.ZPA_CUSTOMER_ID ?? (target.mock ? "145256180497776640" : undefined);
  const prefix = options.runPrefix ?? newRunPrefix();
  const writes = options.allowWrites ?? !target.remote;
  // The transport is interrupted by the signal (run requests stop) and hurried by the second one (cleanup finishes quickly).
  const transport = new Transport({ baseUrl: target.baseUrl, rateLimit: options.rateLimit ?? target.remote, onExchange: options.onExchange, signal: stop.signal, mock: target.mock, headers: options.headers });
  for (const [name, value] of Object.entries(options.headers ?? {})) transport.redactor.addHeader(name, value);
  if (options.hurry?.aborted) transport.hurry();
  else options.hurry?.addEventListener("abort", () => transport.hurry(), { once: true });
  // Before anything is written: after a hard kill, this line is what says which prefix to sweep.
  const out = options.progressStream ?? process.stderr;
  if (!options.quiet) out.write(`zpa-conformance: run prefix ${prefix} (${target.mock ? "embedded mock" : writes ? "writes on: what it creates carries it" : "read-only"})\n`);
  options.onStart?.({ runPrefix: prefix, target: target.label, writes });
  const recorder = new Recorder();
  const timings = new Map<string, number>();
  const tty = !options.quiet && !!out.isTTY;
  const runStarted = Date.now();
  const maxTimer = options.maxTimeMs !== undefined ? setTimeout(() => stopRun("max-time", `Cut short by --max-time (${duration(options.maxTimeMs!)}): the report covers what ran until then.`), options.maxTimeMs) : undefined;
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
    concurrency: target.remote ? 1 : Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY),
    maxResponseTimeMs: options.maxResponseTimeMs ?? 2000,
    ...(options.propertyTimeLimitMs !== undefined ? { propertyTimeLimitMs: options.propertyTimeLimitMs } : {}),
    mock: target.mock,
    stateful: false,
    writes,
    writeExisting: options.writeExisting === true && writes,
    authShapeOnly: target.mock,
    strictProbes: !target.mock,
    remote: target.remote,
    resources,
    recorder,
    prefix,
    emailDomain: options.emailDomain ?? "example.com",
    credentials,
    customerId: customerId ?? "",
    signal: stop.signal,
    responseChecks: [...RESPONSE_CHECKS, ...extra.response],
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
      if (options.maxFailures !== undefined && recorder.failureCount >= options.maxFailures) stopRun("max-failures", `Stopped after ${recorder.failureCount} failing check${recorder.failureCount === 1 ? "" : "s"} (--max-failures ${options.maxFailures}): the report covers what ran until then.`);
      drawProgress();
    },
  };
  function drawProgress(): void {
    const now = Date.now();
    if (options.quiet || now - lastProgress < (tty ? 150 : 5000)) return;
    lastProgress = now;
    const state = { doneOps, totalOps, currentOp, requests: transport.requests, failing: recorder.failureCount, elapsedMs: now - runStarted, rateLimitWaitMs: transport.rateLimitWaitMs, rateLimitWaiting: transport.rateLimitWaiting };
    out.write(progressLine(state, { tty, columns: out.columns || 200 }));
  }
  // Progress is otherwise drawn as requests complete: a run waiting out a 429 would show nothing.
  const ticker = options.quiet ? undefined : setInterval(drawProgress, tty ? TICK_MS.tty : TICK_MS.log);
  ticker?.unref();
  limitPrerequisitesTo(env, underTest);
  let report: ConformanceReport | undefined;
  // What the statefulness probe created on a target that did not keep it right: removed at the end, never used.
  const probeLeftovers: Env["owned"] = [];
  // A failed probe of a target said to be writable: reported whatever checks were asked for.
  let probeFailure: { operationId: string; check: string } | undefined;
  try {
    if (!customerId) throw new UsageError("customerId is required for this target: pass --customer-id or set ZPA_CUSTOMER_ID");
    const signedIn = credentials ? await signInOrExplain(model, transport, credentials) : false;
    if (!signedIn && !target.mock) {
      throw new UsageError("credentials are required for this target: pass --client-id and set ZPA_CLIENT_SECRET (or ZPA_CLIENT_ID/ZPA_CLIENT_SECRET)");
    }
    // A token of another tenant would fail every operation: one request says so first.
    if (!target.mock) await checkTenant(transport, customerId, [...resources.map((r) => r.list), ...ops]);

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
      const preferred = candidates.filter((x) => underTest.has(x.create!) && underTest.has(x.get!));
      // The first candidate the generator can build a body for (one it cannot is noted, not fatal).
      let r: ResourceModel | undefined;
      let made: Awaited<ReturnType<typeof createOwned>> | undefined;
      env.stateful = true; // so the probe's resource is registered for cleanup
      for (const c of new Set([...preferred, ...candidates])) {
        try {
          made = await createOwned(env, c);
          r = c;
          break;
        } catch (e) {
          if (!(e instanceof GenerationError)) throw e;
          notes.push(`The statefulness probe could not build ${c.name}: ${e.message}.`);
        }
      }
      env.stateful = false;
      if (r && made) {
        const { id, req, x: created } = made;
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
          for (const o of env.owned) env.known.get(o.resource.name)?.delete(o.id);
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
    notes.push(...prerequisiteProblems(env));

    // Response checks judge the answers of the generated requests: when any is selected, those two scenarios run (and are reported only when selected too).
    const responseSelected = env.responseChecks!.some((r) => selected.has(r.name));
    const scenarios = [...SCENARIO_CHECKS, ...extra.scenario].filter((c) => selected.has(c.name) || (responseSelected && (c.name === "positive_data_acceptance" || c.name === "negative_data_rejection")));
    totalOps = ops.length;
    const concurrency = env.stateful || target.remote ? 1 : env.concurrency;
    const queue = [...ops];
    const worker = async () => {
      for (let op = queue.shift(); op; op = queue.shift()) {
        currentOp = op.operationId;
        if (env.stateful) await prepareOrder(env, op);
        for (const check of scenarios) {
          if (stop.signal.aborted) return;
          if (!check.applies(env, op)) continue;
          const t0 = performance.now();
          try {
            await check.run(env, op);
          } catch (e) {
            if (stop.signal.aborted) return;
            recorder.fail({ check: check.name, operationId: op.operationId, message: `check crashed: ${(e as Error).message}`, specLocation: op.pointer, seed });
          } finally {
            const key = `${op.operationId}\u0000${check.name}`;
            timings.set(key, (timings.get(key) ?? 0) + performance.now() - t0);
          }
          env.progress();
        }
        doneOps++;
        env.progress();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  } catch (e) {
    // Stopped mid-request (sign-in, probe, a check): what ran is reported, nothing is thrown.
    if (!stop.signal.aborted) throw e;
  } finally {
    if (maxTimer) clearTimeout(maxTimer);
    if (ticker) clearInterval(ticker);
    if (stopped) notes.push(stopped.message);
    env.owned.unshift(...probeLeftovers);
    transport.beginCleanup();
    const { problems } = await cleanupOwned(env).catch((e) => ({ problems: [(e as Error).message] }));
    if (problems.length) {
      const hint = `Cleanup left ${problems.length} resources (run \`zpa-conformance sweep --prefix ${prefix}\`): ${problems.slice(0, 3).join("; ")}`;
      notes.push(hint);
      if (!options.quiet) out.write(`\n${hint}\n`);
    }
    transport.close();
    await target.stop();
    if (tty) out.write("\r\x1b[2K");
  }
  const checkOrder = checkInfos.map((c) => c.name);
  let results = recorder.results(model.operations.map((o) => o.operationId), checkOrder);
  if (filtered) results = results.filter((r) => selected.has(r.check) || (probeFailure && r.operationId === probeFailure.operationId && r.check === probeFailure.check));
  const familyOf = new Map(model.operations.map((o) => [o.operationId, o.family]));
  // Curls name the base URL by a placeholder: the run's own (an embedded Prism's port) is gone after it.
  const base = `'${target.baseUrl}`;
  const placeholder = (f: Failure): Failure => (f.curl?.includes(base) ? { ...f, curl: f.curl.split(base).join(`"$ZPA_BASE_URL"'`) } : f);
  results = results.map((r) => ({ ...r, family: familyOf.get(r.operationId), durationMs: timings.get(`${r.operationId}\u0000${r.check}`) ?? 0, ...(r.failures ? { failures: r.failures.map(placeholder) } : {}) }));
  const cutShort = results.filter((r) => r.reason?.includes("cut short by the")).length;
  if (transport.staleSocketRetries) notes.push(`${transport.staleSocketRetries} request${transport.staleSocketRetries === 1 ? " was" : "s were"} sent again on a new connection: the target had closed the kept-alive one before answering.`);
  if (cutShort) notes.push(`${cutShort} propert${cutShort === 1 ? "y was" : "ies were"} cut short by the per-property time limit: their results cover fewer runs than asked (see the reasons in the report).`);
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
    rateLimitWaitMs: transport.rateLimitWaitMs,
    ...(stopped ? { stopped } : {}),
    ...(options.reproduce ? { reproduce: options.reproduce } : {}),
    checks: checkInfos,
    families: familySummaries(model.operations, results),
    runPrefix: prefix,
    notes,
  };
  if (options.reportDir) report.files = await writeReports(report, options.reportDir);
  if (!options.quiet) process.stdout.write(renderTerminal(report, { color: !!process.stdout.isTTY }));
  return report;
}
