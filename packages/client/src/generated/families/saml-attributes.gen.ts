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
import { base, mgmtconfigV2 } from "../prefixes.gen";

/** A SamlAttribute as the server returns it. */
export type SamlAttribute = components["schemas"]["SamlAttribute"];

/** `client.samlAttributes`: SAML attributes (3 operations; pages: saml-attributes, obtaining-saml-attribute-details-using-api). */
export interface SamlAttributesNamespace {
  /** Read a SAML attribute. `GET …/samlAttribute/{attrId}` (getSamlAttribute) */
  get(attrId: PathParam<"getSamlAttribute", "attrId">, options?: RequestOptions): Promise<Result<"getSamlAttribute">>;
  /** List SAML attributes: every item, page after page (numbered pages of up to 500). `GET …/samlAttribute` (listSamlAttributes) */
  list(query?: Query<"listSamlAttributes">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listSamlAttributes">>;
  /** List SAML attributes: every item, as an array. `GET …/samlAttribute` (listSamlAttributes) */
  listAll(query?: Query<"listSamlAttributes">, options?: RequestOptions): Promise<ListItemOf<"listSamlAttributes">[]>;
  /** List the SAML attributes of an IdP: every item, page after page (numbered pages of up to 500). `GET …/samlAttribute/idp/{idpId}` (listSamlAttributesByIdp) */
  listByIdp(idpId: PathParam<"listSamlAttributesByIdp", "idpId">, query?: Query<"listSamlAttributesByIdp">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listSamlAttributesByIdp">>;
  /** List the SAML attributes of an IdP: every item, as an array. `GET …/samlAttribute/idp/{idpId}` (listSamlAttributesByIdp) */
  listAllByIdp(idpId: PathParam<"listSamlAttributesByIdp", "idpId">, query?: Query<"listSamlAttributesByIdp">, options?: RequestOptions): Promise<ListItemOf<"listSamlAttributesByIdp">[]>;
}

/** Builds the `samlAttributes` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const samlAttributes = (core: ZpaClientCore): SamlAttributesNamespace =>
  bindFamily(core, [
    ["get", "GET", `${base}/samlAttribute/{attrId}`, 0, "getSamlAttribute", 0],
    ["list", "GET", `${mgmtconfigV2}/samlAttribute`, 2, "listSamlAttributes", 0, "page", "pagesize", 500],
    ["listByIdp", "GET", `${mgmtconfigV2}/samlAttribute/idp/{idpId}`, 2, "listSamlAttributesByIdp", 0, "page", "pagesize", 500],
  ]);
