/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { ListItemOf, PathParam, Query, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base, userconfigV1 } from "../prefixes.gen";

/** A ScimAttribute as the server returns it. */
export type ScimAttribute = components["schemas"]["ScimAttribute"];

/** A ScimGroup as the server returns it. */
export type ScimGroup = components["schemas"]["ScimGroup"];

/** `client.scim`: SCIM attributes and groups (5 operations; pages: scim-api-examples, obtaining-scim-attribute-details-using-api, obtaining-scim-group-details-using-api). */
export interface ScimNamespace {
  /** List the SCIM attributes of an IdP: every item, page after page (numbered pages of up to 500). `GET …/idp/{idpId}/scimattribute` (listScimAttributes) */
  listScimAttributes(idpId: PathParam<"listScimAttributes", "idpId">, query?: Query<"listScimAttributes">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listScimAttributes">>;
  /** List the SCIM attributes of an IdP: every item, as an array. `GET …/idp/{idpId}/scimattribute` (listScimAttributes) */
  listAllScimAttributes(idpId: PathParam<"listScimAttributes", "idpId">, query?: Query<"listScimAttributes">, options?: RequestOptions): Promise<ListItemOf<"listScimAttributes">[]>;
  /** Read a SCIM attribute. `GET …/idp/{idpId}/scimattribute/{scimAttributeId}` (getScimAttribute) */
  getScimAttribute(idpId: PathParam<"getScimAttribute", "idpId">, scimAttributeId: PathParam<"getScimAttribute", "scimAttributeId">, options?: RequestOptions): Promise<Result<"getScimAttribute">>;
  /** List the values of a SCIM attribute: every item, page after page (numbered pages of up to 500). `GET …/scimattribute/idpId/{idpId}/attributeId/{attributeId}` (listScimAttributeValues) */
  listValues(idpId: PathParam<"listScimAttributeValues", "idpId">, attributeId: PathParam<"listScimAttributeValues", "attributeId">, query?: Query<"listScimAttributeValues">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listScimAttributeValues">>;
  /** List the values of a SCIM attribute: every item, as an array. `GET …/scimattribute/idpId/{idpId}/attributeId/{attributeId}` (listScimAttributeValues) */
  listAllValues(idpId: PathParam<"listScimAttributeValues", "idpId">, attributeId: PathParam<"listScimAttributeValues", "attributeId">, query?: Query<"listScimAttributeValues">, options?: RequestOptions): Promise<ListItemOf<"listScimAttributeValues">[]>;
  /** Read a SCIM group. `GET …/scimgroup/{scimGroupId}` (getScimGroup) */
  get(scimGroupId: PathParam<"getScimGroup", "scimGroupId">, options?: RequestOptions): Promise<Result<"getScimGroup">>;
  /** List the SCIM groups of an IdP: every item, page after page (numbered pages of up to 500). `GET …/scimgroup/idpId/{idpId}` (listScimGroups) */
  list(idpId: PathParam<"listScimGroups", "idpId">, query?: Query<"listScimGroups">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listScimGroups">>;
  /** List the SCIM groups of an IdP: every item, as an array. `GET …/scimgroup/idpId/{idpId}` (listScimGroups) */
  listAll(idpId: PathParam<"listScimGroups", "idpId">, query?: Query<"listScimGroups">, options?: RequestOptions): Promise<ListItemOf<"listScimGroups">[]>;
}

/** Builds the `scim` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const scim = (core: ZpaClientCore): ScimNamespace =>
  bindFamily(core, [
    ["listScimAttributes", "GET", `${base}/idp/{idpId}/scimattribute`, 2, "listScimAttributes", 0, "page", "pagesize", 500],
    ["getScimAttribute", "GET", `${base}/idp/{idpId}/scimattribute/{scimAttributeId}`, 0, "getScimAttribute", 0],
    ["listValues", "GET", `${userconfigV1}/scimattribute/idpId/{idpId}/attributeId/{attributeId}`, 2, "listScimAttributeValues", 0, "page", "pagesize", 500],
    ["get", "GET", `${userconfigV1}/scimgroup/{scimGroupId}`, 0, "getScimGroup", 0],
    ["list", "GET", `${userconfigV1}/scimgroup/idpId/{idpId}`, 2, "listScimGroups", 0, "page", "pagesize", 500],
  ]);
