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

/** An UserPortal as the server returns it. */
export type UserPortal = components["schemas"]["UserPortal"];

/** `client.userPortals`: User portals (5 operations; pages: user-portal-management, configuring-user-portals-using-api). */
export interface UserPortalsNamespace {
  /** List user portals: every item, page after page (numbered pages of up to 500). `GET …/userPortal` (listUserPortals) */
  list(query?: Query<"listUserPortals">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listUserPortals">>;
  /** List user portals: every item, as an array. `GET …/userPortal` (listUserPortals) */
  listAll(query?: Query<"listUserPortals">, options?: RequestOptions): Promise<ListItemOf<"listUserPortals">[]>;
  /** Create a user portal. `POST …/userPortal` (createUserPortal) */
  create(body: Body<"createUserPortal">, query?: Query<"createUserPortal">, options?: RequestOptions): Promise<Result<"createUserPortal">>;
  /** Get a user portal. `GET …/userPortal/{id}` (getUserPortal) */
  get(id: PathParam<"getUserPortal", "id">, query?: Query<"getUserPortal">, options?: RequestOptions): Promise<Result<"getUserPortal">>;
  /** Update a user portal. `PUT …/userPortal/{id}` (updateUserPortal) */
  update(id: PathParam<"updateUserPortal", "id">, body: Body<"updateUserPortal">, query?: Query<"updateUserPortal">, options?: RequestOptions): Promise<Result<"updateUserPortal">>;
  /** Delete a user portal. `DELETE …/userPortal/{id}` (deleteUserPortal) */
  delete(id: PathParam<"deleteUserPortal", "id">, query?: Query<"deleteUserPortal">, options?: RequestOptions): Promise<Result<"deleteUserPortal">>;
}

/** Builds the `userPortals` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const userPortals = (core: ZpaClientCore): UserPortalsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/userPortal`, 2, "listUserPortals", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/userPortal`, 3, "createUserPortal", 1],
    ["get", "GET", `${base}/userPortal/{id}`, 2, "getUserPortal", 1],
    ["update", "PUT", `${base}/userPortal/{id}`, 3, "updateUserPortal", 1],
    ["delete", "DELETE", `${base}/userPortal/{id}`, 2, "deleteUserPortal", 1],
  ]);
