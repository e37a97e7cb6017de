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

/** An Administrator as the server returns it. */
export type Administrator = components["schemas"]["Administrator"];

/** `client.administrators`: Administrators (5 operations; pages: managing-administrators-using-api). */
export interface AdministratorsNamespace {
  /** List administrators: every item, page after page (numbered pages of up to 500). `GET …/administrators` (listAdministrators) */
  list(query?: Query<"listAdministrators">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listAdministrators">>;
  /** List administrators: every item, as an array. `GET …/administrators` (listAdministrators) */
  listAll(query?: Query<"listAdministrators">, options?: RequestOptions): Promise<ListItemOf<"listAdministrators">[]>;
  /** Create an administrator. `POST …/administrators` (createAdministrator) */
  create(body: Body<"createAdministrator">, query?: Query<"createAdministrator">, options?: RequestOptions): Promise<Result<"createAdministrator">>;
  /** Read an administrator. `GET …/administrators/{adminId}` (getAdministrator) */
  get(adminId: PathParam<"getAdministrator", "adminId">, query?: Query<"getAdministrator">, options?: RequestOptions): Promise<Result<"getAdministrator">>;
  /** Update an administrator. `PUT …/administrators/{adminId}` (updateAdministrator) */
  update(adminId: PathParam<"updateAdministrator", "adminId">, body: Body<"updateAdministrator">, query?: Query<"updateAdministrator">, options?: RequestOptions): Promise<Result<"updateAdministrator">>;
  /** Delete an administrator. `DELETE …/administrators/{adminId}` (deleteAdministrator) */
  delete(adminId: PathParam<"deleteAdministrator", "adminId">, query?: Query<"deleteAdministrator">, options?: RequestOptions): Promise<Result<"deleteAdministrator">>;
}

/** Builds the `administrators` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const administrators = (core: ZpaClientCore): AdministratorsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/administrators`, 2, "listAdministrators", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/administrators`, 3, "createAdministrator", 1],
    ["get", "GET", `${base}/administrators/{adminId}`, 2, "getAdministrator", 1],
    ["update", "PUT", `${base}/administrators/{adminId}`, 3, "updateAdministrator", 1],
    ["delete", "DELETE", `${base}/administrators/{adminId}`, 2, "deleteAdministrator", 1],
  ]);
