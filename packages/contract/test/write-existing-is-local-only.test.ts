import { runConformance } from "../src";
import { startReferenceServer } from "./fixtures/reference-server";

// `writeExisting` changes and deletes records the run did not create: only a disposable target on
// this machine may be given it. A remote one is refused before any request goes out.
test("writeExisting is refused for a live tenant, before any request", async () => {
  const requests: string[] = [];
  await expect(
    runConformance({ target: "live", cloud: "BETA", credentials: { clientId: "id", clientSecret: "a-secret-value" }, customerId: "1", writeExisting: true, quiet: true, onExchange: (x) => requests.push(x.request.url) }),
  ).rejects.toThrow(/^writeExisting: live .* is not on this machine/);
  expect(requests).toEqual([]);
});

test("writeExisting on a loopback target is taken: the run goes ahead", async () => {
  const server = await startReferenceServer();
  try {
    const report = await runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, writeExisting: true, quiet: true, onlyOperations: ["listSegmentGroups"], runs: 1, negativeRuns: 1 });
    expect(report.requests).toBeGreaterThan(0);
    expect(report.results.some((r) => r.status === "pass")).toBe(true);
  } finally {
    await server.stop();
  }
});
