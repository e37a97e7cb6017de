/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { ListItemOf, PathParam, Query, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base, mgmtconfigV2 } from "../prefixes.gen";

/** A PostureProfile as the server returns it. */
export type PostureProfile = components["schemas"]["PostureProfile"];

/** `client.postureProfiles`: Posture profiles (3 operations; pages: posture-profiles, obtaining-posture-profile-details-using-api). */
export interface PostureProfilesNamespace {
  /** List posture profiles (v1 path). `GET …/posture` (listPostureProfiles) */
  list(query?: Query<"listPostureProfiles">, options?: RequestOptions): Promise<Result<"listPostureProfiles">>;
  /** Read a posture profile. `GET …/posture/{id}` (getPostureProfile) */
  get(id: PathParam<"getPostureProfile", "id">, options?: RequestOptions): Promise<Result<"getPostureProfile">>;
  /** List posture profiles: every item, page after page (numbered pages of up to 500). `GET …/posture` (listPostureProfilesV2) */
  listV2(query?: Query<"listPostureProfilesV2">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listPostureProfilesV2">>;
  /** List posture profiles: every item, as an array. `GET …/posture` (listPostureProfilesV2) */
  listAllV2(query?: Query<"listPostureProfilesV2">, options?: RequestOptions): Promise<ListItemOf<"listPostureProfilesV2">[]>;
}

/** Builds the `postureProfiles` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const postureProfiles = (core: ZpaClientCore): PostureProfilesNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/posture`, 2, "listPostureProfiles", 0],
    ["get", "GET", `${base}/posture/{id}`, 0, "getPostureProfile", 0],
    ["listV2", "GET", `${mgmtconfigV2}/posture`, 2, "listPostureProfilesV2", 0, "page", "pagesize", 500],
  ]);
