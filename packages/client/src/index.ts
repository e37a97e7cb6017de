export * from "./core";
export * from "./families";
export { createZpaClient, type PoliciesWithRules, type ZpaClient } from "./create-zpa-client";
export type { ZpaNamespaces } from "./generated/namespaces.gen";
import type { AdministratorRolesNamespace } from "./generated/families/administrator-roles.gen";
import type { AdministratorsNamespace } from "./generated/families/administrators.gen";
import type { EmergencyAccessNamespace } from "./generated/families/emergency-access.gen";

/** The type of `client.administrators` (kept under its earlier name). */
export type AdministratorsResource = AdministratorsNamespace;
/** The type of `client.roles` (kept under its earlier name). */
export type RolesResource = AdministratorRolesNamespace;
/** The type of `client.emergencyAccess` (kept under its earlier name). */
export type EmergencyAccessResource = EmergencyAccessNamespace;
