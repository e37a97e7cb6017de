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

/** A ProvisioningKey as the server returns it. */
export type ProvisioningKey = components["schemas"]["ProvisioningKey"];

/** `client.provisioningKeys`: Provisioning keys (5 operations; pages: provisioning-key-management, configuring-provisioning-keys-using-api). */
export interface ProvisioningKeysNamespace {
  /** List provisioning keys: every item, page after page (numbered pages of up to 500). `GET …/associationType/{associationType}/provisioningKey` (listProvisioningKeys) */
  list(associationType: PathParam<"listProvisioningKeys", "associationType">, query?: Query<"listProvisioningKeys">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listProvisioningKeys">>;
  /** List provisioning keys: every item, as an array. `GET …/associationType/{associationType}/provisioningKey` (listProvisioningKeys) */
  listAll(associationType: PathParam<"listProvisioningKeys", "associationType">, query?: Query<"listProvisioningKeys">, options?: RequestOptions): Promise<ListItemOf<"listProvisioningKeys">[]>;
  /** Create a provisioning key. `POST …/associationType/{associationType}/provisioningKey` (createProvisioningKey) */
  create(associationType: PathParam<"createProvisioningKey", "associationType">, body: Body<"createProvisioningKey">, query?: Query<"createProvisioningKey">, options?: RequestOptions): Promise<Result<"createProvisioningKey">>;
  /** Get a provisioning key. `GET …/associationType/{associationType}/provisioningKey/{provisioningKeyId}` (getProvisioningKey) */
  get(associationType: PathParam<"getProvisioningKey", "associationType">, provisioningKeyId: PathParam<"getProvisioningKey", "provisioningKeyId">, query?: Query<"getProvisioningKey">, options?: RequestOptions): Promise<Result<"getProvisioningKey">>;
  /** Replace a provisioning key. `PUT …/associationType/{associationType}/provisioningKey/{provisioningKeyId}` (updateProvisioningKey) */
  update(associationType: PathParam<"updateProvisioningKey", "associationType">, provisioningKeyId: PathParam<"updateProvisioningKey", "provisioningKeyId">, body: Body<"updateProvisioningKey">, query?: Query<"updateProvisioningKey">, options?: RequestOptions): Promise<Result<"updateProvisioningKey">>;
  /** Delete a provisioning key. `DELETE …/associationType/{associationType}/provisioningKey/{provisioningKeyId}` (deleteProvisioningKey) */
  delete(associationType: PathParam<"deleteProvisioningKey", "associationType">, provisioningKeyId: PathParam<"deleteProvisioningKey", "provisioningKeyId">, query?: Query<"deleteProvisioningKey">, options?: RequestOptions): Promise<Result<"deleteProvisioningKey">>;
}

/** Builds the `provisioningKeys` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const provisioningKeys = (core: ZpaClientCore): ProvisioningKeysNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/associationType/{associationType}/provisioningKey`, 2, "listProvisioningKeys", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/associationType/{associationType}/provisioningKey`, 3, "createProvisioningKey", 1],
    ["get", "GET", `${base}/associationType/{associationType}/provisioningKey/{provisioningKeyId}`, 2, "getProvisioningKey", 1],
    ["update", "PUT", `${base}/associationType/{associationType}/provisioningKey/{provisioningKeyId}`, 3, "updateProvisioningKey", 1],
    ["delete", "DELETE", `${base}/associationType/{associationType}/provisioningKey/{provisioningKeyId}`, 2, "deleteProvisioningKey", 1],
  ]);
