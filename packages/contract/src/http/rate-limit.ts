/** Keeps a client under the documented limits: 20 GET and 10 writes per 10 seconds. */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();
  constructor(
    private readonly limits: Record<"read" | "write", number> = { read: 20, write: 10 },
    private readonly windowMs = 10_000,
  ) {}

  /** Waits until a request of this method fits the window, then books it. */
  async acquire(method: string, signal?: AbortSignal): Promise<void> {
    const kind = method === "GET" || method === "HEAD" ? "read" : "write";
    const limit = this.limits[kind];
    const times = this.windows.get(kind) ?? [];
    this.windows.set(kind, times);
    for (;;) {
      const now = Date.now();
      while (times.length && now - times[0] >= this.windowMs) times.shift();
      // One slot of headroom: the server's window and ours do not start at the same instant.
      if (times.length < limit - 1) {
        times.push(now);
        return;
      }
      await sleep(this.windowMs - (now - times[0]) + 50, signal);
    }
  }
}

/** A promise that resolves after `ms` or rejects when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error("aborted"));
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      reject(new Error("aborted"));
    }, { once: true });
  });
}
