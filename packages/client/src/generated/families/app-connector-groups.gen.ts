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

/** An AppConnectorGroup as the server returns it. */
export type AppConnectorGroup = components["schemas"]["AppConnectorGroup"];

/** `client.appConnectorGroups`: App Connector groups (5 operations; pages: app-connector-group-management, configuring-app-connector-groups-using-api). */
export interface AppConnectorGroupsNamespace {
  /** List App Connector groups: every item, page after page (numbered pages of up to 500). `GET …/appConnectorGroup` (listAppConnectorGroups) */
  list(query?: Query<"listAppConnectorGroups">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listAppConnectorGroups">>;
  /** List App Connector groups: every item, as an array. `GET …/appConnectorGroup` (listAppConnectorGroups) */
  listAll(query?: Query<"listAppConnectorGroups">, options?: RequestOptions): Promise<ListItemOf<"listAppConnectorGroups">[]>;
  /** Create an App Connector group. `POST …/appConnectorGroup` (createAppConnectorGroup) */
  create(body: Body<"createAppConnectorGroup">, query?: Query<"createAppConnectorGroup">, options?: RequestOptions): Promise<Result<"createAppConnectorGroup">>;
  /** Get an App Connector group. `GET …/appConnectorGroup/{appConnectorGroupId}` (getAppConnectorGroup) */
  get(appConnectorGroupId: PathParam<"getAppConnectorGroup", "appConnectorGroupId">, query?: Query<"getAppConnectorGroup">, options?: RequestOptions): Promise<Result<"getAppConnectorGroup">>;
  /** Replace an App Connector group. `PUT …/appConnectorGroup/{appConnectorGroupId}` (updateAppConnectorGroup) */
  update(appConnectorGroupId: PathParam<"updateAppConnectorGroup", "appConnectorGroupId">, body: Body<"updateAppConnectorGroup">, query?: Query<"updateAppConnectorGroup">, options?: RequestOptions): Promise<Result<"updateAppConnectorGroup">>;
  /** Delete an App Connector group. `DELETE …/appConnectorGroup/{appConnectorGroupId}` (deleteAppConnectorGroup) */
  delete(appConnectorGroupId: PathParam<"deleteAppConnectorGroup", "appConnectorGroupId">, query?: Query<"deleteAppConnectorGroup">, options?: RequestOptions): Promise<Result<"deleteAppConnectorGroup">>;
}

/** Builds the `appConnectorGroups` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const appConnectorGroups = (core: ZpaClientCore): AppConnectorGroupsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/appConnectorGroup`, 2, "listAppConnectorGroups", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/appConnectorGroup`, 3, "createAppConnectorGroup", 1],
    ["get", "GET", `${base}/appConnectorGroup/{appConnectorGroupId}`, 2, "getAppConnectorGroup", 1],
    ["update", "PUT", `${base}/appConnectorGroup/{appConnectorGroupId}`, 3, "updateAppConnectorGroup", 1],
    ["delete", "DELETE", `${base}/appConnectorGroup/{appConnectorGroupId}`, 2, "deleteAppConnectorGroup", 1],
  ]);
