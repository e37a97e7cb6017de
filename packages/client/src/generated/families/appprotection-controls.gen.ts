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

/** An AppProtectionControl as the server returns it. */
export type AppProtectionControl = components["schemas"]["AppProtectionControl"];

/** A PredefinedAppProtectionControl as the server returns it. */
export type PredefinedAppProtectionControl = components["schemas"]["PredefinedAppProtectionControl"];

/** `client.appProtectionControls`: AppProtection controls (17 operations; pages: appprotection-control-management, configuring-appprotection-controls-using-api). */
export interface AppProtectionControlsNamespace {
  /** Read the supported exception versions. `GET …/exceptions` (getAppProtectionExceptions) */
  getAppProtectionExceptions(options?: RequestOptions): Promise<Result<"getAppProtectionExceptions">>;
  /** List the control actions. `GET …/inspectionControls/actionTypes` (listAppProtectionActionTypes) */
  listAppProtectionActionTypes(options?: RequestOptions): Promise<Result<"listAppProtectionActionTypes">>;
  /** List the control types. `GET …/inspectionControls/controlTypes` (listAppProtectionControlTypes) */
  listTypes(options?: RequestOptions): Promise<Result<"listAppProtectionControlTypes">>;
  /** List the control severities. `GET …/inspectionControls/severityTypes` (listAppProtectionSeverityTypes) */
  listAppProtectionSeverityTypes(options?: RequestOptions): Promise<Result<"listAppProtectionSeverityTypes">>;
  /** List the custom control rule types. `GET /mgmtconfig/v1/admin/inspectionControls/customControlTypes` (getAppProtectionCustomControlTypes) */
  getAppProtectionCustomControlTypes(options?: RequestOptions): Promise<Result<"getAppProtectionCustomControlTypes">>;
  /** List the HTTP methods a custom control can match. `GET …/inspectionControls/custom/httpMethods` (listAppProtectionHttpMethods) */
  listAppProtectionHttpMethods(options?: RequestOptions): Promise<Result<"listAppProtectionHttpMethods">>;
  /** List custom AppProtection controls: every item, page after page (numbered pages of up to 500). `GET …/inspectionControls/custom` (listAppProtectionControls) */
  list(query?: Query<"listAppProtectionControls">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listAppProtectionControls">>;
  /** List custom AppProtection controls: every item, as an array. `GET …/inspectionControls/custom` (listAppProtectionControls) */
  listAll(query?: Query<"listAppProtectionControls">, options?: RequestOptions): Promise<ListItemOf<"listAppProtectionControls">[]>;
  /** Create a custom AppProtection control. `POST …/inspectionControls/custom` (createAppProtectionControl) */
  create(body: Body<"createAppProtectionControl">, options?: RequestOptions): Promise<Result<"createAppProtectionControl">>;
  /** Read a custom AppProtection control. `GET …/inspectionControls/custom/{id}` (getAppProtectionControl) */
  get(id: PathParam<"getAppProtectionControl", "id">, options?: RequestOptions): Promise<Result<"getAppProtectionControl">>;
  /** Replace a custom AppProtection control. `PUT …/inspectionControls/custom/{id}` (updateAppProtectionControl) */
  update(id: PathParam<"updateAppProtectionControl", "id">, body: Body<"updateAppProtectionControl">, options?: RequestOptions): Promise<Result<"updateAppProtectionControl">>;
  /** Delete a custom AppProtection control. `DELETE …/inspectionControls/custom/{id}` (deleteAppProtectionControl) */
  delete(id: PathParam<"deleteAppProtectionControl", "id">, options?: RequestOptions): Promise<Result<"deleteAppProtectionControl">>;
  /** List the profiles that use a custom control. `GET …/inspectionControls/custom/{id}/profiles` (listAppProtectionControlProfiles) */
  listProfiles(id: PathParam<"listAppProtectionControlProfiles", "id">, options?: RequestOptions): Promise<Result<"listAppProtectionControlProfiles">>;
  /** List predefined AppProtection controls. `GET …/inspectionControls/predefined` (listPredefinedAppProtectionControls) */
  listPredefined(query: Query<"listPredefinedAppProtectionControls">, options?: RequestOptions): Promise<Result<"listPredefinedAppProtectionControls">>;
  /** Read a predefined AppProtection control. `GET …/inspectionControls/predefined/{id}` (getPredefinedAppProtectionControl) */
  getPredefined(id: PathParam<"getPredefinedAppProtectionControl", "id">, options?: RequestOptions): Promise<Result<"getPredefinedAppProtectionControl">>;
  /** List predefined Active Directory protection controls. `GET …/inspectionControls/predefined/adp` (listPredefinedAdpControls) */
  listPredefinedAdpControls(query?: Query<"listPredefinedAdpControls">, options?: RequestOptions): Promise<Result<"listPredefinedAdpControls">>;
  /** List predefined API protection controls. `GET …/inspectionControls/predefined/api` (listPredefinedApiControls) */
  listPredefinedApiControls(query?: Query<"listPredefinedApiControls">, options?: RequestOptions): Promise<Result<"listPredefinedApiControls">>;
  /** List the predefined control versions. `GET …/inspectionControls/predefined/versions` (listPredefinedAppProtectionControlVersions) */
  listPredefinedVersions(options?: RequestOptions): Promise<Result<"listPredefinedAppProtectionControlVersions">>;
}

/** Builds the `appProtectionControls` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const appProtectionControls = (core: ZpaClientCore): AppProtectionControlsNamespace =>
  bindFamily(core, [
    ["getAppProtectionExceptions", "GET", `${base}/exceptions`, 0, "getAppProtectionExceptions", 0],
    ["listAppProtectionActionTypes", "GET", `${base}/inspectionControls/actionTypes`, 0, "listAppProtectionActionTypes", 0],
    ["listTypes", "GET", `${base}/inspectionControls/controlTypes`, 0, "listAppProtectionControlTypes", 0],
    ["listAppProtectionSeverityTypes", "GET", `${base}/inspectionControls/severityTypes`, 0, "listAppProtectionSeverityTypes", 0],
    ["getAppProtectionCustomControlTypes", "GET", "/mgmtconfig/v1/admin/inspectionControls/customControlTypes", 0, "getAppProtectionCustomControlTypes", 0],
    ["listAppProtectionHttpMethods", "GET", `${base}/inspectionControls/custom/httpMethods`, 0, "listAppProtectionHttpMethods", 0],
    ["list", "GET", `${base}/inspectionControls/custom`, 2, "listAppProtectionControls", 0, "page", "pagesize", 500],
    ["create", "POST", `${base}/inspectionControls/custom`, 1, "createAppProtectionControl", 0],
    ["get", "GET", `${base}/inspectionControls/custom/{id}`, 0, "getAppProtectionControl", 0],
    ["update", "PUT", `${base}/inspectionControls/custom/{id}`, 1, "updateAppProtectionControl", 0],
    ["delete", "DELETE", `${base}/inspectionControls/custom/{id}`, 0, "deleteAppProtectionControl", 0],
    ["listProfiles", "GET", `${base}/inspectionControls/custom/{id}/profiles`, 0, "listAppProtectionControlProfiles", 0],
    ["listPredefined", "GET", `${base}/inspectionControls/predefined`, 2, "listPredefinedAppProtectionControls", 0],
    ["getPredefined", "GET", `${base}/inspectionControls/predefined/{id}`, 0, "getPredefinedAppProtectionControl", 0],
    ["listPredefinedAdpControls", "GET", `${base}/inspectionControls/predefined/adp`, 2, "listPredefinedAdpControls", 0],
    ["listPredefinedApiControls", "GET", `${base}/inspectionControls/predefined/api`, 2, "listPredefinedApiControls", 0],
    ["listPredefinedVersions", "GET", `${base}/inspectionControls/predefined/versions`, 0, "listPredefinedAppProtectionControlVersions", 0],
  ]);
