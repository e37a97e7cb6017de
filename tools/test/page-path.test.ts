import { normalizePagePath } from "../doc-check/page-path";

const C = "/mgmtconfig/v1/admin/customers/{customerId}";

// Each row is an endpoint as a real help page writes it.
const cases: Array<[string, string, string[], string[]]> = [
  [`${C}/segmentGroup`, `${C}/segmentGroup`, [], []],
  [`${C}/segmentGroup.`, `${C}/segmentGroup`, [], ["trailing-dot"]],
  ["mgmtconfig/v1/admin/customers/{customerId}/server", `${C}/server`, [], ["missing-slash"]],
  ["/customers/{customerId}/application/bulkUpdateMultiMatch", `${C}/application/bulkUpdateMultiMatch`, [], ["missing-prefix"]],
  ["/mgmtconfig/v1/customers/{customerId}/policySet/{policySet}/reorder", `${C}/policySet/{policySet}/reorder`, [], ["missing-admin"]],
  ["/mgmtconfig/v1/customer/{customerId}/connectorSchedule", `${C}/connectorSchedule`, [], ["missing-admin", "singular-customer"]],
  ["/mgmtconfig/v1/admin/customers/73186051597795328/serverGroup&search={searchString}", `${C}/serverGroup`, ["search"], ["query-without-question-mark", "literal-id"]],
  ["/mgmtconfig/v1/admin/customers/customers/145256180497776640/credential/{id}?microtenantId={microtenantId}", `${C}/credential/{id}`, ["microtenantId"], ["doubled-segment", "literal-id"]],
  [`${C}/credential?page=1&pagesize=20&sortBy=status&sortdir=ASCµtenantId={microtenantId}`, `${C}/credential`, ["page", "pagesize", "sortBy", "sortdir", "microtenantId"], ["mangled-microtenant"]],
  [`${C}/userPortalLink{id}?microtenantId={microtenantId}`, `${C}/userPortalLink/{id}`, ["microtenantId"], ["glued-parameter"]],
  [`${C}lssConfig/logType/formats`, `${C}/lssConfig/logType/formats`, [], ["glued-parameter"]],
  [`${C}/segmentGroup/217246660303026632`, `${C}/segmentGroup/{id}`, [], ["literal-id"]],
  ["/mgmtconfig/v2/admin/lssConfig/clientTypes", "/mgmtconfig/v2/admin/lssConfig/clientTypes", [], []],
  ["/userconfig/v1/customers/{customerId}/scimgroup/idpId/{idpId}", "/userconfig/v1/customers/{customerId}/scimgroup/idpId/{idpId}", [], []],
];

describe("normalizing endpoints as the help pages write them", () => {
  it.each(cases)("%s", (written, path, query, kinds) => {
    const result = normalizePagePath(written);
    expect(result.path).toBe(path);
    expect(result.query).toEqual(query);
    expect(result.repairs.map((r) => r.kind)).toEqual(kinds);
    // Every repair quotes the page's text as written, so a note can cite it verbatim.
    for (const r of result.repairs) expect(r.quote).toBe(written);
  });
});
