/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../client-core";
import { adminSso, type AdminSsoNamespace } from "./families/admin-sso.gen";
import { administratorRoles, type AdministratorRolesNamespace } from "./families/administrator-roles.gen";
import { administrators, type AdministratorsNamespace } from "./families/administrators.gen";
import { apiKeys, type ApiKeysNamespace } from "./families/api-keys.gen";
import { appConnectorGroups, type AppConnectorGroupsNamespace } from "./families/app-connector-groups.gen";
import { appConnectors, type AppConnectorsNamespace } from "./families/app-connectors.gen";
import { applicationSegments, type ApplicationSegmentsNamespace } from "./families/application-segments.gen";
import { appProtectionControls, type AppProtectionControlsNamespace } from "./families/appprotection-controls.gen";
import { appProtectionProfiles, type AppProtectionProfilesNamespace } from "./families/appprotection-profiles.gen";
import { authentication, type AuthenticationNamespace } from "./families/authentication.gen";
import { certificates, type CertificatesNamespace } from "./families/certificates.gen";
import { clientSettings, type ClientSettingsNamespace } from "./families/client-settings.gen";
import { clouds, type CloudsNamespace } from "./families/clouds.gen";
import { customerDomains, type CustomerDomainsNamespace } from "./families/customer-domains.gen";
import { customers, type CustomersNamespace } from "./families/customers.gen";
import { emergencyAccess, type EmergencyAccessNamespace } from "./families/emergency-access.gen";
import { enrollmentCertificates, type EnrollmentCertificatesNamespace } from "./families/enrollment-certificates.gen";
import { featureConfigurations, type FeatureConfigurationsNamespace } from "./families/feature-configurations.gen";
import { idps, type IdpsNamespace } from "./families/idps.gen";
import { isolationProfiles, type IsolationProfilesNamespace } from "./families/isolation-profiles.gen";
import { lss, type LssNamespace } from "./families/lss.gen";
import { machineGroups, type MachineGroupsNamespace } from "./families/machine-groups.gen";
import { microtenants, type MicrotenantsNamespace } from "./families/microtenants.gen";
import { policies, type PoliciesNamespace } from "./families/policies.gen";
import { postureProfiles, type PostureProfilesNamespace } from "./families/posture-profiles.gen";
import { privateCloudControllerGroups, type PrivateCloudControllerGroupsNamespace } from "./families/private-cloud-controller-groups.gen";
import { privateCloudControllers, type PrivateCloudControllersNamespace } from "./families/private-cloud-controllers.gen";
import { privilegedApprovals, type PrivilegedApprovalsNamespace } from "./families/privileged-approvals.gen";
import { privilegedConsoles, type PrivilegedConsolesNamespace } from "./families/privileged-consoles.gen";
import { privilegedCredentials, type PrivilegedCredentialsNamespace } from "./families/privileged-credentials.gen";
import { privilegedPortals, type PrivilegedPortalsNamespace } from "./families/privileged-portals.gen";
import { provisioningKeys, type ProvisioningKeysNamespace } from "./families/provisioning-keys.gen";
import { samlAttributes, type SamlAttributesNamespace } from "./families/saml-attributes.gen";
import { scim, type ScimNamespace } from "./families/scim.gen";
import { segmentGroups, type SegmentGroupsNamespace } from "./families/segment-groups.gen";
import { serverGroups, type ServerGroupsNamespace } from "./families/server-groups.gen";
import { servers, type ServersNamespace } from "./families/servers.gen";
import { serviceEdgeGroups, type ServiceEdgeGroupsNamespace } from "./families/service-edge-groups.gen";
import { serviceEdges, type ServiceEdgesNamespace } from "./families/service-edges.gen";
import { trustedNetworks, type TrustedNetworksNamespace } from "./families/trusted-networks.gen";
import { userPortalLinks, type UserPortalLinksNamespace } from "./families/user-portal-links.gen";
import { userPortals, type UserPortalsNamespace } from "./families/user-portals.gen";
import { virtualIpRanges, type VirtualIpRangesNamespace } from "./families/virtual-ip-ranges.gen";
import { vpnLegacyApps, type VpnLegacyAppsNamespace } from "./families/vpn-legacy-apps.gen";

/** Every family's namespace, as `createZpaClient` attaches them. */
export interface ZpaNamespaces {
  readonly adminSso: AdminSsoNamespace;
  readonly administratorRoles: AdministratorRolesNamespace;
  readonly administrators: AdministratorsNamespace;
  readonly apiKeys: ApiKeysNamespace;
  readonly appConnectorGroups: AppConnectorGroupsNamespace;
  readonly appConnectors: AppConnectorsNamespace;
  readonly applicationSegments: ApplicationSegmentsNamespace;
  readonly appProtectionControls: AppProtectionControlsNamespace;
  readonly appProtectionProfiles: AppProtectionProfilesNamespace;
  readonly authentication: AuthenticationNamespace;
  readonly certificates: CertificatesNamespace;
  readonly clientSettings: ClientSettingsNamespace;
  readonly clouds: CloudsNamespace;
  readonly customerDomains: CustomerDomainsNamespace;
  readonly customers: CustomersNamespace;
  readonly emergencyAccess: EmergencyAccessNamespace;
  readonly enrollmentCertificates: EnrollmentCertificatesNamespace;
  readonly featureConfigurations: FeatureConfigurationsNamespace;
  readonly idps: IdpsNamespace;
  readonly isolationProfiles: IsolationProfilesNamespace;
  readonly lss: LssNamespace;
  readonly machineGroups: MachineGroupsNamespace;
  readonly microtenants: MicrotenantsNamespace;
  readonly policies: PoliciesNamespace;
  readonly postureProfiles: PostureProfilesNamespace;
  readonly privateCloudControllerGroups: PrivateCloudControllerGroupsNamespace;
  readonly privateCloudControllers: PrivateCloudControllersNamespace;
  readonly privilegedApprovals: PrivilegedApprovalsNamespace;
  readonly privilegedConsoles: PrivilegedConsolesNamespace;
  readonly privilegedCredentials: PrivilegedCredentialsNamespace;
  readonly privilegedPortals: PrivilegedPortalsNamespace;
  readonly provisioningKeys: ProvisioningKeysNamespace;
  readonly samlAttributes: SamlAttributesNamespace;
  readonly scim: ScimNamespace;
  readonly segmentGroups: SegmentGroupsNamespace;
  readonly serverGroups: ServerGroupsNamespace;
  readonly servers: ServersNamespace;
  readonly serviceEdgeGroups: ServiceEdgeGroupsNamespace;
  readonly serviceEdges: ServiceEdgesNamespace;
  readonly trustedNetworks: TrustedNetworksNamespace;
  readonly userPortalLinks: UserPortalLinksNamespace;
  readonly userPortals: UserPortalsNamespace;
  readonly virtualIpRanges: VirtualIpRangesNamespace;
  readonly vpnLegacyApps: VpnLegacyAppsNamespace;
}

/** Builds every family's namespace on a client core. */
export const attachNamespaces = (core: ZpaClientCore): ZpaNamespaces => ({
  adminSso: adminSso(core),
  administratorRoles: administratorRoles(core),
  administrators: administrators(core),
  apiKeys: apiKeys(core),
  appConnectorGroups: appConnectorGroups(core),
  appConnectors: appConnectors(core),
  applicationSegments: applicationSegments(core),
  appProtectionControls: appProtectionControls(core),
  appProtectionProfiles: appProtectionProfiles(core),
  authentication: authentication(core),
  certificates: certificates(core),
  clientSettings: clientSettings(core),
  clouds: clouds(core),
  customerDomains: customerDomains(core),
  customers: customers(core),
  emergencyAccess: emergencyAccess(core),
  enrollmentCertificates: enrollmentCertificates(core),
  featureConfigurations: featureConfigurations(core),
  idps: idps(core),
  isolationProfiles: isolationProfiles(core),
  lss: lss(core),
  machineGroups: machineGroups(core),
  microtenants: microtenants(core),
  policies: policies(core),
  postureProfiles: postureProfiles(core),
  privateCloudControllerGroups: privateCloudControllerGroups(core),
  privateCloudControllers: privateCloudControllers(core),
  privilegedApprovals: privilegedApprovals(core),
  privilegedConsoles: privilegedConsoles(core),
  privilegedCredentials: privilegedCredentials(core),
  privilegedPortals: privilegedPortals(core),
  provisioningKeys: provisioningKeys(core),
  samlAttributes: samlAttributes(core),
  scim: scim(core),
  segmentGroups: segmentGroups(core),
  serverGroups: serverGroups(core),
  servers: servers(core),
  serviceEdgeGroups: serviceEdgeGroups(core),
  serviceEdges: serviceEdges(core),
  trustedNetworks: trustedNetworks(core),
  userPortalLinks: userPortalLinks(core),
  userPortals: userPortals(core),
  virtualIpRanges: virtualIpRanges(core),
  vpnLegacyApps: vpnLegacyApps(core),
});
