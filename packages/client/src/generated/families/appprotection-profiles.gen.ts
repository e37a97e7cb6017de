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

/** An AppProtectionProfile as the server returns it. */
export type AppProtectionProfile = components["schemas"]["AppProtectionProfile"];

/** `client.appProtectionProfiles`: AppProtection profiles (9 operations; pages: appprotection-profile-management, configuring-appprotection-profiles-using-api). */
export interface AppProtectionProfilesNamespace {
  /** List AppProtection profiles: every item, page after page (numbered pages of up to 500). `GET …/inspectionProfile` (listAppProtectionProfiles) */
  list(query?: Query<"listAppProtectionProfiles">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listAppProtectionProfiles">>;
  /** List AppProtection profiles: every item, as an array. `GET …/inspectionProfile` (listAppProtectionProfiles) */
  listAll(query?: Query<"listAppProtectionProfiles">, options?: RequestOptions): Promise<ListItemOf<"listAppProtectionProfiles">[]>;
  /** Create an AppProtection profile. `POST …/inspectionProfile` (createAppProtectionProfile) */
  create(body: Body<"createAppProtectionProfile">, options?: RequestOptions): Promise<Result<"createAppProtectionProfile">>;
  /** Read an AppProtection profile. `GET …/inspectionProfile/{inspectionProfileId}` (getAppProtectionProfile) */
  get(inspectionProfileId: PathParam<"getAppProtectionProfile", "inspectionProfileId">, options?: RequestOptions): Promise<Result<"getAppProtectionProfile">>;
  /** Replace an AppProtection profile. `PUT …/inspectionProfile/{inspectionProfileId}` (updateAppProtectionProfile) */
  update(inspectionProfileId: PathParam<"updateAppProtectionProfile", "inspectionProfileId">, body: Body<"updateAppProtectionProfile">, options?: RequestOptions): Promise<Result<"updateAppProtectionProfile">>;
  /** Delete an AppProtection profile. `DELETE …/inspectionProfile/{inspectionProfileId}` (deleteAppProtectionProfile) */
  delete(inspectionProfileId: PathParam<"deleteAppProtectionProfile", "inspectionProfileId">, options?: RequestOptions): Promise<Result<"deleteAppProtectionProfile">>;
  /** Add every predefined control of a version to a profile. `PUT …/inspectionProfile/{inspectionProfileId}/associateAllPredefinedControls` (associateAllPredefinedControls) */
  associateAllPredefinedControls(inspectionProfileId: PathParam<"associateAllPredefinedControls", "inspectionProfileId">, query: Query<"associateAllPredefinedControls">, options?: RequestOptions): Promise<Result<"associateAllPredefinedControls">>;
  /** Remove every predefined control from a profile (old path). `PUT …/inspectionProfile/{inspectionProfileId}/deAssociateAllPredefinedControls` (deassociateAllPredefinedControls) */
  deassociateAllPredefinedControls(inspectionProfileId: PathParam<"deassociateAllPredefinedControls", "inspectionProfileId">, options?: RequestOptions): Promise<Result<"deassociateAllPredefinedControls">>;
  /** Remove every predefined control from a profile. `PUT …/inspectionProfile/{inspectionProfileId}/dissociateAllPredefinedControls` (dissociateAllPredefinedControls) */
  dissociateAllPredefinedControls(inspectionProfileId: PathParam<"dissociateAllPredefinedControls", "inspectionProfileId">, options?: RequestOptions): Promise<Result<"dissociateAllPredefinedControls">>;
  /** Change part of an AppProtection profile. `PATCH …/inspectionProfile/{inspectionProfileId}/patch` (patchAppProtectionProfile) */
  patch(inspectionProfileId: PathParam<"patchAppProtectionProfile", "inspectionProfileId">, body: Body<"patchAppProtectionProfile">, options?: RequestOptions): Promise<Result<"patchAppProtectionProfile">>;
}

/** Builds the `appProtectionProfiles` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const appProtectionProfiles = (core: ZpaClientCore): AppProtectionProfilesNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/inspectionProfile`, 2, "listAppProtectionProfiles", 0, "page", "pagesize", 500],
    ["create", "POST", `${base}/inspectionProfile`, 1, "createAppProtectionProfile", 0],
    ["get", "GET", `${base}/inspectionProfile/{inspectionProfileId}`, 0, "getAppProtectionProfile", 0],
    ["update", "PUT", `${base}/inspectionProfile/{inspectionProfileId}`, 1, "updateAppProtectionProfile", 0],
    ["delete", "DELETE", `${base}/inspectionProfile/{inspectionProfileId}`, 0, "deleteAppProtectionProfile", 0],
    ["associateAllPredefinedControls", "PUT", `${base}/inspectionProfile/{inspectionProfileId}/associateAllPredefinedControls`, 2, "associateAllPredefinedControls", 0],
    ["deassociateAllPredefinedControls", "PUT", `${base}/inspectionProfile/{inspectionProfileId}/deAssociateAllPredefinedControls`, 0, "deassociateAllPredefinedControls", 0],
    ["dissociateAllPredefinedControls", "PUT", `${base}/inspectionProfile/{inspectionProfileId}/dissociateAllPredefinedControls`, 0, "dissociateAllPredefinedControls", 0],
    ["patch", "PATCH", `${base}/inspectionProfile/{inspectionProfileId}/patch`, 1, "patchAppProtectionProfile", 0],
  ]);
