import { RateLimiter } from "../src/rate-limit";
import { startTwin } from "../src/index";
import { expectError, send, signIn } from "./twin-session";

describe("rate limits", () => {
  it("counts reads and writes apart per client and says how long to wait", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ reads: 20, writes: 10, windowMs: 10_000 }, () => now);
    for (let i = 0; i < 20; i++) expect(limiter.take("a", true)).toEqual({ ok: true });
    for (let i = 0; i < 10; i++) expect(limiter.take("a", false)).toEqual({ ok: true });
    expect(limiter.take("b", true)).toEqual({ ok: true });
    now += 3_000;
    expect(limiter.take("a", true)).toEqual({ ok: false, retryAfterSeconds: 7 });
    expect(limiter.take("a", false)).toEqual({ ok: false, retryAfterSeconds: 7 });
    now += 7_001;
    expect(limiter.take("a", true)).toEqual({ ok: true });
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
      expect(over.headers["retry-after"]).toMatch(/^([1-9]|10)s$/);
      const write = await send(twin.url, "DELETE", `/mgmtconfig/v1/admin/customers/${twin.customerId}/administrators/1`, { headers: h });
      expect(write.status).toBe(404);
    } finally {
      await twin.stop();
    }
  });
});
