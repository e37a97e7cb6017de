/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { Body, Query, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base } from "../prefixes.gen";

/** A ClientSetting as the server returns it. */
export type ClientSetting = components["schemas"]["ClientSetting"];

/** `client.clientSettings`: Client settings (4 operations; pages: managing-client-settings-using-api). */
export interface ClientSettingsNamespace {
  /** List the client settings in use. `GET …/clientSetting` (listClientSettings) */
  list(options?: RequestOptions): Promise<Result<"listClientSettings">>;
  /** Set the enrollment certificate of a client type. `POST …/clientSetting` (upsertClientSetting) */
  upsert(body: Body<"upsertClientSetting">, options?: RequestOptions): Promise<Result<"upsertClientSetting">>;
  /** Remove the client setting of a client type. `DELETE …/clientSetting` (deleteClientSetting) */
  delete(query: Query<"deleteClientSetting">, options?: RequestOptions): Promise<Result<"deleteClientSetting">>;
  /** List all client settings. `GET …/clientSetting/all` (listAllClientSettings) */
  listAll(options?: RequestOptions): Promise<Result<"listAllClientSettings">>;
}

/** Builds the `clientSettings` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const clientSettings = (core: ZpaClientCore): ClientSettingsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/clientSetting`, 0, "listClientSettings", 0],
    ["upsert", "POST", `${base}/clientSetting`, 1, "upsertClientSetting", 0],
    ["delete", "DELETE", `${base}/clientSetting`, 2, "deleteClientSetting", 0],
    ["listAll", "GET", `${base}/clientSetting/all`, 0, "listAllClientSettings", 0],
  ]);
