import { createRateLimiter, createZpaClient, type ZpaClientOptions } from "../src";
import { C, CUSTOMER, json, startTestServer, type Recorded, type TestServer } from "./support/test-server";

// The server enforces its own budget per window the way ZPA does (reads and writes apart), so a
// 429 here means the client-side limiter let too much through.
const WINDOW = 300;
// The client's window is the server's plus a margin for arrival jitter: requests the limiter
// spaced a window apart can arrive closer together when the machine is busy (the client's
// default adds 500 ms to ZPA's 10 s for the same reason).
const CLIENT_WINDOW = WINDOW * 3;
const limits = { GET: 3, PUT: 2 } as Record<string, number>;
let server: TestServer;
let rejected = 0;
afterEach(() => server?.close());

const enforce = (ok: () => ReturnType<typeof json>) => (req: Recorded) => {
  const recent = server.apiRequests().filter((r) => r.method === req.method && r.at > req.at - WINDOW);
  if (recent.length > limits[req.method]!) {
    rejected++;
    return json({ exception: "invalid.toomanyrequests", id: "invalid.toomanyrequests" }, 429, { "retry-after": "13s" });
  }
  return ok();
};

beforeEach(async () => {
  rejected = 0;
  server = await startTestServer({
    routes: {
      [`GET ${C}/roles/12`]: enforce(() => json({ id: "12", name: "r" })),
      [`PUT ${C}/emergencyAccess/user/u1/deactivate`]: enforce(() => ({ status: 200 })),
    },
  });
  server.valid.add("t");
});

const client = (rateLimit: ZpaClientOptions["rateLimit"]) =>
  createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { tokenProvider: () => "t" }, retry: false, rateLimit });

describe("client-side rate limiter", () => {
  it("keeps a burst of reads and writes under the server's budget, so no 429 ever comes back", async () => {
    const zpa = client({ reads: 3, writes: 2, windowMs: CLIENT_WINDOW });
    await Promise.all([
      ...Array.from({ length: 9 }, () => zpa.roles.get("12")),
      ...Array.from({ length: 5 }, () => zpa.emergencyAccess.deactivate("u1")),
    ]);
    expect(rejected).toBe(0);
    expect(server.apiRequests()).toHaveLength(14);
  });

  it("clients sharing one limiter keep their combined burst under the budget (the server counts per IP)", async () => {
    const shared = createRateLimiter({ reads: 3, writes: 2, windowMs: CLIENT_WINDOW });
    const [a, b] = [client(shared), client(shared)];
    await Promise.all([...Array.from({ length: 5 }, () => a.roles.get("12")), ...Array.from({ length: 4 }, () => b.roles.get("12"))]);
    expect(rejected).toBe(0);
    expect(server.apiRequests()).toHaveLength(9);
  });

  it("clients with a limiter each do not (so sharing is what keeps the check above green)", async () => {
    const limits = { reads: 3, writes: 2, windowMs: CLIENT_WINDOW };
    const [a, b] = [client(limits), client(limits)];
    await Promise.allSettled([...Array.from({ length: 5 }, () => a.roles.get("12")), ...Array.from({ length: 4 }, () => b.roles.get("12"))]);
    expect(rejected).toBeGreaterThan(0);
  });

  it("without it the same burst trips the server's 429 (the check above can fail)", async () => {
    const zpa = client(false);
    const results = await Promise.allSettled(Array.from({ length: 9 }, () => zpa.roles.get("12")));
    expect(rejected).toBeGreaterThan(0);
    expect(results.some((r) => r.status === "rejected" && (r.reason as { status?: number }).status === 429)).toBe(true);
  });

  it("`rateLimit: true` uses the documented 20 reads per window", async () => {
    const zpa = client(true);
    const started = Date.now();
    await Promise.all(Array.from({ length: 20 }, () => zpa.GET("/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}", { params: { path: { roleId: "12" } } })));
    // All 20 fit in the first window, so none of them waited for the next one.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("rejects nonsense limits with a clear error", () => {
    expect(() => client({ reads: 0 })).toThrow("rateLimit.reads must be an integer ≥ 1, got 0");
  });
});
