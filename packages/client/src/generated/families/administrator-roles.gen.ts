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

/** A Role as the server returns it. */
export type Role = components["schemas"]["Role"];

/** `client.administratorRoles`: Administrator roles (6 operations; pages: managing-administrator-roles-using-api). */
export interface AdministratorRolesNamespace {
  /** List the default permission groups. `GET …/permissionGroups` (listPermissionGroups) */
  listPermissionGroups(options?: RequestOptions): Promise<Result<"listPermissionGroups">>;
  /** List administrator roles: every item, page after page (numbered pages of up to 500). `GET …/roles` (listRoles) */
  list(query?: Query<"listRoles">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listRoles">>;
  /** List administrator roles: every item, as an array. `GET …/roles` (listRoles) */
  listAll(query?: Query<"listRoles">, options?: RequestOptions): Promise<ListItemOf<"listRoles">[]>;
  /** Create an administrator role. `POST …/roles` (createRole) */
  create(body: Body<"createRole">, query?: Query<"createRole">, options?: RequestOptions): Promise<Result<"createRole">>;
  /** Read an administrator role. `GET …/roles/{roleId}` (getRole) */
  get(roleId: PathParam<"getRole", "roleId">, query?: Query<"getRole">, options?: RequestOptions): Promise<Result<"getRole">>;
  /** Update an administrator role. `PUT …/roles/{roleId}` (updateRole) */
  update(roleId: PathParam<"updateRole", "roleId">, body: Body<"updateRole">, query?: Query<"updateRole">, options?: RequestOptions): Promise<Result<"updateRole">>;
  /** Delete an administrator role. `DELETE …/roles/{roleId}` (deleteRole) */
  delete(roleId: PathParam<"deleteRole", "roleId">, query?: Query<"deleteRole">, options?: RequestOptions): Promise<Result<"deleteRole">>;
}

/** Builds the `administratorRoles` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const administratorRoles = (core: ZpaClientCore): AdministratorRolesNamespace =>
  bindFamily(core, [
    ["listPermissionGroups", "GET", `${base}/permissionGroups`, 0, "listPermissionGroups", 0],
    ["list", "GET", `${base}/roles`, 2, "listRoles", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/roles`, 3, "createRole", 1],
    ["get", "GET", `${base}/roles/{roleId}`, 2, "getRole", 1],
    ["update", "PUT", `${base}/roles/{roleId}`, 3, "updateRole", 1],
    ["delete", "DELETE", `${base}/roles/{roleId}`, 2, "deleteRole", 1],
  ]);
