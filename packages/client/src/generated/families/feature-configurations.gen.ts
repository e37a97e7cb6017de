/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { Body, ListItemOf, PathParam, Query, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base } from "../prefixes.gen";

/** A ConfigOverride as the server returns it. */
export type ConfigOverride = components["schemas"]["ConfigOverride"];

/** `client.featureConfigurations`: Feature configurations (4 operations; pages: feature-configuration-management, managing-feature-configurations-using-api). */
export interface FeatureConfigurationsNamespace {
  /** List feature configurations: every item, page after page (numbered pages of up to 500). `GET …/configOverrides` (listConfigOverrides) */
  list(query?: Query<"listConfigOverrides">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listConfigOverrides">>;
  /** List feature configurations: every item, as an array. `GET …/configOverrides` (listConfigOverrides) */
  listAll(query?: Query<"listConfigOverrides">, options?: RequestOptions): Promise<ListItemOf<"listConfigOverrides">[]>;
  /** Create a feature configuration. `POST …/configOverrides` (createConfigOverride) */
  create(body: Body<"createConfigOverride">, options?: RequestOptions): Promise<Result<"createConfigOverride">>;
  /** Get a feature configuration. `GET …/configOverrides/{id}` (getConfigOverride) */
  get(id: PathParam<"getConfigOverride", "id">, options?: RequestOptions): Promise<Result<"getConfigOverride">>;
  /** Update a feature configuration. `PUT …/configOverrides/{id}` (updateConfigOverride) */
  update(id: PathParam<"updateConfigOverride", "id">, body: Body<"updateConfigOverride">, options?: RequestOptions): Promise<Result<"updateConfigOverride">>;
}

/** Builds the `featureConfigurations` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const featureConfigurations = (core: ZpaClientCore): FeatureConfigurationsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/configOverrides`, 2, "listConfigOverrides", 0, "page", "pagesize", 500],
    ["create", "POST", `${base}/configOverrides`, 1, "createConfigOverride", 0],
    ["get", "GET", `${base}/configOverrides/{id}`, 0, "getConfigOverride", 0],
    ["update", "PUT", `${base}/configOverrides/{id}`, 1, "updateConfigOverride", 0],
  ]);
