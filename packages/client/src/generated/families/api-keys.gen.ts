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

/** An ApiKey as the server returns it. */
export type ApiKey = components["schemas"]["ApiKey"];

/** `client.apiKeys`: API keys (5 operations; pages: api-key-management-zpa-api-reference, configuring-api-keys-using-api). */
export interface ApiKeysNamespace {
  /** List API keys: every item, page after page (numbered pages of up to 500). `GET …/apiKeys` (listApiKeys) */
  list(query?: Query<"listApiKeys">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listApiKeys">>;
  /** List API keys: every item, as an array. `GET …/apiKeys` (listApiKeys) */
  listAll(query?: Query<"listApiKeys">, options?: RequestOptions): Promise<ListItemOf<"listApiKeys">[]>;
  /** Create an API key. `POST …/apiKeys` (createApiKey) */
  create(body: Body<"createApiKey">, query?: Query<"createApiKey">, options?: RequestOptions): Promise<Result<"createApiKey">>;
  /** Get an API key. `GET …/apiKeys/{id}` (getApiKey) */
  get(id: PathParam<"getApiKey", "id">, query?: Query<"getApiKey">, options?: RequestOptions): Promise<Result<"getApiKey">>;
  /** Update an API key. `PUT …/apiKeys/{id}` (updateApiKey) */
  update(id: PathParam<"updateApiKey", "id">, body: Body<"updateApiKey">, query?: Query<"updateApiKey">, options?: RequestOptions): Promise<Result<"updateApiKey">>;
  /** Delete an API key. `DELETE …/apiKeys/{id}` (deleteApiKey) */
  delete(id: PathParam<"deleteApiKey", "id">, query?: Query<"deleteApiKey">, options?: RequestOptions): Promise<Result<"deleteApiKey">>;
}

/** Builds the `apiKeys` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const apiKeys = (core: ZpaClientCore): ApiKeysNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/apiKeys`, 2, "listApiKeys", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/apiKeys`, 3, "createApiKey", 1],
    ["get", "GET", `${base}/apiKeys/{id}`, 2, "getApiKey", 1],
    ["update", "PUT", `${base}/apiKeys/{id}`, 3, "updateApiKey", 1],
    ["delete", "DELETE", `${base}/apiKeys/{id}`, 2, "deleteApiKey", 1],
  ]);
