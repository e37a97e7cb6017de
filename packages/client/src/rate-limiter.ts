import { badOption } from "./errors";
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

/** A sliding-window limiter with separate read and write lanes, first come first served. */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const windowMs = options.windowMs ?? 10_500;
  if (!(typeof windowMs === "number" && windowMs > 0)) throw badOption("rateLimit.windowMs", "must be a number of milliseconds > 0", String(windowMs));
  const lane = (limit: number) => {
    if (!Number.isInteger(limit) || limit < 1) throw badOption("rateLimit limits", "must be integers ≥ 1", String(limit));
    const starts: number[] = [];
    let queue: Promise<unknown> = Promise.resolve();
    return (signal?: AbortSignal | null) => {
      const turn = queue.then(async () => {
        for (;;) {
          const now = Date.now();
          while (starts.length && starts[0]! <= now - windowMs) starts.shift();
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
