import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { replayHar, runConformance, sweep } from "../src/index";
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
  await expect(runConformance({ onlyChecks: ["no_such_check"], quiet: true })).rejects.toThrow(/Unknown check "no_such_check"/);
  await expect(runConformance({ target: "live", quiet: true, cloud: "MARS" })).rejects.toThrow(/--cloud/);
  const server = await startReferenceServer();
  try {
    await expect(runConformance({ target: server.url, customerId: server.customerId, quiet: true })).rejects.toThrow(/credentials are required/);
  } finally {
    await server.stop();
  }
});
