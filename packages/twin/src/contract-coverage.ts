import { openapi } from "@zpa-openapi/spec";
import { bindOperations, readResources } from "./engine/resources.js";
import { buildRoutes } from "./router.js";

/**
 * The operations the contract suite drives green against the twin (a realistic tenant, every
 * check run, nothing skipped): every operation of the spec. `pnpm mutation` and the Prism proxy
 * test run the suite over these. Writes to records the API cannot create are driven with the
 * suite's `writeExisting`, as the twin is disposable.
 */
export const CONTRACT_CHECKED_OPERATIONS: readonly string[] = Object.freeze([
  "getSsoLoginOptions", "updateSsoLoginOptions", "listPermissionGroups", "listRoles", "createRole", "getRole",
  "updateRole", "deleteRole", "listAdministrators", "createAdministrator", "getAdministrator", "updateAdministrator",
  "deleteAdministrator", "listApiKeys", "createApiKey", "deleteApiKey", "getApiKey", "updateApiKey",
  "listAppConnectorGroups", "createAppConnectorGroup", "deleteAppConnectorGroup", "getAppConnectorGroup",
  "updateAppConnectorGroup", "listAppConnectors", "getAppConnector", "bulkDeleteAppConnectors",
  "getAppConnectorSchedule", "createAppConnectorSchedule", "listApplicationSegments", "createApplicationSegment",
  "deleteApplicationSegment", "getApplicationSegment", "updateApplicationSegment", "moveApplicationSegment",
  "getApplicationSegmentLbConfig", "updateApplicationSegmentLbConfig", "bulkUpdateApplicationSegmentMultimatch",
  "getApplicationSegmentsByType", "getMultimatchUnsupportedReferences", "getApplicationSegmentsByTypeV2",
  "getAppProtectionExceptions", "listAppProtectionActionTypes", "listAppProtectionControlTypes",
  "listAppProtectionSeverityTypes", "getAppProtectionCustomControlTypes", "listAppProtectionHttpMethods",
  "listAppProtectionControls", "createAppProtectionControl", "getAppProtectionControl", "updateAppProtectionControl",
  "deleteAppProtectionControl", "listAppProtectionControlProfiles", "listPredefinedAppProtectionControls",
  "listPredefinedAdpControls", "listPredefinedApiControls", "listPredefinedAppProtectionControlVersions",
  "listAppProtectionProfiles", "createAppProtectionProfile", "getAppProtectionProfile", "updateAppProtectionProfile",
  "deleteAppProtectionProfile", "associateAllPredefinedControls", "deassociateAllPredefinedControls",
  "dissociateAllPredefinedControls", "patchAppProtectionProfile", "signIn", "signOut", "listCertificates",
  "createCertificate", "deleteCertificate", "getCertificate", "updateCertificate", "listIssuedCertificates",
  "listIssuedClientlessCertificates", "listClientSettings", "upsertClientSetting", "deleteClientSetting",
  "listAllClientSettings", "listAltClouds", "listCustomerDomains", "upsertCustomerDomains", "listAuthDomains",
  "createEmergencyAccessUser", "getEmergencyAccessUser", "updateEmergencyAccessUser", "activateEmergencyAccessUser",
  "deactivateEmergencyAccessUser", "listEmergencyAccessUsers", "listEnrollmentCertificates", "getEnrollmentCertificate",
  "listEnrollmentCertificatesV2", "listConfigOverrides", "createConfigOverride", "getConfigOverride",
  "updateConfigOverride", "listIdps", "getIdp", "listIdpsV2", "listCbiProfiles", "createCbiProfile", "getCbiProfile",
  "updateCbiProfile", "deleteCbiProfile", "listCbiRegions", "listCbiZpaProfiles", "listIsolationProfiles",
  "listLssConfigs", "createLssConfig", "deleteLssConfig", "getLssConfig", "updateLssConfig", "getLssLogTypeFormats",
  "getLssClientTypesGlobal", "getLssClientTypes", "getLssLogTypeFormatsGlobal", "getLssStatusCodes", "listMachineGroups",
  "getMachineGroup", "listMicrotenants", "createMicrotenant", "deleteMicrotenant", "getMicrotenant", "updateMicrotenant",
  "searchMicrotenants", "getMicrotenantSummary", "getCurrentSession", "getClientTypes", "getPlatformTypes",
  "getPolicySetByType", "listPolicyRulesByType", "createPolicyRule", "updatePolicyRuleWithoutId", "getPolicyRule",
  "updatePolicyRule", "deletePolicyRule", "createPolicyRuleV2", "updatePolicyRuleV2", "listPostureProfiles",
  "getPostureProfile", "listPostureProfilesV2", "listPrivateCloudControllerGroups", "createPrivateCloudControllerGroup",
  "deletePrivateCloudControllerGroup", "getPrivateCloudControllerGroup", "updatePrivateCloudControllerGroup",
  "listPrivateCloudControllerGroupSummaries", "listPrivateCloudControllers", "getPrivateCloudController",
  "listPraApprovals", "createPraApproval", "deletePraApproval", "getPraApproval", "updatePraApproval",
  "deleteExpiredPraApprovals", "listPraConsoles", "createPraConsole", "deletePraConsole", "getPraConsole",
  "updatePraConsole", "bulkCreatePraConsoles", "listPraConsolesByPraPortal", "listPraCredentials", "createPraCredential",
  "deletePraCredential", "getPraCredential", "updatePraCredential", "movePraCredential", "listPraPortals",
  "createPraPortal", "deletePraPortal", "getPraPortal", "updatePraPortal", "listProvisioningKeys",
  "createProvisioningKey", "deleteProvisioningKey", "getProvisioningKey", "updateProvisioningKey", "getSamlAttribute",
  "listSamlAttributes", "listSamlAttributesByIdp", "listScimAttributes", "getScimGroup", "listScimGroups",
  "listSegmentGroups", "createSegmentGroup", "deleteSegmentGroup", "getSegmentGroup", "updateSegmentGroup",
  "updateSegmentGroupV2", "listServerGroups", "createServerGroup", "deleteServerGroup", "getServerGroup",
  "updateServerGroup", "listServers", "createServer", "deleteServer", "getServer", "updateServer",
  "listServiceEdgeGroups", "createServiceEdgeGroup", "deleteServiceEdgeGroup", "getServiceEdgeGroup",
  "updateServiceEdgeGroup", "listServiceEdges", "getServiceEdge", "bulkDeleteServiceEdges", "getServiceEdgeSchedule",
  "createServiceEdgeSchedule", "listTrustedNetworks", "getTrustedNetwork", "listTrustedNetworksV2",
  "listUserPortalLinks", "createUserPortalLink", "deleteUserPortalLink", "getUserPortalLink", "updateUserPortalLink",
  "listUserPortalLinksByUserPortal", "listUserPortals", "createUserPortal", "deleteUserPortal", "getUserPortal",
  "updateUserPortal", "listVirtualIpRanges", "createVirtualIpRange", "deleteVirtualIpRange", "getVirtualIpRange",
  "updateVirtualIpRange", "searchVirtualIpRanges", "listVpnConnectedUsers", "updateAppConnectorSchedule",
  "shareApplicationSegment", "reorderPolicyRules", "reorderPolicyRule", "updateServiceEdgeSchedule",
  "bulkCreateUserPortalLinks", "bulkCreateUserPortalLinksV2", "updateAppConnector", "deleteAppConnector",
  "updatePrivateCloudController", "deletePrivateCloudController", "restartPrivateCloudController", "updateServiceEdge",
  "deleteServiceEdge", "getPredefinedAppProtectionControl", "getClientlessCertificate", "getScimAttribute",
  "listScimAttributeValues"
]);

/** The tenant the suite is run against (`pnpm mutation`, the coverage test): realistic, no rate limit, quiet. */
export const SUITE_TWIN = Object.freeze({ rateLimit: false, seedUsers: 25, seedAdmins: 5, seedProfile: "realistic", log: () => undefined } as const);

/** The contract suite's options for a run over a twin: writes allowed, stateful, no rate limit or request budget. */
export function suiteOptionsFor(twin: { url: string; credentials: { clientId: string; clientSecret: string }; customerId: string }, run: { seed: number; runs: number; negativeRuns: number; operations: readonly string[] }) {
  return {
    target: twin.url,
    credentials: twin.credentials,
    customerId: twin.customerId,
    seed: run.seed,
    runs: run.runs,
    negativeRuns: run.negativeRuns,
    onlyOperations: run.operations,
    requestBudget: Infinity,
    allowWrites: true,
    stateful: true,
    // The twin is disposable: connectors, edges and controllers, which the API cannot create, are changed and deleted too.
    writeExisting: true,
    rateLimit: false,
    quiet: true,
  };
}

/**
 * The families `pnpm mutation` runs the suite over by default: one of each kind of behaviour (a
 * state machine, references and in-use deletes, Microtenants, plain records, ordered records), so
 * every fault meets several families in a few minutes. `--families all` runs every operation above.
 */
export const MUTATION_FAMILIES: readonly string[] = Object.freeze([
  "emergency-access", "administrators", "administrator-roles", "segment-groups", "server-groups", "app-connector-groups", "microtenants", "certificates",
  "policies",
]);

/**
 * The family of each operation of the bundled spec: its resource's, or for an operation under a
 * resource's paths (`.../user/{userId}/activate`, `.../policySet/{policySetId}/reorder`) that resource's.
 */
export function operationFamilies(): Map<string, string> {
  const routes = buildRoutes(openapi);
  const resources = readResources(openapi);
  const bindings = bindOperations(openapi, routes, resources);
  const out = new Map<string, string>();
  const prefixes = [...resources.values()].flatMap((r) => [r.item, r.collection, r.createPath].filter((p): p is string => !!p).map((p) => ({ p, family: r.family })));
  for (const route of routes) {
    for (const op of route.operations.values()) {
      const bound = bindings.get(op.operationId)?.resource.family;
      const owner = prefixes.filter(({ p }) => op.template.startsWith(`${p}/`)).sort((a, b) => b.p.length - a.p.length)[0]?.family;
      const family = bound ?? owner;
      if (family) out.set(op.operationId, family);
    }
  }
  return out;
}

/** The checked operations of these families (plus sign-in and sign-out). */
export function checkedOperationsOf(families: readonly string[]): string[] {
  const family = operationFamilies();
  const wanted = new Set(families);
  return CONTRACT_CHECKED_OPERATIONS.filter((o) => o === "signIn" || o === "signOut" || wanted.has(family.get(o) ?? ""));
}
