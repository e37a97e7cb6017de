/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
/** The prefix most routes share. */
export const base = "/mgmtconfig/v1/admin/customers/{customerId}";
/** `"METHOD /path"` → [operationId, takes microtenantId (1/0), then for lists: paging style, page-size parameter, its maximum]. */
export const operationTable: Record<string, readonly [string, 0 | 1, ("cursor" | "page")?, string?, number?]> = {
  [`GET ${base}/administrators`]: ["listAdministrators",1,"page","pagesize",500],
  [`POST ${base}/administrators`]: ["createAdministrator",1],
  [`GET ${base}/administrators/{adminId}`]: ["getAdministrator",1],
  [`PUT ${base}/administrators/{adminId}`]: ["updateAdministrator",1],
  [`DELETE ${base}/administrators/{adminId}`]: ["deleteAdministrator",1],
  [`POST ${base}/emergencyAccess/user`]: ["createEmergencyAccessUser",1],
  [`GET ${base}/emergencyAccess/user/{userId}`]: ["getEmergencyAccessUser",1],
  [`PUT ${base}/emergencyAccess/user/{userId}`]: ["updateEmergencyAccessUser",1],
  [`PUT ${base}/emergencyAccess/user/{userId}/activate`]: ["activateEmergencyAccessUser",1],
  [`PUT ${base}/emergencyAccess/user/{userId}/deactivate`]: ["deactivateEmergencyAccessUser",1],
  [`GET ${base}/emergencyAccess/users`]: ["listEmergencyAccessUsers",1,"cursor","pageSize",500],
  [`GET ${base}/roles`]: ["listRoles",1,"page","pagesize",500],
  [`GET ${base}/roles/{roleId}`]: ["getRole",1],
  "POST /signin": ["signIn",0],
};
