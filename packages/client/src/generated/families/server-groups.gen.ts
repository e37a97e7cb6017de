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

/** A ServerGroup as the server returns it. */
export type ServerGroup = components["schemas"]["ServerGroup"];

/** `client.serverGroups`: Server groups (5 operations; pages: server-group-management, configuring-server-groups-using-api). */
export interface ServerGroupsNamespace {
  /** List server groups: every item, page after page (numbered pages of up to 500). `GET …/serverGroup` (listServerGroups) */
  list(query?: Query<"listServerGroups">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listServerGroups">>;
  /** List server groups: every item, as an array. `GET …/serverGroup` (listServerGroups) */
  listAll(query?: Query<"listServerGroups">, options?: RequestOptions): Promise<ListItemOf<"listServerGroups">[]>;
  /** Create a server group. `POST …/serverGroup` (createServerGroup) */
  create(body: Body<"createServerGroup">, query?: Query<"createServerGroup">, options?: RequestOptions): Promise<Result<"createServerGroup">>;
  /** Get a server group. `GET …/serverGroup/{groupId}` (getServerGroup) */
  get(groupId: PathParam<"getServerGroup", "groupId">, query?: Query<"getServerGroup">, options?: RequestOptions): Promise<Result<"getServerGroup">>;
  /** Replace a server group. `PUT …/serverGroup/{groupId}` (updateServerGroup) */
  update(groupId: PathParam<"updateServerGroup", "groupId">, body: Body<"updateServerGroup">, query?: Query<"updateServerGroup">, options?: RequestOptions): Promise<Result<"updateServerGroup">>;
  /** Delete a server group. `DELETE …/serverGroup/{groupId}` (deleteServerGroup) */
  delete(groupId: PathParam<"deleteServerGroup", "groupId">, query?: Query<"deleteServerGroup">, options?: RequestOptions): Promise<Result<"deleteServerGroup">>;
}

/** Builds the `serverGroups` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const serverGroups = (core: ZpaClientCore): ServerGroupsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/serverGroup`, 2, "listServerGroups", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/serverGroup`, 3, "createServerGroup", 1],
    ["get", "GET", `${base}/serverGroup/{groupId}`, 2, "getServerGroup", 1],
    ["update", "PUT", `${base}/serverGroup/{groupId}`, 3, "updateServerGroup", 1],
    ["delete", "DELETE", `${base}/serverGroup/{groupId}`, 2, "deleteServerGroup", 1],
  ]);
