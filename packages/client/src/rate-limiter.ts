import { checkOptions, COUNT, number, type Table } from "./option-checks";
import { sleep } from "./retry";

/** Client-side request budget; the defaults are ZPA's documented limits per client IP. */
export interface RateLimitOptions {
  /** GET requests per window (default 20). */
  reads?: number;
  /** POST, PUT and DELETE requests per window (default 10). */
  writes?: number;
  /**
   * Window length (default 10 500 ms: the documented 10 s plus a margin, because the server counts
   * arrivals and a request can arrive later than it left).
   */
  windowMs?: number;
}

/** Waits until a request may start without exceeding the budget. */
export interface RateLimiter {
  acquire(method: string, signal?: AbortSignal | null): Promise<void>;
}

/** What {@link RateLimitOptions} accept (`createZpaClient` also refuses other keys with it). */
export const RATE_LIMIT: Table = { reads: COUNT, writes: COUNT, windowMs: number("a number > 0", (v) => v > 0) };

/** A sliding-window limiter with separate read and write lanes, first come first served. */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  checkOptions("rateLimit", options, RATE_LIMIT, undefined, 2);
  const windowMs = options.windowMs ?? 10_500;
  const lane = (limit: number) => {
    const starts: number[] = [];
    let queue: Promise<unknown> = Promise.resolve();
    return (signal?: AbortSignal | null) => {
      const turn = queue.then(async () => {
        for (;;) {
          const now = Date.now();
          // An empty list's `undefined` compares false.
          while (starts[0]! <= now - windowMs) starts.shift();
          if (starts.length < limit) return void starts.push(now);
          await sleep(starts[0]! + windowMs - now, signal);
        }
      });
      // A caller that gives up must not block the ones queued behind it.
      queue = turn.catch(() => undefined);
      return turn;
    };
  };
  const read = lane(options.reads ?? 20);
  const write = lane(options.writes ?? 10);
  return { acquire: (method, signal) => (method === "GET" ? read : write)(signal) };
}
