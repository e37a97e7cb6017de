/** The documented limits: per client, per 10-second window. */
export interface RateLimits {
  reads: number;
  writes: number;
  windowMs: number;
}

/** 20 GET and 10 POST/PUT/DELETE per 10 seconds, as the docs state. */
export const DOCUMENTED_LIMITS: RateLimits = { reads: 20, writes: 10, windowMs: 10_000 };

/** Outcome of counting one request. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** A sliding-window counter per client and per kind of request (reads vs writes). */
export class RateLimiter {
  private readonly log = new Map<string, number[]>();

  constructor(
    private readonly limits: RateLimits = DOCUMENTED_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a request of `client`; `read` is true for GET. */
  take(client: string, read: boolean): RateDecision {
    const key = `${read ? "r" : "w"}:${client}`;
    const now = this.now();
    const since = now - this.limits.windowMs;
    const stamps = (this.log.get(key) ?? []).filter((t) => t > since);
    const limit = read ? this.limits.reads : this.limits.writes;
    if (stamps.length >= limit) {
      this.log.set(key, stamps);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((stamps[0]! + this.limits.windowMs - now) / 1000)) };
    }
    stamps.push(now);
    this.log.set(key, stamps);
    return { ok: true };
  }
}
