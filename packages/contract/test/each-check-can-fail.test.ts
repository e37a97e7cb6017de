import { runConformance } from "../src/index";
import { REFERENCE_OPERATIONS, startReferenceServer, type Fault } from "./fixtures/reference-server";

// Each row: a server broken in exactly one way, and the check that must name it.
// Every row has all four cells: jest reads a missing last argument as a `done` callback.
const CASES: [check: string, fault: Fault, operation: string, extra: { maxResponseTimeMs?: number }][] = [
  ["not_a_server_error", "server-error", "getRole", {}],
  ["status_code_conformance", "undocumented-status", "getRole", {}],
  ["content_type_conformance", "wrong-content-type", "getRole", {}],
  ["response_headers_conformance", "bad-retry-after", "getRole", {}],
  ["response_schema_conformance", "schema-violation", "getRole", {}],
  ["max_response_time", "slow", "getRole", { maxResponseTimeMs: 100 }],
  ["positive_data_acceptance", "rejects-valid", "createAdministrator", {}],
  ["negative_data_rejection", "accepts-invalid", "createAdministrator", {}],
  ["missing_required_header", "ignores-missing-content-type", "updateEmergencyAccessUser", {}],
  ["unsupported_method", "no-405", "getRole", {}],
  ["unsupported_media_type", "no-415", "createEmergencyAccessUser", {}],
  ["ignored_auth", "ignores-auth", "listRoles", {}],
  ["unknown_id_not_found", "unknown-id-200", "getAdministrator", {}],
  ["pagination_page_size", "page-size-ignored", "listEmergencyAccessUsers", {}],
  ["pagination_walk", "cursor-repeats", "listEmergencyAccessUsers", {}],
  ["round_trip", "update-ignored", "updateEmergencyAccessUser", {}],
  ["round_trip", "activate-noop", "activateEmergencyAccessUser", {}],
  ["use_after_free", "delete-ignored", "deleteAdministrator", {}],
  ["ensure_resource_availability", "list-hides-new", "createAdministrator", {}],
  ["microtenant_isolation", "microtenant-leak", "createAdministrator", {}],
  ["microtenant_isolation", "microtenant-leak", "createEmergencyAccessUser", {}],
];

jest.setTimeout(60_000);

describe("every check fails against a server that breaks its rule", () => {
  test.each(CASES)("%s fails when the server has fault %s (%s)", async (check, fault, operation, extra) => {
    const server = await startReferenceServer({ fault });
    try {
      const report = await runConformance({
        target: server.url,
        credentials: server.credentials,
        customerId: server.customerId,
        onlyChecks: [check],
        onlyOperations: [operation],
        runs: 10,
        negativeRuns: 5,
        seed: 42,
        quiet: true,
        ...extra,
      });
      const result = report.results.find((r) => r.operationId === operation && r.check === check);
      expect(result?.status).toBe("fail");
      expect(report.failed).toBeGreaterThan(0);
      const failure = result!.failures![0];
      expect(failure.check).toBe(check);
      expect(failure.seed).toBe(42);
      expect(failure.specLocation).toMatch(/^\/(paths|components)\//);
      expect(failure.curl ?? "").toMatch(/^curl /);
      expect(failure.curl ?? "").not.toContain(server.credentials.clientSecret);
      expect(failure.curl ?? "").not.toContain("ref-token-abc123");
    } finally {
      await server.stop();
    }
  });

  test("the same checks all pass against the unbroken server, and the run cleans up after itself", async () => {
    const server = await startReferenceServer();
    const adminsBefore = [...server.admins.keys()];
    try {
      // Every operation the reference server implements (the rest of the spec answers 501).
      const report = await runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: REFERENCE_OPERATIONS, runs: 8, negativeRuns: 4, seed: 7, quiet: true });
      expect(report.stateful).toBe(true);
      expect(report.results.filter((r) => r.status !== "pass")).toEqual([]);
      expect(report.failed).toBe(0);
      // Administrators can be deleted: exactly the seeded ones remain. Users cannot: none of ours is left active.
      expect([...server.admins.keys()]).toEqual(adminsBefore);
      const ours = [...server.users.values()].filter((u) => String(u.firstName).startsWith(report.runPrefix));
      expect(ours.length).toBeGreaterThan(0);
      expect(ours.filter((u) => u.userStatus === "Active")).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
