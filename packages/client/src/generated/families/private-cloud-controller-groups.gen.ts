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

/** A PrivateCloudControllerGroup as the server returns it. */
export type PrivateCloudControllerGroup = components["schemas"]["PrivateCloudControllerGroup"];

/** `client.privateCloudControllerGroups`: Private Cloud Controller groups (6 operations; pages: private-cloud-controller-group-management, managing-private-cloud-controller-groups-using-api). */
export interface PrivateCloudControllerGroupsNamespace {
  /** List Private Cloud Controller groups: every item, page after page (numbered pages of up to 500). `GET …/privateCloudControllerGroup` (listPrivateCloudControllerGroups) */
  list(query?: Query<"listPrivateCloudControllerGroups">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listPrivateCloudControllerGroups">>;
  /** List Private Cloud Controller groups: every item, as an array. `GET …/privateCloudControllerGroup` (listPrivateCloudControllerGroups) */
  listAll(query?: Query<"listPrivateCloudControllerGroups">, options?: RequestOptions): Promise<ListItemOf<"listPrivateCloudControllerGroups">[]>;
  /** Create a Private Cloud Controller group. `POST …/privateCloudControllerGroup` (createPrivateCloudControllerGroup) */
  create(body: Body<"createPrivateCloudControllerGroup">, query?: Query<"createPrivateCloudControllerGroup">, options?: RequestOptions): Promise<Result<"createPrivateCloudControllerGroup">>;
  /** Get a Private Cloud Controller group. `GET …/privateCloudControllerGroup/{privateCloudControllerGroupId}` (getPrivateCloudControllerGroup) */
  get(privateCloudControllerGroupId: PathParam<"getPrivateCloudControllerGroup", "privateCloudControllerGroupId">, query?: Query<"getPrivateCloudControllerGroup">, options?: RequestOptions): Promise<Result<"getPrivateCloudControllerGroup">>;
  /** Replace a Private Cloud Controller group. `PUT …/privateCloudControllerGroup/{privateCloudControllerGroupId}` (updatePrivateCloudControllerGroup) */
  update(privateCloudControllerGroupId: PathParam<"updatePrivateCloudControllerGroup", "privateCloudControllerGroupId">, body: Body<"updatePrivateCloudControllerGroup">, query?: Query<"updatePrivateCloudControllerGroup">, options?: RequestOptions): Promise<Result<"updatePrivateCloudControllerGroup">>;
  /** Delete a Private Cloud Controller group. `DELETE …/privateCloudControllerGroup/{privateCloudControllerGroupId}` (deletePrivateCloudControllerGroup) */
  delete(privateCloudControllerGroupId: PathParam<"deletePrivateCloudControllerGroup", "privateCloudControllerGroupId">, query?: Query<"deletePrivateCloudControllerGroup">, options?: RequestOptions): Promise<Result<"deletePrivateCloudControllerGroup">>;
  /** List Private Cloud Controller group names: every item, page after page (numbered pages of up to 500). `GET …/privateCloudControllerGroup/summary` (listPrivateCloudControllerGroupSummaries) */
  listSummaries(query?: Query<"listPrivateCloudControllerGroupSummaries">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listPrivateCloudControllerGroupSummaries">>;
  /** List Private Cloud Controller group names: every item, as an array. `GET …/privateCloudControllerGroup/summary` (listPrivateCloudControllerGroupSummaries) */
  listAllSummaries(query?: Query<"listPrivateCloudControllerGroupSummaries">, options?: RequestOptions): Promise<ListItemOf<"listPrivateCloudControllerGroupSummaries">[]>;
}

/** Builds the `privateCloudControllerGroups` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const privateCloudControllerGroups = (core: ZpaClientCore): PrivateCloudControllerGroupsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/privateCloudControllerGroup`, 2, "listPrivateCloudControllerGroups", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/privateCloudControllerGroup`, 3, "createPrivateCloudControllerGroup", 1],
    ["get", "GET", `${base}/privateCloudControllerGroup/{privateCloudControllerGroupId}`, 2, "getPrivateCloudControllerGroup", 1],
    ["update", "PUT", `${base}/privateCloudControllerGroup/{privateCloudControllerGroupId}`, 3, "updatePrivateCloudControllerGroup", 1],
    ["delete", "DELETE", `${base}/privateCloudControllerGroup/{privateCloudControllerGroupId}`, 2, "deletePrivateCloudControllerGroup", 1],
    ["listSummaries", "GET", `${base}/privateCloudControllerGroup/summary`, 2, "listPrivateCloudControllerGroupSummaries", 1, "page", "pagesize", 500],
  ]);
