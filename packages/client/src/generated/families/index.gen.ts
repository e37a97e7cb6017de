/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
export * from "./admin-sso.gen";
export * from "./administrator-roles.gen";
export * from "./administrators.gen";
export * from "./api-keys.gen";
export * from "./app-connector-groups.gen";
export * from "./app-connectors.gen";
export * from "./application-segments.gen";
export * from "./appprotection-controls.gen";
export * from "./appprotection-profiles.gen";
export * from "./authentication.gen";
export * from "./certificates.gen";
export * from "./client-settings.gen";
export * from "./clouds.gen";
export * from "./customer-domains.gen";
export * from "./customers.gen";
export * from "./emergency-access.gen";
export * from "./enrollment-certificates.gen";
export * from "./feature-configurations.gen";
export * from "./idps.gen";
export * from "./isolation-profiles.gen";
export * from "./lss.gen";
export * from "./machine-groups.gen";
export * from "./microtenants.gen";
export * from "./policies.gen";
export * from "./posture-profiles.gen";
export * from "./private-cloud-controller-groups.gen";
export * from "./private-cloud-controllers.gen";
export * from "./privileged-approvals.gen";
export * from "./privileged-consoles.gen";
export * from "./privileged-credentials.gen";
export * from "./privileged-portals.gen";
export * from "./provisioning-keys.gen";
export * from "./saml-attributes.gen";
export * from "./scim.gen";
export * from "./segment-groups.gen";
export * from "./server-groups.gen";
export * from "./servers.gen";
export * from "./service-edge-groups.gen";
export * from "./service-edges.gen";
export * from "./trusted-networks.gen";
export * from "./user-portal-links.gen";
export * from "./user-portals.gen";
export * from "./virtual-ip-ranges.gen";
export * from "./vpn-legacy-apps.gen";
