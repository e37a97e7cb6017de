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

/** An AppConnector as the server returns it. */
export type AppConnector = components["schemas"]["AppConnector"];

/** An AppConnectorSchedule as the server returns it. */
export type AppConnectorSchedule = components["schemas"]["AppConnectorSchedule"];

/** `client.appConnectors`: App Connectors (8 operations; pages: app-connector-management-api, managing-app-connectors-using-api, configuring-auto-delete-disconnected-app-connectors-using-api). */
export interface AppConnectorsNamespace {
  /** List App Connectors: every item, page after page (numbered pages of up to 500). `GET …/connector` (listAppConnectors) */
  list(query?: Query<"listAppConnectors">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listAppConnectors">>;
  /** List App Connectors: every item, as an array. `GET …/connector` (listAppConnectors) */
  listAll(query?: Query<"listAppConnectors">, options?: RequestOptions): Promise<ListItemOf<"listAppConnectors">[]>;
  /** Get an App Connector. `GET …/connector/{connectorId}` (getAppConnector) */
  get(connectorId: PathParam<"getAppConnector", "connectorId">, query?: Query<"getAppConnector">, options?: RequestOptions): Promise<Result<"getAppConnector">>;
  /** Update an App Connector. `PUT …/connector/{connectorId}` (updateAppConnector) */
  update(connectorId: PathParam<"updateAppConnector", "connectorId">, body: Body<"updateAppConnector">, query?: Query<"updateAppConnector">, options?: RequestOptions): Promise<Result<"updateAppConnector">>;
  /** Delete an App Connector. `DELETE …/connector/{connectorId}` (deleteAppConnector) */
  delete(connectorId: PathParam<"deleteAppConnector", "connectorId">, query?: Query<"deleteAppConnector">, options?: RequestOptions): Promise<Result<"deleteAppConnector">>;
  /** Delete several App Connectors. `POST …/connector/bulkDelete` (bulkDeleteAppConnectors) */
  bulkDelete(body: Body<"bulkDeleteAppConnectors">, query?: Query<"bulkDeleteAppConnectors">, options?: RequestOptions): Promise<Result<"bulkDeleteAppConnectors">>;
  /** Get the App Connector auto-delete schedule. `GET …/connectorSchedule` (getAppConnectorSchedule) */
  getSchedule(query?: Query<"getAppConnectorSchedule">, options?: RequestOptions): Promise<Result<"getAppConnectorSchedule">>;
  /** Set up the App Connector auto-delete schedule. `POST …/connectorSchedule` (createAppConnectorSchedule) */
  createSchedule(body: Body<"createAppConnectorSchedule">, query?: Query<"createAppConnectorSchedule">, options?: RequestOptions): Promise<Result<"createAppConnectorSchedule">>;
  /** Replace the App Connector auto-delete schedule. `PUT …/connectorSchedule/{id}` (updateAppConnectorSchedule) */
  updateSchedule(id: PathParam<"updateAppConnectorSchedule", "id">, body: Body<"updateAppConnectorSchedule">, query?: Query<"updateAppConnectorSchedule">, options?: RequestOptions): Promise<Result<"updateAppConnectorSchedule">>;
}

/** Builds the `appConnectors` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const appConnectors = (core: ZpaClientCore): AppConnectorsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/connector`, 2, "listAppConnectors", 1, "page", "pagesize", 500],
    ["get", "GET", `${base}/connector/{connectorId}`, 2, "getAppConnector", 1],
    ["update", "PUT", `${base}/connector/{connectorId}`, 3, "updateAppConnector", 1],
    ["delete", "DELETE", `${base}/connector/{connectorId}`, 2, "deleteAppConnector", 1],
    ["bulkDelete", "POST", `${base}/connector/bulkDelete`, 3, "bulkDeleteAppConnectors", 1],
    ["getSchedule", "GET", `${base}/connectorSchedule`, 2, "getAppConnectorSchedule", 1],
    ["createSchedule", "POST", `${base}/connectorSchedule`, 3, "createAppConnectorSchedule", 1],
    ["updateSchedule", "PUT", `${base}/connectorSchedule/{id}`, 3, "updateAppConnectorSchedule", 1],
  ]);
