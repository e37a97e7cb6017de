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

/** A PraConsole as the server returns it. */
export type PraConsole = components["schemas"]["PraConsole"];

/** `client.privilegedConsoles`: Privileged consoles (7 operations; pages: privileged-console-management, configuring-privileged-consoles-using-api). */
export interface PrivilegedConsolesNamespace {
  /** List privileged consoles: every item, page after page (numbered pages of up to 500). `GET …/praConsole` (listPraConsoles) */
  list(query?: Query<"listPraConsoles">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listPraConsoles">>;
  /** List privileged consoles: every item, as an array. `GET …/praConsole` (listPraConsoles) */
  listAll(query?: Query<"listPraConsoles">, options?: RequestOptions): Promise<ListItemOf<"listPraConsoles">[]>;
  /** Create a privileged console. `POST …/praConsole` (createPraConsole) */
  create(body: Body<"createPraConsole">, query?: Query<"createPraConsole">, options?: RequestOptions): Promise<Result<"createPraConsole">>;
  /** Get a privileged console. `GET …/praConsole/{id}` (getPraConsole) */
  get(id: PathParam<"getPraConsole", "id">, query?: Query<"getPraConsole">, options?: RequestOptions): Promise<Result<"getPraConsole">>;
  /** Update a privileged console. `PUT …/praConsole/{id}` (updatePraConsole) */
  update(id: PathParam<"updatePraConsole", "id">, body: Body<"updatePraConsole">, query?: Query<"updatePraConsole">, options?: RequestOptions): Promise<Result<"updatePraConsole">>;
  /** Delete a privileged console. `DELETE …/praConsole/{id}` (deletePraConsole) */
  delete(id: PathParam<"deletePraConsole", "id">, query?: Query<"deletePraConsole">, options?: RequestOptions): Promise<Result<"deletePraConsole">>;
  /** Create several privileged consoles. `POST …/praConsole/bulk` (bulkCreatePraConsoles) */
  bulkCreate(body: Body<"bulkCreatePraConsoles">, query?: Query<"bulkCreatePraConsoles">, options?: RequestOptions): Promise<Result<"bulkCreatePraConsoles">>;
  /** List the consoles of a privileged portal: every item, page after page (numbered pages of up to 500). `GET …/praConsole/praPortal/{portalId}` (listPraConsolesByPraPortal) */
  listByPraPortal(portalId: PathParam<"listPraConsolesByPraPortal", "portalId">, query?: Query<"listPraConsolesByPraPortal">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listPraConsolesByPraPortal">>;
  /** List the consoles of a privileged portal: every item, as an array. `GET …/praConsole/praPortal/{portalId}` (listPraConsolesByPraPortal) */
  listAllByPraPortal(portalId: PathParam<"listPraConsolesByPraPortal", "portalId">, query?: Query<"listPraConsolesByPraPortal">, options?: RequestOptions): Promise<ListItemOf<"listPraConsolesByPraPortal">[]>;
}

/** Builds the `privilegedConsoles` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const privilegedConsoles = (core: ZpaClientCore): PrivilegedConsolesNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/praConsole`, 2, "listPraConsoles", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/praConsole`, 3, "createPraConsole", 1],
    ["get", "GET", `${base}/praConsole/{id}`, 2, "getPraConsole", 1],
    ["update", "PUT", `${base}/praConsole/{id}`, 3, "updatePraConsole", 1],
    ["delete", "DELETE", `${base}/praConsole/{id}`, 2, "deletePraConsole", 1],
    ["bulkCreate", "POST", `${base}/praConsole/bulk`, 3, "bulkCreatePraConsoles", 1],
    ["listByPraPortal", "GET", `${base}/praConsole/praPortal/{portalId}`, 2, "listPraConsolesByPraPortal", 1, "page", "pagesize", 500],
  ]);
