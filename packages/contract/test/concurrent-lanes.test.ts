import { runConformance } from "../src/index";
import { startReferenceServer } from "./fixtures/reference-server";

// A property split into lanes (several requests in flight) still makes exactly the runs asked for,
// however they divide, and the report's waiting time is wall time with a request in flight.
test.each([
  [5, 4],
  [5, 1],
  [3, 4],
])("%i runs with concurrency %i send exactly that many valid requests", async (runs, concurrency) => {
  const server = await startReferenceServer();
  try {
    const report = await runConformance({
      target: server.url,
      credentials: server.credentials,
      customerId: server.customerId,
      onlyChecks: ["positive_data_acceptance"],
      onlyOperations: ["getRole"],
      runs,
      concurrency,
      seed: 3,
      quiet: true,
    });
    const result = report.results.find((r) => r.check === "positive_data_acceptance");
    expect(result?.status).toBe("pass");
    expect(result?.evaluated).toBe(runs);
    expect(report.waitingMs).toBeGreaterThan(0);
    expect(report.waitingMs).toBeLessThanOrEqual(report.durationMs);
    expect(report.waitingMs).toBeLessThanOrEqual(report.serverMs + 1e-6);
  } finally {
    await server.stop();
  }
});
