/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { Body, PathParam, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base } from "../prefixes.gen";

/** A VirtualIpRange as the server returns it. */
export type VirtualIpRange = components["schemas"]["VirtualIpRange"];

/** `client.virtualIpRanges`: Zscaler virtual IP address ranges (6 operations; pages: zscaler-virtual-ip-address-range-management, configuring-zscaler-virtual-ip-address-ranges-using-api). */
export interface VirtualIpRangesNamespace {
  /** List virtual IP address ranges. `GET …/v2/ipRanges` (listVirtualIpRanges) */
  list(options?: RequestOptions): Promise<Result<"listVirtualIpRanges">>;
  /** Create a virtual IP address range. `POST …/v2/ipRanges` (createVirtualIpRange) */
  create(body: Body<"createVirtualIpRange">, options?: RequestOptions): Promise<Result<"createVirtualIpRange">>;
  /** Get a virtual IP address range. `GET …/v2/ipRanges/{ipRangeId}` (getVirtualIpRange) */
  get(ipRangeId: PathParam<"getVirtualIpRange", "ipRangeId">, options?: RequestOptions): Promise<Result<"getVirtualIpRange">>;
  /** Replace a virtual IP address range. `PUT …/v2/ipRanges/{ipRangeId}` (updateVirtualIpRange) */
  update(ipRangeId: PathParam<"updateVirtualIpRange", "ipRangeId">, body: Body<"updateVirtualIpRange">, options?: RequestOptions): Promise<Result<"updateVirtualIpRange">>;
  /** Delete a virtual IP address range. `DELETE …/v2/ipRanges/{ipRangeId}` (deleteVirtualIpRange) */
  delete(ipRangeId: PathParam<"deleteVirtualIpRange", "ipRangeId">, options?: RequestOptions): Promise<Result<"deleteVirtualIpRange">>;
  /** Search virtual IP address ranges. `POST …/v2/ipRanges/search` (searchVirtualIpRanges) */
  search(body: Body<"searchVirtualIpRanges">, options?: RequestOptions): Promise<Result<"searchVirtualIpRanges">>;
}

/** Builds the `virtualIpRanges` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const virtualIpRanges = (core: ZpaClientCore): VirtualIpRangesNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/v2/ipRanges`, 0, "listVirtualIpRanges", 0],
    ["create", "POST", `${base}/v2/ipRanges`, 1, "createVirtualIpRange", 0],
    ["get", "GET", `${base}/v2/ipRanges/{ipRangeId}`, 0, "getVirtualIpRange", 0],
    ["update", "PUT", `${base}/v2/ipRanges/{ipRangeId}`, 1, "updateVirtualIpRange", 0],
    ["delete", "DELETE", `${base}/v2/ipRanges/{ipRangeId}`, 0, "deleteVirtualIpRange", 0],
    ["search", "POST", `${base}/v2/ipRanges/search`, 1, "searchVirtualIpRanges", 0],
  ]);
