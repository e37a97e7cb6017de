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

/** A TrustedNetwork as the server returns it. */
export type TrustedNetwork = components["schemas"]["TrustedNetwork"];

/** `client.trustedNetworks`: Trusted networks (3 operations; pages: trusted-networks, obtaining-trusted-network-details-using-api). */
export interface TrustedNetworksNamespace {
  /** List trusted networks (v1 path): every item, page after page (numbered pages of up to 500). `GET …/network` (listTrustedNetworks) */
  list(query?: Query<"listTrustedNetworks">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listTrustedNetworks">>;
  /** List trusted networks (v1 path): every item, as an array. `GET …/network` (listTrustedNetworks) */
  listAll(query?: Query<"listTrustedNetworks">, options?: RequestOptions): Promise<ListItemOf<"listTrustedNetworks">[]>;
  /** Read a trusted network. `GET …/network/{id}` (getTrustedNetwork) */
  get(id: PathParam<"getTrustedNetwork", "id">, options?: RequestOptions): Promise<Result<"getTrustedNetwork">>;
  /** List trusted networks: every item, page after page (numbered pages of up to 500). `GET …/network` (listTrustedNetworksV2) */
  listV2(query?: Query<"listTrustedNetworksV2">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listTrustedNetworksV2">>;
  /** List trusted networks: every item, as an array. `GET …/network` (listTrustedNetworksV2) */
  listAllV2(query?: Query<"listTrustedNetworksV2">, options?: RequestOptions): Promise<ListItemOf<"listTrustedNetworksV2">[]>;
}

/** Builds the `trustedNetworks` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const trustedNetworks = (core: ZpaClientCore): TrustedNetworksNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/network`, 2, "listTrustedNetworks", 0, "page", "pagesize", 500],
    ["get", "GET", `${base}/network/{id}`, 0, "getTrustedNetwork", 0],
    ["listV2", "GET", `${mgmtconfigV2}/network`, 2, "listTrustedNetworksV2", 0, "page", "pagesize", 500],
  ]);
