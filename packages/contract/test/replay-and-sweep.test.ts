import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { replayHar, runConformance, sweep } from "../src/index";
import { toHar } from "../src/reporters/har";
import { startReferenceServer } from "./fixtures/reference-server";

jest.setTimeout(60_000);

test("failing exchanges are saved as HAR and replay re-sends them to a target", async () => {
  const broken = await startReferenceServer({ fault: "schema-violation" });
  const dir = await mkdtemp(join(tmpdir(), "zpa-har-"));
  try {
    const report = await runConformance({ target: broken.url, credentials: broken.credentials, customerId: broken.customerId, onlyChecks: ["response_schema_conformance"], onlyOperations: ["getRole"], runs: 5, seed: 1, quiet: true, reportDir: dir });
    const har = JSON.parse(await readFile(report.files!.har!, "utf8"));
    expect(har.log.entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(har)).not.toContain("ref-token-abc123");
    // Redacted tokens are filled in from the caller.
    const results = await replayHar(report.files!.har!, broken.url, "ref-token-abc123");
    expect(results[0]).toMatchObject({ method: "GET", status: 200, recordedStatus: 200 });
  } finally {
    await broken.stop();
  }
});

test("sweep removes what carries the run prefix and nothing else", async () => {
  const server = await startReferenceServer();
  try {
    const token = "ref-token-abc123";
    const base = `${server.url}/mgmtconfig/v1/admin/customers/${server.customerId}/administrators`;
    const create = (username: string) =>
      fetch(base, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ username, phoneNumber: "2025550123", roleId: "12", password: "Abcdefg1!", twoFactorAuthEnabled: false }) });
    await create("zpact-crashed1-a@example.com");
    await create("zpact-crashed1-b@example.com");
    await create("someone.else@example.com");
    const before = server.admins.size;
    const { found, problems } = await sweep({ target: server.url, prefix: "zpact-crashed1", credentials: server.credentials, customerId: server.customerId });
    expect(problems).toEqual([]);
    expect(found).toHaveLength(2);
    expect(server.admins.size).toBe(before - 2);
    expect([...server.admins.values()].some((a) => a.username === "someone.else@example.com")).toBe(true);
    await expect(sweep({ target: server.url, prefix: "x", credentials: server.credentials, customerId: server.customerId })).rejects.toThrow(/--prefix must be a run prefix/);
  } finally {
    await server.stop();
  }
});

test("bad options are refused with a message naming what was wrong", async () => {
  await expect(runConformance({ target: "ftp://x", quiet: true })).rejects.toThrow(/http or https/);
  await expect(runConformance({ onlyChecks: ["no_such_check"], quiet: true })).rejects.toThrow(/--only-check accepts a check name .*; got "no_such_check"/);
  await expect(runConformance({ target: "live", quiet: true, cloud: "MARS" })).rejects.toThrow(/--cloud/);
  const server = await startReferenceServer();
  try {
    await expect(runConformance({ target: server.url, customerId: server.customerId, quiet: true })).rejects.toThrow(/credentials are required/);
  } finally {
    await server.stop();
  }
});

const adminBody = (username: string, extra: Record<string, unknown> = {}) => JSON.stringify({ username, phoneNumber: "2025550123", roleId: "12", password: "Abcdefg1!", twoFactorAuthEnabled: false, ...extra });

// Regression: sweep matched any string field with startsWith, so a short prefix hit another run's
// resources and a person's last name.
test("sweep matches the exact prefix token in name and email fields only", async () => {
  const server = await startReferenceServer();
  try {
    const base = `${server.url}/mgmtconfig/v1/admin/customers/${server.customerId}/administrators`;
    const create = (body: string) => fetch(base, { method: "POST", headers: { authorization: "Bearer ref-token-abc123", "content-type": "application/json" }, body });
    await create(adminBody("zpact-run1-a@example.com"));
    await create(adminBody("someone@example.com", { displayName: "zpact-run1 b" }));
    await create(adminBody("zpact-run10-c@example.com"));
    await create(adminBody("zpact-run1x@example.com"));
    await create(adminBody("colleague@example.com", { comments: "zpact-run1 was here" }));
    const { found, problems } = await sweep({ target: server.url, prefix: "zpact-run1", credentials: server.credentials, customerId: server.customerId });
    expect(problems).toEqual([]);
    expect(found.map((f) => f.outcome)).toEqual(["deleted", "deleted"]);
    expect([...server.admins.values()].map((a) => a.username).filter((u) => String(u).includes("zpact") || u === "colleague@example.com").sort()).toEqual(["colleague@example.com", "zpact-run10-c@example.com", "zpact-run1x@example.com"]);
  } finally {
    await server.stop();
  }
});

// Regression: a deactivate answering 409 was reported as "removed".
test("sweep reports a refused deactivate as not removed, and leaves already inactive users alone", async () => {
  const server = await startReferenceServer({ fault: "deactivate-conflict", seedUsers: 0 });
  try {
    server.users.set("00uactive1", { userId: "00uactive1", emailId: "zpact-run2-a@example.com", firstName: "zpact-run2 A", lastName: "B", userStatus: "Active", allowedActivate: false, allowedDeactivate: true, updateEnabled: true });
    server.users.set("00uinactive", { userId: "00uinactive", emailId: "zpact-run2-b@example.com", firstName: "zpact-run2 C", lastName: "D", userStatus: "Deprovisioned", allowedActivate: true, allowedDeactivate: false, updateEnabled: true });
    const { found, problems } = await sweep({ target: server.url, prefix: "zpact-run2", credentials: server.credentials, customerId: server.customerId });
    expect(found).toEqual([
      { resource: "EmergencyAccessUser", id: "00uinactive", outcome: "already inactive" },
      { resource: "EmergencyAccessUser", id: "00uactive1", outcome: "not removed" },
    ]);
    expect(problems).toEqual([expect.stringMatching(/00uactive1: deactivate answered 409/)]);
    expect(server.requests.filter((r) => r.operationId === "deactivateEmergencyAccessUser").map((r) => r.path)).toEqual([expect.stringContaining("00uactive1")]);
  } finally {
    await server.stop();
  }
});

describe("replay of entries that write", () => {
  const recordedPrefix = "zpact-oldrun1";
  async function harWithWrites(server: { url: string; customerId: string }): Promise<string> {
    const base = `${server.url}/mgmtconfig/v1/admin/customers/${server.customerId}/roles`;
    const json = { authorization: "Bearer $ZPA_TOKEN", "content-type": "application/json" };
    const x = (method: string, url: string, body: string | undefined, status: number, response = "") => ({ request: { method, url, headers: json, body }, response: { status, headers: { "content-type": "application/json" }, body: response }, elapsedMs: 1, startedAt: new Date(0).toISOString() });
    const har = toHar([
      { exchange: x("GET", `${base}/12`, undefined, 200) },
      { exchange: x("POST", base, JSON.stringify({ name: `${recordedPrefix} role`, description: `${recordedPrefix} d` }), 201, JSON.stringify({ id: "4242", name: `${recordedPrefix} role` })) },
      { exchange: x("PUT", `${base}/4242`, JSON.stringify({ name: `${recordedPrefix} renamed` }), 204) },
      { exchange: x("DELETE", `${base}/13`, undefined, 204) },
    ]);
    const dir = await mkdtemp(join(tmpdir(), "zpa-replay-"));
    const file = join(dir, "writes.har");
    await writeFile(file, JSON.stringify(har));
    return file;
  }

  // Regression: replay re-sent POST and PUT with no write flag and no cleanup.
  test("is refused up front without allowWrites, naming the flag", async () => {
    const server = await startReferenceServer();
    try {
      const file = await harWithWrites(server);
      await expect(replayHar(file, server.url, { token: "ref-token-abc123" })).rejects.toThrow(/3 request\(s\) that write \(POST .*\).*--allow-writes/);
      expect(server.requests).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  test("with allowWrites follows a run's rules: a fresh prefix, writes only to what it created, removed at the end", async () => {
    const server = await startReferenceServer();
    const rolesBefore = [...server.roles.keys()];
    try {
      const file = await harWithWrites(server);
      const results = await replayHar(file, server.url, { token: "ref-token-abc123", allowWrites: true, runPrefix: "zpact-replay1" });
      expect(results.map((r) => [r.method, r.status])).toEqual([["GET", 200], ["POST", 201], ["PUT", 204], ["DELETE", "skipped"]]);
      const post = server.requests.find((r) => r.method === "POST" && r.operationId === "createRole")!;
      expect(post.body).toContain("zpact-replay1");
      expect(post.body).not.toContain(recordedPrefix);
      // The PUT went to the replay's own role, not to the recorded id; the DELETE of role 13 was never sent.
      const created = [...server.created][0];
      expect(server.requests.find((r) => r.method === "PUT")!.path).toMatch(new RegExp(`/roles/${created}$`));
      expect(server.requests.some((r) => r.method === "DELETE" && r.path.endsWith("/13"))).toBe(false);
      expect([...server.roles.keys()]).toEqual(rolesBefore);
    } finally {
      await server.stop();
    }
  });
});
