import type { OpenApiDocument } from "@zpa-openapi/spec";
import type { RateLimitOptions } from "@zpa-openapi/client";
import type { CheckInfo } from "./checks/index";
import type { ExtraChecks } from "./checks-module";
import type { OperationSelection } from "./selection";

/** Outcome of one named check on one operation. */
export type CheckStatus = "pass" | "fail" | "skip";

/** One recorded HTTP request and its answer, redacted where it was recorded (no token, secret or password in it). */
export interface Exchange {
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response?: { status: number; headers: Record<string, string>; body: string };
  /** Milliseconds from sending to the full body. */
  elapsedMs: number;
  /** Network error text when no response came back. */
  error?: string;
  startedAt: string;
}

/** One reported violation, with what it takes to reproduce and explain it. */
export interface Failure {
  check: string;
  operationId: string;
  message: string;
  /** Which request family produced it (e.g. `body.phoneNumber: pattern (9 chars)`). */
  family?: string;
  expected?: string;
  actual?: string;
  /** JSON pointer into the response body where the schema failed. */
  bodyPath?: string;
  /** Where in the spec the rule lives (JSON pointer into the bundled document). */
  specLocation: string;
  /** Seed to pass as `--seed` to reproduce the run. */
  seed: number;
  /**
   * The shrunk counterexample as a ready-to-run `curl` command, secrets redacted: the base URL is
   * `$ZPA_BASE_URL` and the token `$ZPA_TOKEN` (`export ZPA_TOKEN=$(zpa-conformance token --target URL)`).
   */
  curl?: string;
  exchange?: Exchange;
}

/** The result of one check on one operation. */
export interface CheckResult {
  operationId: string;
  /** The spec family of the operation (`administrators`, `app-segments`, ...). */
  family?: string;
  check: string;
  status: CheckStatus;
  /** Why it was skipped, or a note on how it passed. */
  reason?: string;
  failures?: Failure[];
  /** How many exchanges the check judged. */
  evaluated?: number;
  /** Milliseconds the check spent on this operation (0 for response checks, which judge the other checks' answers). */
  durationMs?: number;
}

/** Where and how to run the suite. */
export interface ConformanceOptions extends OperationSelection {
  /** `"prism"` (default, embedded mock), `"live"` (real tenant, see `cloud`), or a base URL. */
  target?: "prism" | "live" | string;
  credentials?: { clientId: string; clientSecret: string };
  customerId?: string;
  /** Cloud name for `target: "live"` (PRODUCTION, ZPATWO, BETA, GOV, GOVUS, PREVIEW). */
  cloud?: string;
  seed?: number;
  /** Runs per positive property (default 100). */
  runs?: number;
  /** Runs per negative family (default `min(runs, 25)`). */
  negativeRuns?: number;
  /**
   * Requests per operation for the positive property and the negative families together (default
   * 60; `Infinity` for no cap). When `runs` plus `negativeRuns` per family would exceed it, the
   * positive property keeps at least half and every family still runs at least once.
   */
  requestBudget?: number;
  /** Allow creating, changing and deleting (own, prefixed) resources. Default: true for prism and loopback URLs, false otherwise. */
  allowWrites?: boolean;
  /** `true`/`false` forces stateful checks on or off; default detects it with a create-then-read probe. */
  stateful?: boolean;
  /**
   * The target is disposable (the twin, a server on this machine): writes may also change and delete
   * records the run did not create, the only way to check writes to records the API cannot create
   * (App Connectors, Service Edges, controllers). Refused for a remote target. Default false.
   */
  writeExisting?: boolean;
  /** Directory for the Markdown, JUnit, HTML and HAR reports; none are written when unset. */
  reportDir?: string;
  /** Print nothing while running. */
  quiet?: boolean;
  /** Run only these checks (names as in the report). */
  onlyChecks?: string[];
  /** Leave these checks out. */
  excludeChecks?: string[];
  /** Run only these operations (the same as `includeOperations`). */
  onlyOperations?: readonly string[];
  /** Stop after this many (operation, check) results have failed; what ran is cleaned up and reported. */
  maxFailures?: number;
  /** Stop the run after this many milliseconds; it cleans up and reports what ran, marked as cut short. */
  maxTimeMs?: number;
  /** Extra request headers for every request (never `authorization`). */
  headers?: Record<string, string>;
  /** Checks added without forking (the same interfaces as the built-in ones; see `--checks-module`). */
  extraChecks?: ExtraChecks;
  /** The command line that reproduces this run, shown in every report. */
  reproduce?: string;
  /** Response-time budget per request in ms (max_response_time). Default 2000. */
  maxResponseTimeMs?: number;
  /** Prefix for names of resources this run creates; default `zpact-<random>`. */
  runPrefix?: string;
  /** Domain for email addresses of created resources (default example.com). */
  emailDomain?: string;
  /**
   * Stay under the documented rate limits (20 GET / 10 writes per 10 s). Default: true for live and
   * non-loopback URLs. Or a limit of its own: `{ reads, writes, windowMs }`.
   */
  rateLimit?: boolean | RateLimitOptions;
  /**
   * Independent properties (the negative families of an operation; whole operations when the
   * target is stateless) run at once, so the suite's own work overlaps the target's answers.
   * Default 8 (`DEFAULT_CONCURRENCY`); 1 against remote targets (rate limits).
   */
  concurrency?: number;
  /** Called with every exchange as it completes, secrets redacted (a request log; the benchmark replays them). */
  onExchange?: (exchange: Exchange) => void;
  /**
   * Milliseconds one property may run before it is stopped (default 120 000). A property stopped
   * short without a failure is reported skipped, saying after how many of its runs, never passed.
   */
  propertyTimeLimitMs?: number;
  /**
   * Where the progress line and the run's status lines go (default `process.stderr`). When its
   * `isTTY` is true the line is redrawn in place (`\r`) with an ETA and says when the run is waiting
   * out a rate limit; otherwise a plain line is written every 5 s.
   */
  progressStream?: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Abort signal (Ctrl-C, SIGTERM): the run stops, cleans up what it created and reports. */
  signal?: AbortSignal;
  /**
   * A second abort signal (Ctrl-C again): cleanup still runs, but quickly: no waiting out a 429,
   * short timeouts, and what it cannot remove within a few seconds is reported for a sweep.
   */
  hurry?: AbortSignal;
  /** Called once the target is up and before anything is sent, with the run prefix to sweep after a hard kill. */
  onStart?: (info: { runPrefix: string; target: string; writes: boolean }) => void;
  /** The OpenAPI document to test against (default: the bundled ZPA spec); a URL target is needed for any other. */
  spec?: OpenApiDocument;
}

/** Totals of one spec family. */
export interface FamilySummary {
  family: string;
  title: string;
  operations: number;
  pass: number;
  fail: number;
  skip: number;
}

/** Everything a run found. */
export interface ConformanceReport {
  seed: number;
  target: string;
  stateful: boolean;
  results: CheckResult[];
  /** Number of failed (operation, check) results. */
  failed: number;
  runs: number;
  negativeRuns: number;
  /** The request budget per operation; absent when there was none. */
  requestBudget?: number;
  requests: number;
  /** Wall time of the whole run, starting the target included. */
  durationMs: number;
  /** Part of `durationMs` spent starting the target and waiting until it answers (the embedded Prism). */
  targetStartMs: number;
  /** Milliseconds the target spent answering, summed over requests. */
  serverMs: number;
  /** Milliseconds of wall time with at least one request in flight (what the suite waited on the target). */
  waitingMs: number;
  /** Milliseconds requests spent waiting for a rate-limit slot or out a 429's `retry-after` (summed over requests). */
  rateLimitWaitMs: number;
  /** Set when the run stopped before covering everything it was asked to. */
  stopped?: { reason: "interrupted" | "max-failures" | "max-time"; message: string };
  /** The command line that reproduces this run. */
  reproduce?: string;
  /** Every check of the run with its matrix letter (built-in ones first; letters never depend on filters). */
  checks: CheckInfo[];
  /** Totals per spec family, in spec order. */
  families: FamilySummary[];
  runPrefix: string;
  /** Notes about the run (skips that apply everywhere, cleanup problems). */
  notes: string[];
  /** Files written, by kind. */
  files?: Partial<Record<"markdown" | "junit" | "html" | "har" | "json", string>>;
}
