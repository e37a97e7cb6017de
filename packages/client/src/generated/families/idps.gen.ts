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

/** An Idp as the server returns it. */
export type Idp = components["schemas"]["Idp"];

/** `client.idps`: Identity providers (3 operations; pages: idp-configurations, obtaining-idp-configuration-details-using-api). */
export interface IdpsNamespace {
  /** List IdPs (v1 path). `GET …/idp` (listIdps) */
  list(query?: Query<"listIdps">, options?: RequestOptions): Promise<Result<"listIdps">>;
  /** Read an IdP. `GET …/idp/{idpId}` (getIdp) */
  get(idpId: PathParam<"getIdp", "idpId">, options?: RequestOptions): Promise<Result<"getIdp">>;
  /** List IdPs: every item, page after page (numbered pages of up to 500). `GET …/idp` (listIdpsV2) */
  listV2(query?: Query<"listIdpsV2">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listIdpsV2">>;
  /** List IdPs: every item, as an array. `GET …/idp` (listIdpsV2) */
  listAllV2(query?: Query<"listIdpsV2">, options?: RequestOptions): Promise<ListItemOf<"listIdpsV2">[]>;
}

/** Builds the `idps` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const idps = (core: ZpaClientCore): IdpsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/idp`, 2, "listIdps", 0],
    ["get", "GET", `${base}/idp/{idpId}`, 0, "getIdp", 0],
    ["listV2", "GET", `${mgmtconfigV2}/idp`, 2, "listIdpsV2", 0, "page", "pagesize", 500],
  ]);
