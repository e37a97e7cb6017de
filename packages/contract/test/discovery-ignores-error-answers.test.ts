import { runConformance } from "../src/index";
import { startReferenceServer } from "./fixtures/reference-server";

// Discovery reads what the target holds before any check. A target that answers a read with an
// error (this one answers 501 `{"id": "not.implemented", ...}` to the connector schedule, a
// collection that answers its one record) holds no record: the error's `id` is no record id, and
// taken for one it made every body with an `id` field impossible to generate, which ended the run.
test("an error answered to a discovery read adds no id, and the run goes on", async () => {
  const server = await startReferenceServer();
  try {
    const report = await runConformance({
      target: server.url,
      credentials: server.credentials,
      customerId: server.customerId,
      onlyOperations: ["getAppConnectorSchedule", "createAppConnectorSchedule", "updateAppConnectorSchedule", "createApplicationSegment"],
      onlyChecks: ["positive_data_acceptance"],
      runs: 3,
      seed: 1,
      quiet: true,
    });
    const create = report.results.find((r) => r.operationId === "createApplicationSegment" && r.check === "positive_data_acceptance");
    // The reference server implements neither operation: the check runs and reports its 501.
    expect(create?.status).toBe("fail");
    expect(create?.failures?.[0]?.message).not.toMatch(/could not generate/);
  } finally {
    await server.stop();
  }
});
