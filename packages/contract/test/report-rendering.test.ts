import { CHECKS, renderHtml, renderJunit, renderMarkdown, type ConformanceReport, type Failure } from "../src/index";

// Renderers are pure functions of a report: these reports are shaped like the ones runs produced
// when the bugs were seen.
const failure = (family: string, message = "expected 404, got 200"): Failure => ({
  check: "unknown_id_not_found",
  operationId: "getRole",
  message,
  family,
  specLocation: "/paths/~1roles~1{roleId}/get/responses",
  seed: 7,
  curl: `curl -i -X GET "$ZPA_BASE_URL"'/roles/1'`,
  exchange: { request: { method: "GET", url: "http://127.0.0.1:4010/roles/1", headers: {} }, response: { status: 200, headers: {}, body: "{}" }, elapsedMs: 3, startedAt: "2026-11-30T00:00:00.000Z" },
});

function report(overrides: Partial<ConformanceReport> = {}): ConformanceReport {
  return {
    seed: 7,
    target: "http://127.0.0.1:4010",
    stateful: true,
    runs: 10,
    negativeRuns: 5,
    requests: 40,
    durationMs: 840_000,
    targetStartMs: 0,
    serverMs: 10_000,
    waitingMs: 10_000,
    rateLimitWaitMs: 780_000,
    runPrefix: "zpact-test",
    notes: [],
    checks: CHECKS,
    families: [{ family: "administrator-roles", title: "Administrator roles", operations: 1, pass: 1, fail: 2, skip: 0 }],
    reproduce: "zpa-conformance --target http://127.0.0.1:4010 --seed 7 --runs 10 --include-tag 'Administrator Roles'",
    failed: 2,
    results: [
      { operationId: "getRole", family: "administrator-roles", check: "not_a_server_error", status: "pass", evaluated: 10, durationMs: 0 },
      { operationId: "getRole", family: "administrator-roles", check: "response_schema_conformance", status: "fail", durationMs: 0, failures: [{ ...failure("positive_data_acceptance", "bad \u0000 body \u001b[31m"), check: "response_schema_conformance" }] },
      // One fault found under three request families, one of them named as the check itself.
      { operationId: "getRole", family: "administrator-roles", check: "unknown_id_not_found", status: "fail", durationMs: 1234, failures: [failure("unknown_id_not_found"), failure("stale id"), failure("deleted id")] },
    ],
    ...overrides,
  };
}

// Regression: the title counted 2 failing checks but 4 sections followed, all sharing an id, and a
// heading read `getRole · unknown_id_not_found · unknown_id_not_found`.
test("HTML: one section per distinct failure, unique ids, no repeated heading, reproduce and replay on each", () => {
  const html = renderHtml(report());
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  expect(html.match(/<section /g)).toHaveLength(2);
  expect(html).toContain("<h1>ZPA conformance: 2 failing checks</h1>");
  expect(html).toContain("<h3>getRole · unknown_id_not_found</h3>");
  expect(html).toContain("also found by</dt><dd>stale id, deleted id");
  expect(html).not.toMatch(/unknown_id_not_found · unknown_id_not_found/);
  expect(html.match(/<dt>reproduce<\/dt>/g)).toHaveLength(2);
  expect(html).toContain("--seed 7 --runs 10 --include-operation getRole --only-check unknown_id_not_found");
  expect(html).not.toMatch(/--include-tag 'Administrator Roles' --include-operation/);
  expect(html).toContain("replay conformance-failures.har --entry 2 --target");
  expect(html).toMatch(/780\.0 s waiting on rate limits/);
});

test("JUnit: characters illegal in XML are dropped, each test case has its time, suites are named by family", () => {
  const xml = renderJunit(report());
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  expect(xml).toContain('<testsuite name="administrator-roles" tests="3" failures="2" skipped="0" time="1.234">');
  expect(xml).toContain('<testcase classname="administrator-roles.getRole" name="unknown_id_not_found" time="1.234">');
  expect(xml).toContain('<testcase classname="administrator-roles.getRole" name="not_a_server_error" time="0.000">');
});

test("Markdown: a table per family, rate-limit waiting, the cut-short notice and the reproduce line", () => {
  const md = renderMarkdown(report({ stopped: { reason: "max-time", message: "Cut short by --max-time (14m00s): the report covers what ran until then." } }));
  expect(md).toMatch(/^## ZPA conformance: ❌ 2 failing \(cut short\)$/m);
  expect(md).toContain("| ❌ [Administrator roles](#family-administrator-roles) | 1 | 1 | 2 | 0 |");
  expect(md).toContain('### <a id="family-administrator-roles"></a>Administrator roles');
  expect(md).toContain("40 requests in 840.0 s (780.0 s waiting on rate limits)");
  expect(md).toContain("> **Cut short:** Cut short by --max-time");
  expect(md.match(/^#### /gm)).toHaveLength(2);
});
