/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
// The tenant prefixes routes share, named once for the family tables.
export const base = "/mgmtconfig/v1/admin/customers/{customerId}";
export const mgmtconfigV2 = "/mgmtconfig/v2/admin/customers/{customerId}";
export const cbiconfigCbi = "/cbiconfig/cbi/api/customers/{customerId}";
export const userconfigV1 = "/userconfig/v1/customers/{customerId}";
