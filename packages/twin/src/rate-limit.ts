/** The documented limits: per client, per 10-second window. */
export interface RateLimits {
  reads: number;
  writes: number;
  windowMs: number;
}

/** 20 GET and 10 POST/PUT/DELETE per 10 seconds, as the docs state. */
export const DOCUMENTED_LIMITS: RateLimits = { reads: 20, writes: 10, windowMs: 10_000 };

/**
 * How the twin answers over the limit. `legacy`: the cloud hosts' 429 with `retry-after: 13s`, the
 * figure the pages and recorded traffic show. `oneapi`: the gateway's behaviour, which adds
 * `x-ratelimit-limit`, `-remaining` and `-reset` to every answer (the spec documents the headers but
 * no other figures, so the window is the same 20/10 per 10 s) and says in `retry-after` when the
 * window frees a slot.
 */
export type RateLimitMode = "legacy" | "oneapi";

/** Outcome of counting one request, with what the client may still send in this window. */
export type RateDecision =
  | { ok: true; limit: number; remaining: number; resetSeconds: number }
  | { ok: false; retryAfterSeconds: number; limit: number; remaining: 0; resetSeconds: number };

/** The `retry-after` the legacy hosts send, whatever the window says. */
export const LEGACY_RETRY_AFTER_SECONDS = 13;

/** A sliding-window counter per client and per kind of request (reads vs writes). */
export class RateLimiter {
  private readonly log = new Map<string, number[]>();
  private sweeps = 0;

  constructor(
    readonly mode: RateLimitMode = "legacy",
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
    if (++this.sweeps % 1000 === 0) this.sweep(since);
    if (stamps.length >= limit) {
      this.log.set(key, stamps);
      const reset = Math.max(1, Math.ceil((stamps[0]! + this.limits.windowMs - now) / 1000));
      return { ok: false, retryAfterSeconds: this.mode === "legacy" ? LEGACY_RETRY_AFTER_SECONDS : reset, limit, remaining: 0, resetSeconds: reset };
    }
    stamps.push(now);
    this.log.set(key, stamps);
    return { ok: true, limit, remaining: limit - stamps.length, resetSeconds: Math.max(1, Math.ceil((stamps[0]! + this.limits.windowMs - now) / 1000)) };
  }

  /** Forgets clients with no request in the window, so many client addresses cannot grow memory. */
  private sweep(since: number): void {
    for (const [key, stamps] of this.log) if (stamps.every((t) => t <= since)) this.log.delete(key);
  }
}
