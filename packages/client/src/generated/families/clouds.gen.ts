/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";

/** `client.clouds`: Zscaler clouds (1 operations; pages: zscaler-clouds). */
export interface CloudsNamespace {
  /** List alternative cloud domains. `GET /mgmtconfig/v1/admin/zpathCloud/getAltClouds` (listAltClouds) */
  listAltClouds(options?: RequestOptions): Promise<Result<"listAltClouds">>;
}

/** Builds the `clouds` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const clouds = (core: ZpaClientCore): CloudsNamespace =>
  bindFamily(core, [
    ["listAltClouds", "GET", "/mgmtconfig/v1/admin/zpathCloud/getAltClouds", 0, "listAltClouds", 0],
  ]);
