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

/** A PraPortal as the server returns it. */
export type PraPortal = components["schemas"]["PraPortal"];

/** `client.privilegedPortals`: Privileged portals (5 operations; pages: privileged-portal-management, configuring-privileged-portals-using-api). */
export interface PrivilegedPortalsNamespace {
  /** List privileged portals: every item, page after page (numbered pages of up to 500). `GET …/praPortal` (listPraPortals) */
  list(query?: Query<"listPraPortals">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listPraPortals">>;
  /** List privileged portals: every item, as an array. `GET …/praPortal` (listPraPortals) */
  listAll(query?: Query<"listPraPortals">, options?: RequestOptions): Promise<ListItemOf<"listPraPortals">[]>;
  /** Create a privileged portal. `POST …/praPortal` (createPraPortal) */
  create(body: Body<"createPraPortal">, query?: Query<"createPraPortal">, options?: RequestOptions): Promise<Result<"createPraPortal">>;
  /** Get a privileged portal. `GET …/praPortal/{id}` (getPraPortal) */
  get(id: PathParam<"getPraPortal", "id">, query?: Query<"getPraPortal">, options?: RequestOptions): Promise<Result<"getPraPortal">>;
  /** Update a privileged portal. `PUT …/praPortal/{id}` (updatePraPortal) */
  update(id: PathParam<"updatePraPortal", "id">, body: Body<"updatePraPortal">, query?: Query<"updatePraPortal">, options?: RequestOptions): Promise<Result<"updatePraPortal">>;
  /** Delete a privileged portal. `DELETE …/praPortal/{id}` (deletePraPortal) */
  delete(id: PathParam<"deletePraPortal", "id">, query?: Query<"deletePraPortal">, options?: RequestOptions): Promise<Result<"deletePraPortal">>;
}

/** Builds the `privilegedPortals` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const privilegedPortals = (core: ZpaClientCore): PrivilegedPortalsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/praPortal`, 2, "listPraPortals", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/praPortal`, 3, "createPraPortal", 1],
    ["get", "GET", `${base}/praPortal/{id}`, 2, "getPraPortal", 1],
    ["update", "PUT", `${base}/praPortal/{id}`, 3, "updatePraPortal", 1],
    ["delete", "DELETE", `${base}/praPortal/{id}`, 2, "deletePraPortal", 1],
  ]);
