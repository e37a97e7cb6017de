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

/** An EmergencyAccessUser as the server returns it. */
export type EmergencyAccessUser = components["schemas"]["EmergencyAccessUser"];

/** `client.emergencyAccess`: Emergency access users (6 operations; pages: emergency-access-user-management, configuring-emergency-access-users-using-api). */
export interface EmergencyAccessNamespace {
  /** Create an emergency access user. `POST …/emergencyAccess/user` (createEmergencyAccessUser) */
  create(body: Body<"createEmergencyAccessUser">, query?: Query<"createEmergencyAccessUser">, options?: RequestOptions): Promise<Result<"createEmergencyAccessUser">>;
  /** Read an emergency access user. `GET …/emergencyAccess/user/{userId}` (getEmergencyAccessUser) */
  get(userId: PathParam<"getEmergencyAccessUser", "userId">, query?: Query<"getEmergencyAccessUser">, options?: RequestOptions): Promise<Result<"getEmergencyAccessUser">>;
  /** Update an emergency access user. `PUT …/emergencyAccess/user/{userId}` (updateEmergencyAccessUser) */
  update(userId: PathParam<"updateEmergencyAccessUser", "userId">, body: Body<"updateEmergencyAccessUser">, query?: Query<"updateEmergencyAccessUser">, options?: RequestOptions): Promise<Result<"updateEmergencyAccessUser">>;
  /** Activate an emergency access user. `PUT …/emergencyAccess/user/{userId}/activate` (activateEmergencyAccessUser) */
  activate(userId: PathParam<"activateEmergencyAccessUser", "userId">, query?: Query<"activateEmergencyAccessUser">, options?: RequestOptions): Promise<Result<"activateEmergencyAccessUser">>;
  /** Deactivate an emergency access user. `PUT …/emergencyAccess/user/{userId}/deactivate` (deactivateEmergencyAccessUser) */
  deactivate(userId: PathParam<"deactivateEmergencyAccessUser", "userId">, query?: Query<"deactivateEmergencyAccessUser">, options?: RequestOptions): Promise<Result<"deactivateEmergencyAccessUser">>;
  /** List emergency access users: every item, page after page (cursor pages of up to 500). `GET …/emergencyAccess/users` (listEmergencyAccessUsers) */
  list(query?: Query<"listEmergencyAccessUsers">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listEmergencyAccessUsers">>;
  /** List emergency access users: every item, as an array. `GET …/emergencyAccess/users` (listEmergencyAccessUsers) */
  listAll(query?: Query<"listEmergencyAccessUsers">, options?: RequestOptions): Promise<ListItemOf<"listEmergencyAccessUsers">[]>;
}

/** Builds the `emergencyAccess` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const emergencyAccess = (core: ZpaClientCore): EmergencyAccessNamespace =>
  bindFamily(core, [
    ["create", "POST", `${base}/emergencyAccess/user`, 3, "createEmergencyAccessUser", 1],
    ["get", "GET", `${base}/emergencyAccess/user/{userId}`, 2, "getEmergencyAccessUser", 1],
    ["update", "PUT", `${base}/emergencyAccess/user/{userId}`, 3, "updateEmergencyAccessUser", 1],
    ["activate", "PUT", `${base}/emergencyAccess/user/{userId}/activate`, 2, "activateEmergencyAccessUser", 1],
    ["deactivate", "PUT", `${base}/emergencyAccess/user/{userId}/deactivate`, 2, "deactivateEmergencyAccessUser", 1],
    ["list", "GET", `${base}/emergencyAccess/users`, 2, "listEmergencyAccessUsers", 1, "cursor", "pageSize", 500],
  ]);
