import fc from "fast-check";
import type { SpecValidator } from "@zpa-openapi/spec";
type ValidateFunction = ReturnType<SpecValidator["compile"]>;
import type { RequestContext, RequestSpec } from "./arbitraries/request";
import { RESPONSE_CHECKS } from "./checks/response-checks";
import type { ResponseCheck, Violation } from "./checks/types";
import { toCurl } from "./http/curl";
import type { Transport } from "./http/transport";
import type { ResourceModel } from "./resources";
import type { OperationModel, SpecModel } from "./spec-model";
import type { CheckResult, Exchange, Failure } from "./types";

/** A violation tagged with the check that found it and the exchange it was found in. */
export interface Finding extends Violation {
  check: string;
  exchange?: Exchange;
}

interface Cell {
  evaluated: number;
  failures: Failure[];
  skip?: string;
  notes: Set<string>;
  /** A property of this check stopped at its time limit before its runs were done. */
  cutShort?: boolean;
}

/** Collects per (operation, check) outcomes. */
export class Recorder {
  // Every answer passes several checks: looked up by operation then check, without building a key string each time.
  private readonly cells = new Map<string, Map<string, Cell>>();
  private cell(op: string, check: string): Cell {
    let checks = this.cells.get(op);
    if (!checks) this.cells.set(op, (checks = new Map()));
    let c = checks.get(check);
    if (!c) checks.set(check, (c = { evaluated: 0, failures: [], notes: new Set() }));
    return c;
  }
  pass(op: string, check: string, n = 1): void {
    this.cell(op, check).evaluated += n;
  }
  fail(f: Failure): void {
    const c = this.cell(f.operationId, f.check);
    c.evaluated++;
    // One failure per family is enough to explain; more would repeat it.
    if (!c.failures.some((x) => x.family === f.family && x.message === f.message)) c.failures.push(f);
  }
  skip(op: string, check: string, reason: string): void {
    const c = this.cell(op, check);
    if (!c.skip) c.skip = reason;
  }
  note(op: string, check: string, note: string): void {
    this.cell(op, check).notes.add(note);
  }
  /** A property stopped at its time limit: without a failure the check is reported skipped (with `note` as its reason), never passed. */
  cutShort(op: string, check: string, note: string): void {
    const c = this.cell(op, check);
    c.notes.add(note);
    c.cutShort = true;
  }
  get failureCount(): number {
    let n = 0;
    for (const checks of this.cells.values()) for (const c of checks.values()) if (c.failures.length) n++;
    return n;
  }
  results(opOrder: string[], checkOrder: string[]): CheckResult[] {
    const out: CheckResult[] = [];
    for (const [operationId, checks] of this.cells) for (const [check, c] of checks) {
      const notes = [...c.notes].join("; ");
      if (c.failures.length) out.push({ operationId, check, status: "fail", failures: c.failures, evaluated: c.evaluated, ...(notes ? { reason: notes } : {}) });
      // Fewer runs than asked are no evidence of a pass: the check did not get to run in full.
      else if (c.cutShort) out.push({ operationId, check, status: "skip", evaluated: c.evaluated, reason: notes });
      else if (c.evaluated > 0) out.push({ operationId, check, status: "pass", evaluated: c.evaluated, ...(notes ? { reason: notes } : {}) });
      else out.push({ operationId, check, status: "skip", reason: c.skip ?? (notes || "not exercised") });
    }
    const rank = (xs: string[], x: string) => (xs.indexOf(x) + 1 || 999);
    return out.sort((a, b) => rank(opOrder, a.operationId) - rank(opOrder, b.operationId) || rank(checkOrder, a.check) - rank(checkOrder, b.check));
  }
}

/** Everything a check needs from the run. */
export interface Env {
  model: SpecModel;
  compile(pointer: string): ValidateFunction;
  transport: Transport;
  seed: number;
  runs: number;
  negativeRuns: number;
  /** Requests per operation for the positive property and the negative families together (Infinity: no cap). */
  requestBudget: number;
  /** Independent properties run at once (1: one after the other). */
  concurrency: number;
  maxResponseTimeMs: number;
  /** The target is the embedded mock. */
  mock: boolean;
  stateful: boolean;
  writes: boolean;
  /** Writes may also go to records the run did not create (a disposable target, `writeExisting`). */
  writeExisting: boolean;
  /** Auth is checked for shape only (Prism), so a well-formed bad token passes. */
  authShapeOnly: boolean;
  /** Judge probe responses (405/415/...) with the response checks too; off for Prism, whose own error bodies are not the spec's. */
  strictProbes: boolean;
  /** The target is not on this machine: never write to ids the run did not create. */
  remote: boolean;
  resources: ResourceModel[];
  recorder: Recorder;
  prefix: string;
  emailDomain: string;
  credentials?: { clientId: string; clientSecret: string };
  customerId: string;
  signal?: AbortSignal;
  /** Ids the run created, for cleanup and for writes. */
  owned: { resource: ResourceModel; id: string; retired?: boolean; query?: Record<string, unknown>; path?: Record<string, string>; cleanupOnly?: boolean }[];
  /** Ids seen on the target or created by the run, per resource name (keys, for a resource looked up by key). */
  known: Map<string, Set<string>>;
  baseContext(): RequestContext;
  progress(): void;
  /** The response checks judged on every answer (the built-in ones plus any from `--checks-module`). */
  responseChecks?: readonly ResponseCheck[];
  /** Milliseconds a property may run before it is cut short (reported, never passed silently). Default 120 000. */
  propertyTimeLimitMs?: number;
}

/** Evaluations a failing property may spend shrinking, beyond its runs: a flaky answer must not turn one property into tens of thousands of requests. */
export const MAX_SHRINK_STEPS = 200;

/** Runs the response checks on one exchange; `probe` exchanges get only the ones that make sense for them. */
export function judgeResponse(env: Env, op: OperationModel, x: Exchange, probe = false): Finding[] {
  const out: Finding[] = [];
  for (const check of env.responseChecks ?? RESPONSE_CHECKS) {
    if (probe && check.name !== "not_a_server_error" && check.name !== "max_response_time" && (!env.strictProbes || check.name === "status_code_conformance")) continue;
    const v = check.judge(env, op, x);
    if (v) out.push({ ...v, check: check.name, exchange: x });
    else env.recorder.pass(op.operationId, check.name);
  }
  return out;
}

/** Expects a documented status from a set; undefined when it is one. */
export function expectStatus(op: OperationModel, x: Exchange, check: string, accept: (s: number) => boolean, expected: string, specLocation = `${op.pointer}/responses`): Finding | undefined {
  const status = x.response?.status;
  if (status !== undefined && accept(status)) return undefined;
  return {
    check,
    message: `expected ${expected}, got ${status ?? x.error ?? "no response"}`,
    expected,
    actual: status !== undefined ? `${status} ${x.response!.body.slice(0, 160)}` : x.error ?? "no response",
    specLocation,
    exchange: x,
  };
}

/** A documented 4xx for the operation. */
export function isDocumented4xx(op: OperationModel, status: number): boolean {
  return status >= 400 && status < 500 && (String(status) in op.responses || `${String(status)[0]}XX` in op.responses);
}

/** Derives a property's seed from the run seed and its name, so `--only-check` does not shift seeds. */
export function deriveSeed(seed: number, ...parts: string[]): number {
  let h = seed >>> 0 || 1;
  for (const c of parts.join("\u0000")) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h | 0;
}

/** Records findings as failures, curl attached (exchanges come redacted from the transport). */
export function recordFindings(env: Env, op: OperationModel, findings: Finding[], family?: string): void {
  for (const f of findings) {
    env.recorder.fail({
      check: f.check,
      operationId: op.operationId,
      message: f.message,
      family,
      expected: f.expected,
      actual: f.actual,
      bodyPath: f.bodyPath,
      specLocation: f.specLocation,
      seed: env.seed,
      curl: f.exchange ? toCurl(f.exchange) : undefined,
      exchange: f.exchange,
    });
  }
}

/**
 * Runs one fast-check property of requests. The predicate returns its findings; fast-check shrinks a
 * failing input, and the findings of the last failing run (the shrunk counterexample) are recorded.
 * With `lanes` > 1 it runs as that many properties of about `numRuns / lanes` runs each, all at once,
 * so the suite's own work overlaps the target's answers; lane 0 keeps the property's own seed.
 */
export async function runProperty(
  env: Env,
  op: OperationModel,
  name: string,
  arb: fc.Arbitrary<RequestSpec>,
  numRuns: number,
  predicate: (req: RequestSpec) => Promise<Finding[]>,
  fallbackCheck: string,
  lanes = 1,
): Promise<void> {
  const laneCount = Math.max(1, Math.min(lanes, numRuns));
  // Every lane gets at least one run: 5 runs over 4 lanes are 2, 1, 1, 1.
  const runsOf = (lane: number) => Math.floor(numRuns / laneCount) + (lane < numRuns % laneCount ? 1 : 0);
  const runLane = async (lane: number) => {
    let lastFailure: Finding[] | undefined;
    const runs = runsOf(lane);
    let evaluations = 0;
    const result = await fc.check(
      fc.asyncProperty(arb, async (req) => {
        if (env.signal?.aborted) throw new Error("aborted");
        // Past the shrink allowance the counterexample found so far stands: candidates are not sent.
        if (lastFailure && ++evaluations > MAX_SHRINK_STEPS) return true;
        const findings = await predicate(req);
        env.progress();
        if (findings.length) {
          lastFailure = findings;
          return false;
        }
        return true;
      }),
      { seed: lane ? deriveSeed(env.seed, op.operationId, name, String(lane)) : deriveSeed(env.seed, op.operationId, name), numRuns: runs, endOnFailure: runs <= 1, interruptAfterTimeLimit: env.propertyTimeLimitMs ?? 120_000 },
    );
    // A failure found before an interruption is kept: it was seen, even if not shrunk.
    if (lastFailure) recordFindings(env, op, lastFailure, name);
    if (env.signal?.aborted) return;
    // fast-check counts a property stopped before any run finished as failed, with no counterexample: that too was cut short.
    if (result.interrupted && (!result.failed || !result.counterexample)) {
      const limit = env.propertyTimeLimitMs ?? 120_000;
      env.recorder.cutShort(op.operationId, fallbackCheck, `${name}: cut short by the ${limit < 1000 ? `${limit} ms` : `${Math.round(limit / 1000)} s`} property time limit after ${result.numRuns} of ${runs} runs`);
      return;
    }
    if (!result.failed || lastFailure) return;
    const err = result.errorInstance as Error | undefined;
    recordFindings(env, op, [{ check: fallbackCheck, message: `property could not run: ${err?.message ?? "unknown error"}`, specLocation: op.pointer }], name);
  };
  await Promise.all(Array.from({ length: laneCount }, (_, lane) => runLane(lane)));
}

/** Runs `fn` over `items` with at most `limit` running at once. */
export async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
