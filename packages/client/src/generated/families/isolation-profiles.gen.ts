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
import { base, cbiconfigCbi } from "../prefixes.gen";

/** An IsolationProfile as the server returns it. */
export type IsolationProfile = components["schemas"]["IsolationProfile"];

/** A CbiProfile as the server returns it. */
export type CbiProfile = components["schemas"]["CbiProfile"];

/** `client.isolationProfiles`: Isolation profiles (8 operations; pages: isolation-profiles, obtaining-isolation-profile-details-using-api). */
export interface IsolationProfilesNamespace {
  /** List isolation profiles in the isolation service. `GET …/profiles` (listCbiProfiles) */
  list(query?: Query<"listCbiProfiles">, options?: RequestOptions): Promise<Result<"listCbiProfiles">>;
  /** Create an isolation profile. `POST …/profiles` (createCbiProfile) */
  create(body: Body<"createCbiProfile">, query?: Query<"createCbiProfile">, options?: RequestOptions): Promise<Result<"createCbiProfile">>;
  /** Read an isolation profile. `GET …/profiles/{profileId}` (getCbiProfile) */
  get(profileId: PathParam<"getCbiProfile", "profileId">, query?: Query<"getCbiProfile">, options?: RequestOptions): Promise<Result<"getCbiProfile">>;
  /** Replace an isolation profile. `PUT …/profiles/{profileId}` (updateCbiProfile) */
  update(profileId: PathParam<"updateCbiProfile", "profileId">, body: Body<"updateCbiProfile">, query?: Query<"updateCbiProfile">, options?: RequestOptions): Promise<Result<"updateCbiProfile">>;
  /** Delete an isolation profile. `DELETE …/profiles/{profileId}` (deleteCbiProfile) */
  delete(profileId: PathParam<"deleteCbiProfile", "profileId">, query?: Query<"deleteCbiProfile">, options?: RequestOptions): Promise<Result<"deleteCbiProfile">>;
  /** List isolation regions. `GET …/regions` (listCbiRegions) */
  listCbiRegions(options?: RequestOptions): Promise<Result<"listCbiRegions">>;
  /** List the isolation profiles ZPA can use. `GET …/zpaprofiles` (listCbiZpaProfiles) */
  listCbiZpaProfiles(query?: Query<"listCbiZpaProfiles">, options?: RequestOptions): Promise<Result<"listCbiZpaProfiles">>;
  /** List isolation profiles: every item, page after page (numbered pages of up to 500). `GET …/isolation/profiles` (listIsolationProfiles) */
  listIsolationProfiles(query?: Query<"listIsolationProfiles">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listIsolationProfiles">>;
  /** List isolation profiles: every item, as an array. `GET …/isolation/profiles` (listIsolationProfiles) */
  listAllIsolationProfiles(query?: Query<"listIsolationProfiles">, options?: RequestOptions): Promise<ListItemOf<"listIsolationProfiles">[]>;
}

/** Builds the `isolationProfiles` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const isolationProfiles = (core: ZpaClientCore): IsolationProfilesNamespace =>
  bindFamily(core, [
    ["list", "GET", `${cbiconfigCbi}/profiles`, 2, "listCbiProfiles", 0],
    ["create", "POST", `${cbiconfigCbi}/profiles`, 3, "createCbiProfile", 0],
    ["get", "GET", `${cbiconfigCbi}/profiles/{profileId}`, 2, "getCbiProfile", 0],
    ["update", "PUT", `${cbiconfigCbi}/profiles/{profileId}`, 3, "updateCbiProfile", 0],
    ["delete", "DELETE", `${cbiconfigCbi}/profiles/{profileId}`, 2, "deleteCbiProfile", 0],
    ["listCbiRegions", "GET", `${cbiconfigCbi}/regions`, 0, "listCbiRegions", 0],
    ["listCbiZpaProfiles", "GET", `${cbiconfigCbi}/zpaprofiles`, 2, "listCbiZpaProfiles", 0],
    ["listIsolationProfiles", "GET", `${base}/isolation/profiles`, 2, "listIsolationProfiles", 0, "page", "pagesize", 500],
  ]);
