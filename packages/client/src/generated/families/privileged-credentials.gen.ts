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

/** A PraCredential as the server returns it. */
export type PraCredential = components["schemas"]["PraCredential"];

/** `client.privilegedCredentials`: Privileged credentials (6 operations; pages: privileged-credential-management, configuring-privileged-credentials-using-api). */
export interface PrivilegedCredentialsNamespace {
  /** List privileged credentials: every item, page after page (numbered pages of up to 500). `GET …/credential` (listPraCredentials) */
  list(query?: Query<"listPraCredentials">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listPraCredentials">>;
  /** List privileged credentials: every item, as an array. `GET …/credential` (listPraCredentials) */
  listAll(query?: Query<"listPraCredentials">, options?: RequestOptions): Promise<ListItemOf<"listPraCredentials">[]>;
  /** Create a privileged credential. `POST …/credential` (createPraCredential) */
  create(body: Body<"createPraCredential">, query?: Query<"createPraCredential">, options?: RequestOptions): Promise<Result<"createPraCredential">>;
  /** Get a privileged credential. `GET …/credential/{id}` (getPraCredential) */
  get(id: PathParam<"getPraCredential", "id">, query?: Query<"getPraCredential">, options?: RequestOptions): Promise<Result<"getPraCredential">>;
  /** Update a privileged credential. `PUT …/credential/{id}` (updatePraCredential) */
  update(id: PathParam<"updatePraCredential", "id">, body: Body<"updatePraCredential">, query?: Query<"updatePraCredential">, options?: RequestOptions): Promise<Result<"updatePraCredential">>;
  /** Delete a privileged credential. `DELETE …/credential/{id}` (deletePraCredential) */
  delete(id: PathParam<"deletePraCredential", "id">, query?: Query<"deletePraCredential">, options?: RequestOptions): Promise<Result<"deletePraCredential">>;
  /** Move a privileged credential to another Microtenant. `POST …/credential/{id}/move` (movePraCredential) */
  move(id: PathParam<"movePraCredential", "id">, query: Query<"movePraCredential">, options?: RequestOptions): Promise<Result<"movePraCredential">>;
}

/** Builds the `privilegedCredentials` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const privilegedCredentials = (core: ZpaClientCore): PrivilegedCredentialsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/credential`, 2, "listPraCredentials", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/credential`, 3, "createPraCredential", 1],
    ["get", "GET", `${base}/credential/{id}`, 2, "getPraCredential", 1],
    ["update", "PUT", `${base}/credential/{id}`, 3, "updatePraCredential", 1],
    ["delete", "DELETE", `${base}/credential/{id}`, 2, "deletePraCredential", 1],
    ["move", "POST", `${base}/credential/{id}/move`, 2, "movePraCredential", 1],
  ]);
