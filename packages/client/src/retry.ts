import { checkOptions, COUNT, Flag, number, type Table } from "./option-checks";

/** How failed calls are retried. Every field is optional; `retry: false` turns retries off. */
export interface RetryOptions {
  /** Attempts per call, the first included (default 4). A token refresh after a 401 is not counted. */
  maxAttempts?: number;
  /** First backoff step when the server gives no `retry-after` (default 500 ms; doubles per attempt, full jitter). */
  baseDelayMs?: number;
  /** Cap on one backoff step (default 20 s). */
  maxDelayMs?: number;
  /**
   * Cap on the total time one call spends waiting between attempts (default 60 s). When the server's
   * `retry-after` asks for more than is left, the call fails at once with a {@link ZpaApiError} saying so.
   */
  maxTotalWaitMs?: number;
}

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY: Readonly<Required<RetryOptions>> = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 20_000, maxTotalWaitMs: 60_000 };

/**
 * Methods safe to replay after a 5xx or a network failure (a POST is not: the server may have acted
 * on the first try, and so may a PATCH). The client sends GET, POST, PUT, DELETE and PATCH.
 */
export const IDEMPOTENT = ["GET", "PUT", "DELETE"];

/** 5xx statuses worth retrying for idempotent methods. */
export const RETRYABLE_5XX = [500, 502, 503, 504];

export { parseRetryAfter } from "./retry-after";

/** Exponential backoff with full jitter for the given (1-based) failed attempt. */
export function backoffMs(attempt: number, options: Required<RetryOptions>): number {
  return Math.round(Math.random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1)));
}

const delay = number("a number ≥ 0", (v) => v >= 0, Flag.REQUIRED);
// Checked after the defaults are filled in, so a field given as `undefined` is refused too.
const RETRY: Table = { maxAttempts: [...COUNT, , Flag.REQUIRED], baseDelayMs: delay, maxDelayMs: delay, maxTotalWaitMs: delay };

/** Validates and fills retry options, naming the bad field. */
export function resolveRetry(retry: RetryOptions | false | undefined): Required<RetryOptions> {
  const out = { ...DEFAULT_RETRY, ...(retry === false ? { maxAttempts: 1 } : retry) };
  checkOptions("retry", out, RETRY);
  return out;
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort);
  });
}
