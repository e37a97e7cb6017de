import { RateLimiter } from "../src/rate-limit";
import { startTwin } from "../src/index";
import { expectError, send, signIn } from "./twin-session";

describe("rate limits", () => {
  it("counts reads and writes apart per client and says how long to wait", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter("oneapi", { reads: 20, writes: 10, windowMs: 10_000 }, () => now);
    for (let i = 0; i < 20; i++) expect(limiter.take("a", true)).toMatchObject({ ok: true, limit: 20, remaining: 19 - i });
    for (let i = 0; i < 10; i++) expect(limiter.take("a", false)).toMatchObject({ ok: true });
    expect(limiter.take("b", true)).toMatchObject({ ok: true });
    now += 3_000;
    expect(limiter.take("a", true)).toEqual({ ok: false, retryAfterSeconds: 7, limit: 20, remaining: 0, resetSeconds: 7 });
    expect(limiter.take("a", false)).toMatchObject({ ok: false, retryAfterSeconds: 7 });
    now += 7_001;
    expect(limiter.take("a", true)).toMatchObject({ ok: true });
    // The legacy hosts always say 13s, whatever is left of the window.
    const legacy = new RateLimiter("legacy", { reads: 1, writes: 1, windowMs: 10_000 }, () => now);
    legacy.take("a", true);
    expect(legacy.take("a", true)).toMatchObject({ ok: false, retryAfterSeconds: 13 });
  });

  it("the 21st GET within 10 s gets 429 with retry-after: Ns, writes have their own budget", async () => {
    const twin = await startTwin();
    try {
      const token = await signIn(twin);
      const h = { authorization: `Bearer ${token}` };
      const path = `/mgmtconfig/v1/admin/customers/${twin.customerId}/roles`;
      for (let i = 0; i < 20; i++) expect((await send(twin.url, "GET", path, { headers: h })).status).toBe(200);
      const over = await send(twin.url, "GET", path, { headers: h });
      expectError(over, 429, "invalid.toomanyrequests");
      expect(over.json.exception).toBe("invalid.toomanyrequests");
      expect(over.headers["retry-after"]).toBe("13s");
      const write = await send(twin.url, "DELETE", `/mgmtconfig/v1/admin/customers/${twin.customerId}/administrators/1`, { headers: h });
      expect(write.status).toBe(404);
    } finally {
      await twin.stop();
    }
  });

  it("OneAPI mode adds x-ratelimit-* headers to every answer and counts them down", async () => {
    const twin = await startTwin({ rateLimit: "oneapi" });
    try {
      const token = await signIn(twin);
      const h = { authorization: `Bearer ${token}` };
      const path = `/mgmtconfig/v1/admin/customers/${twin.customerId}/roles`;
      const first = await send(twin.url, "GET", path, { headers: h });
      expect(first.headers["x-ratelimit-limit"]).toBe("20");
      expect(first.headers["x-ratelimit-remaining"]).toBe("19");
      expect(Number(first.headers["x-ratelimit-reset"])).toBeGreaterThanOrEqual(1);
      for (let i = 0; i < 19; i++) await send(twin.url, "GET", path, { headers: h });
      const over = await send(twin.url, "GET", path, { headers: h });
      expectError(over, 429, "invalid.toomanyrequests");
      expect(over.headers["x-ratelimit-remaining"]).toBe("0");
      expect(over.headers["retry-after"]).toMatch(/^([1-9]|10)s$/);
    } finally {
      await twin.stop();
    }
  });
});
