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

/** A Microtenant as the server returns it. */
export type Microtenant = components["schemas"]["Microtenant"];

/** `client.microtenants`: Microtenants (8 operations; pages: delegated-tenant-administration, configuring-microtenants-using-api). */
export interface MicrotenantsNamespace {
  /** List Microtenants: every item, page after page (numbered pages of up to 500). `GET …/microtenants` (listMicrotenants) */
  list(query?: Query<"listMicrotenants">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listMicrotenants">>;
  /** List Microtenants: every item, as an array. `GET …/microtenants` (listMicrotenants) */
  listAll(query?: Query<"listMicrotenants">, options?: RequestOptions): Promise<ListItemOf<"listMicrotenants">[]>;
  /** Create a Microtenant. `POST …/microtenants` (createMicrotenant) */
  create(body: Body<"createMicrotenant">, options?: RequestOptions): Promise<Result<"createMicrotenant">>;
  /** Get a Microtenant. `GET …/microtenants/{microtenantId}` (getMicrotenant) */
  get(microtenantId: PathParam<"getMicrotenant", "microtenantId">, options?: RequestOptions): Promise<Result<"getMicrotenant">>;
  /** Update a Microtenant. `PUT …/microtenants/{microtenantId}` (updateMicrotenant) */
  update(microtenantId: PathParam<"updateMicrotenant", "microtenantId">, body: Body<"updateMicrotenant">, options?: RequestOptions): Promise<Result<"updateMicrotenant">>;
  /** Delete a Microtenant. `DELETE …/microtenants/{microtenantId}` (deleteMicrotenant) */
  delete(microtenantId: PathParam<"deleteMicrotenant", "microtenantId">, options?: RequestOptions): Promise<Result<"deleteMicrotenant">>;
  /** Search Microtenants. `POST …/microtenants/search` (searchMicrotenants) */
  search(body: Body<"searchMicrotenants">, options?: RequestOptions): Promise<Result<"searchMicrotenants">>;
  /** List Microtenant names and ids. `GET …/microtenants/summary` (getMicrotenantSummary) */
  getSummary(options?: RequestOptions): Promise<Result<"getMicrotenantSummary">>;
  /** Describe the current session. `GET /mgmtconfig/v1/admin/me` (getCurrentSession) */
  getCurrentSession(options?: RequestOptions): Promise<Result<"getCurrentSession">>;
}

/** Builds the `microtenants` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const microtenants = (core: ZpaClientCore): MicrotenantsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/microtenants`, 2, "listMicrotenants", 0, "page", "pagesize", 500],
    ["create", "POST", `${base}/microtenants`, 1, "createMicrotenant", 0],
    ["get", "GET", `${base}/microtenants/{microtenantId}`, 0, "getMicrotenant", 0],
    ["update", "PUT", `${base}/microtenants/{microtenantId}`, 1, "updateMicrotenant", 0],
    ["delete", "DELETE", `${base}/microtenants/{microtenantId}`, 0, "deleteMicrotenant", 0],
    ["search", "POST", `${base}/microtenants/search`, 1, "searchMicrotenants", 0],
    ["getSummary", "GET", `${base}/microtenants/summary`, 0, "getMicrotenantSummary", 0],
    ["getCurrentSession", "GET", "/mgmtconfig/v1/admin/me", 0, "getCurrentSession", 0],
  ]);
