import { runConformance } from "../src/index";
import { REFERENCE_OPERATIONS, startReferenceServer, type LoggedRequest, type ReferenceServer } from "./fixtures/reference-server";

// What a run sends to a real (non-mock) target, read from the server's own request log.
jest.setTimeout(120_000);

const ADMIN_OPS = ["createAdministrator", "getAdministrator", "updateAdministrator", "deleteAdministrator", "listAdministrators"];
const isWrite = (r: LoggedRequest) => !["GET", "HEAD"].includes(r.method);
/** Domains of the addresses in a body's email fields (`emailId`, `email`, `username`). */
const emailDomainsIn = (body: Record<string, unknown>) =>
  Object.entries(body)
    .filter(([k, v]) => /email|username/i.test(k) && typeof v === "string")
    .map(([, v]) => /@([^@]+)$/.exec(String(v))?.[1])
    .filter((d): d is string => !!d);

async function withServer(options: Parameters<typeof startReferenceServer>[0], fn: (s: ReferenceServer) => Promise<void>): Promise<void> {
  const server = await startReferenceServer(options);
  try {
    await fn(server);
  } finally {
    await server.stop();
  }
}

test("a read-only run sends only GETs and one sign-in", () =>
  withServer({}, async (server) => {
    const report = await runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: REFERENCE_OPERATIONS, allowWrites: false, runs: 3, negativeRuns: 1, seed: 3, quiet: true });
    expect(report.requests).toBeGreaterThan(20);
    const notGet = server.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.operationId ?? r.path}`);
    expect(notGet).toEqual(["POST signIn"]);
  }));

test("every create that succeeds carries the run prefix, and every one is removed or deactivated at the end", () =>
  withServer({}, async (server) => {
    const report = await runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: REFERENCE_OPERATIONS, runs: 6, negativeRuns: 2, seed: 11, quiet: true });
    const creates = server.requests.filter((r) => /^create/.test(r.operationId ?? "") && r.status < 300);
    expect(creates.length).toBeGreaterThan(10);
    for (const c of creates) expect(c.body).toContain(report.runPrefix);
    for (const id of server.created) {
      if (server.admins.has(id)) throw new Error(`administrator ${id} was left behind`);
      if (server.roles.has(id)) throw new Error(`role ${id} was left behind`);
      const user = server.users.get(id);
      // Users cannot be deleted: none of the run's is left active.
      if (user) expect({ id, active: user.userStatus === "Active" }).toEqual({ id, active: false });
    }
  }));

// Regression: a negative-test body that a server wrongly accepted had no run prefix, and generated
// emails used real domains, so a sweep after a crash could not find what was made.
test("every body sent to a writable target carries the run prefix and only example.com / example.net addresses, even invalid ones", () =>
  withServer({ fault: "accepts-invalid" }, async (server) => {
    const report = await runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: ["createAdministrator", "createEmergencyAccessUser", "updateEmergencyAccessUser", "createRole"], runs: 10, negativeRuns: 3, seed: 5, quiet: true });
    expect(report.results.find((r) => r.operationId === "createAdministrator" && r.check === "negative_data_rejection")?.status).toBe("fail");
    const accepted = server.requests.filter((r) => r.operationId === "createAdministrator" && r.status === 201);
    expect(accepted.length).toBeGreaterThan(10);
    for (const r of server.requests.filter((x) => isWrite(x) && x.operationId !== "signIn" && x.body.startsWith("{"))) {
      const body = JSON.parse(r.body);
      const labels = Object.entries(body).filter(([k, v]) => /(name|email|emailid)$/i.test(k) && typeof v === "string");
      // Whatever the server made of it, a sweep for the prefix finds it by a name or email field.
      if (r.status < 300 && labels.length) expect({ body: r.body, prefixed: labels.some(([, v]) => String(v).startsWith(report.runPrefix)) }).toEqual({ body: r.body, prefixed: true });
      for (const d of emailDomainsIn(body)) expect(d).toMatch(/^(example\.com|example\.net|[\w.-]*\.example)$/);
    }
    // And what it wrongly created is removed with the rest.
    for (const id of server.created) expect(server.admins.has(id)).toBe(false);
  }));

// Regression: `unsupported_method` sent PATCH to ids the run did not create (seeded users and
// administrators, role 13), although writes go only to ids the run created.
test("probes with methods that write go only to ids the run created", () =>
  withServer({}, async (server) => {
    const seeded = new Set([...server.users.keys(), ...server.admins.keys(), ...server.roles.keys()]);
    await runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: REFERENCE_OPERATIONS, allowWrites: true, runs: 3, negativeRuns: 1, seed: 13, quiet: true });
    const touched = server.requests.filter((r) => isWrite(r) && r.method !== "POST").flatMap((r) => r.path.split("/").filter((seg) => seeded.has(decodeURIComponent(seg))).map((id) => `${r.method} ${r.path} (${id})`));
    expect(touched).toEqual([]);
    expect(server.requests.some((r) => r.method === "PATCH")).toBe(true);
  }));

// Regression: ids answered as JSON numbers were dropped, so what the run created was never removed.
test("ids answered as numbers, even beyond 2^53, are kept as strings and cleaned up", () =>
  withServer({ fault: "numeric-ids" }, async (server) => {
    const before = [...server.admins.keys()];
    const report = await runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: ADMIN_OPS, runs: 4, negativeRuns: 1, seed: 17, quiet: true });
    expect(server.created.size).toBeGreaterThan(0);
    expect([...server.admins.keys()]).toEqual(before);
    expect(report.stateful).toBe(true);
  }));

// Regression: a target that loses what it is given was treated as stateless and passed with skips.
test("a target said to be writable that loses what the probe created fails; without the claim it is only a note", () =>
  withServer({ fault: "loses-writes" }, async (server) => {
    const base = { target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: ADMIN_OPS, runs: 2, negativeRuns: 1, seed: 19, quiet: true };
    const claimed = await runConformance({ ...base, allowWrites: true, onlyChecks: ["round_trip"] });
    expect(claimed.failed).toBeGreaterThan(0);
    const failure = claimed.results.find((r) => r.status === "fail")!;
    expect(failure.failures![0].message).toMatch(/statefulness probe failed/);
    const detected = await runConformance(base);
    expect(detected.results.filter((r) => r.failures?.some((f) => /statefulness probe/.test(f.message)))).toEqual([]);
    expect(detected.notes.join(" ")).toMatch(/did not keep what the probe created/);
  }));
