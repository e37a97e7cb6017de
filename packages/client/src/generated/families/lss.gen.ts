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
import { mgmtconfigV2 } from "../prefixes.gen";

/** A LssConfig as the server returns it. */
export type LssConfig = components["schemas"]["LssConfig"];

/** `client.lss`: Log Streaming Service (10 operations; pages: log-streaming-service-lss-configuration, managing-log-streaming-service-configurations-using-api). */
export interface LssNamespace {
  /** List LSS configurations: every item, page after page (numbered pages of up to 500). `GET …/lssConfig` (listLssConfigs) */
  list(query?: Query<"listLssConfigs">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listLssConfigs">>;
  /** List LSS configurations: every item, as an array. `GET …/lssConfig` (listLssConfigs) */
  listAll(query?: Query<"listLssConfigs">, options?: RequestOptions): Promise<ListItemOf<"listLssConfigs">[]>;
  /** Create an LSS configuration. `POST …/lssConfig` (createLssConfig) */
  create(body: Body<"createLssConfig">, options?: RequestOptions): Promise<Result<"createLssConfig">>;
  /** Get an LSS configuration. `GET …/lssConfig/{lssId}` (getLssConfig) */
  get(lssId: PathParam<"getLssConfig", "lssId">, options?: RequestOptions): Promise<Result<"getLssConfig">>;
  /** Update an LSS configuration. `PUT …/lssConfig/{lssId}` (updateLssConfig) */
  update(lssId: PathParam<"updateLssConfig", "lssId">, body: Body<"updateLssConfig">, options?: RequestOptions): Promise<Result<"updateLssConfig">>;
  /** Delete an LSS configuration. `DELETE …/lssConfig/{lssId}` (deleteLssConfig) */
  delete(lssId: PathParam<"deleteLssConfig", "lssId">, options?: RequestOptions): Promise<Result<"deleteLssConfig">>;
  /** Get the log formats (tenant). `GET …/lssConfig/logType/formats` (getLssLogTypeFormats) */
  getLssLogTypeFormats(query?: Query<"getLssLogTypeFormats">, options?: RequestOptions): Promise<Result<"getLssLogTypeFormats">>;
  /** Get the client types (deprecated). `GET /mgmtconfig/v2/admin/lssConfig/clientTypes` (getLssClientTypesGlobal) */
  getLssClientTypesGlobal(options?: RequestOptions): Promise<Result<"getLssClientTypesGlobal">>;
  /** Get the client types. `GET …/clientTypes` (getLssClientTypes) */
  getLssClientTypes(options?: RequestOptions): Promise<Result<"getLssClientTypes">>;
  /** Get the log formats. `GET /mgmtconfig/v2/admin/lssConfig/logType/formats` (getLssLogTypeFormatsGlobal) */
  getLssLogTypeFormatsGlobal(query?: Query<"getLssLogTypeFormatsGlobal">, options?: RequestOptions): Promise<Result<"getLssLogTypeFormatsGlobal">>;
  /** Get the status codes. `GET /mgmtconfig/v2/admin/lssConfig/statusCodes` (getLssStatusCodes) */
  getLssStatusCodes(options?: RequestOptions): Promise<Result<"getLssStatusCodes">>;
}

/** Builds the `lss` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const lss = (core: ZpaClientCore): LssNamespace =>
  bindFamily(core, [
    ["list", "GET", `${mgmtconfigV2}/lssConfig`, 2, "listLssConfigs", 0, "page", "pagesize", 500],
    ["create", "POST", `${mgmtconfigV2}/lssConfig`, 1, "createLssConfig", 0],
    ["get", "GET", `${mgmtconfigV2}/lssConfig/{lssId}`, 0, "getLssConfig", 0],
    ["update", "PUT", `${mgmtconfigV2}/lssConfig/{lssId}`, 1, "updateLssConfig", 0],
    ["delete", "DELETE", `${mgmtconfigV2}/lssConfig/{lssId}`, 0, "deleteLssConfig", 0],
    ["getLssLogTypeFormats", "GET", `${mgmtconfigV2}/lssConfig/logType/formats`, 2, "getLssLogTypeFormats", 0],
    ["getLssClientTypesGlobal", "GET", "/mgmtconfig/v2/admin/lssConfig/clientTypes", 0, "getLssClientTypesGlobal", 0],
    ["getLssClientTypes", "GET", "/mgmtconfig/v2/admin/lssConfig/customers/{customerId}/clientTypes", 0, "getLssClientTypes", 0],
    ["getLssLogTypeFormatsGlobal", "GET", "/mgmtconfig/v2/admin/lssConfig/logType/formats", 2, "getLssLogTypeFormatsGlobal", 0],
    ["getLssStatusCodes", "GET", "/mgmtconfig/v2/admin/lssConfig/statusCodes", 0, "getLssStatusCodes", 0],
  ]);
