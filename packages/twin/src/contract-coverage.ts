import { openapi } from "@zpa-openapi/spec";
import { bindOperations, readResources } from "./engine/resources.js";
import { buildRoutes } from "./router.js";

/**
 * The operations the contract suite drives green against the twin (a realistic tenant, every
 * check run, nothing skipped): `pnpm mutation` and the Prism proxy test run the suite over these.
 * The twin serves every other operation of the spec too; the README's "Coverage by the contract
 * suite" says why the suite cannot drive those yet (most need resources created in dependency
 * order, or ids pooled per resource rather than per parameter name).
 */
export const CONTRACT_CHECKED_OPERATIONS: readonly string[] = Object.freeze([
  "getSsoLoginOptions", "updateSsoLoginOptions", "listPermissionGroups", "listRoles", "createRole", "getRole", "updateRole", "deleteRole",
  "listAdministrators", "createAdministrator", "getAdministrator", "updateAdministrator", "deleteAdministrator", "listApiKeys",
  "createApiKey", "deleteApiKey", "updateApiKey", "listAppConnectorGroups", "createAppConnectorGroup", "deleteAppConnectorGroup",
  "getAppConnectorGroup", "updateAppConnectorGroup", "listAppConnectors", "getAppConnector", "bulkDeleteAppConnectors",
  "getAppConnectorSchedule", "createAppConnectorSchedule", "listApplicationSegments", "getApplicationSegment",
  "bulkUpdateApplicationSegmentMultimatch", "getApplicationSegmentsByType", "getMultimatchUnsupportedReferences",
  "getApplicationSegmentsByTypeV2", "getAppProtectionExceptions", "listAppProtectionActionTypes", "listAppProtectionControlTypes",
  "listAppProtectionSeverityTypes", "getAppProtectionCustomControlTypes", "listAppProtectionHttpMethods", "listAppProtectionControls",
  "createAppProtectionControl", "updateAppProtectionControl", "deleteAppProtectionControl", "listPredefinedAppProtectionControls",
  "listPredefinedAdpControls", "listPredefinedApiControls", "listPredefinedAppProtectionControlVersions", "listAppProtectionProfiles",
  "signIn", "signOut", "listCertificates", "createCertificate", "deleteCertificate", "getCertificate", "updateCertificate",
  "listIssuedCertificates", "listIssuedClientlessCertificates", "listClientSettings", "upsertClientSetting", "deleteClientSetting",
  "listAltClouds", "listCustomerDomains", "upsertCustomerDomains", "listAuthDomains", "createEmergencyAccessUser",
  "getEmergencyAccessUser", "updateEmergencyAccessUser", "activateEmergencyAccessUser", "deactivateEmergencyAccessUser",
  "listEmergencyAccessUsers", "listEnrollmentCertificates", "getEnrollmentCertificate", "listEnrollmentCertificatesV2",
  "listConfigOverrides", "createConfigOverride", "updateConfigOverride", "listIdps", "getIdp", "listIdpsV2", "listCbiProfiles",
  "createCbiProfile", "listCbiRegions", "listCbiZpaProfiles", "listIsolationProfiles", "listLssConfigs", "getLssConfig",
  "getLssLogTypeFormats", "getLssClientTypesGlobal", "getLssClientTypes", "getLssLogTypeFormatsGlobal", "getLssStatusCodes",
  "listMachineGroups", "getMachineGroup", "listMicrotenants", "createMicrotenant", "deleteMicrotenant", "getMicrotenant",
  "updateMicrotenant", "searchMicrotenants", "getMicrotenantSummary", "getCurrentSession", "getClientTypes", "getPlatformTypes",
  "updatePolicyRuleWithoutId", "listPostureProfiles", "listPostureProfilesV2", "listPrivateCloudControllerGroups",
  "createPrivateCloudControllerGroup", "deletePrivateCloudControllerGroup", "getPrivateCloudControllerGroup",
  "updatePrivateCloudControllerGroup", "listPrivateCloudControllerGroupSummaries", "listPrivateCloudControllers",
  "getPrivateCloudController", "listPraApprovals", "listPraConsoles", "listPraCredentials", "createPraCredential", "deletePraCredential",
  "updatePraCredential", "listPraPortals", "createPraPortal", "deletePraPortal", "updatePraPortal", "getSamlAttribute",
  "listSamlAttributes", "listSegmentGroups", "getSegmentGroup", "listServerGroups", "getServerGroup", "listServers", "getServer",
  "listServiceEdgeGroups", "getServiceEdgeGroup", "listServiceEdges", "getServiceEdge", "bulkDeleteServiceEdges", "getServiceEdgeSchedule",
  "createServiceEdgeSchedule", "listTrustedNetworks", "listTrustedNetworksV2", "listUserPortalLinks", "listUserPortals",
  "listVirtualIpRanges", "createVirtualIpRange", "deleteVirtualIpRange", "getVirtualIpRange", "updateVirtualIpRange",
  "searchVirtualIpRanges", "listVpnConnectedUsers",
]);

/**
 * The families `pnpm mutation` runs the suite over by default: one of each kind of behaviour (a
 * state machine, references and in-use deletes, Microtenants, plain records), so every fault meets
 * several families in a few minutes. `--families all` runs every operation above.
 */
export const MUTATION_FAMILIES: readonly string[] = Object.freeze([
  "emergency-access", "administrators", "administrator-roles", "segment-groups", "server-groups", "app-connector-groups", "microtenants", "certificates",
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
