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

/** A PrivateCloudController as the server returns it. */
export type PrivateCloudController = components["schemas"]["PrivateCloudController"];

/** `client.privateCloudControllers`: Private Cloud Controllers (5 operations; pages: private-cloud-controller-management-zpa-api-reference, managing-private-cloud-controllers-using-api). */
export interface PrivateCloudControllersNamespace {
  /** List Private Cloud Controllers: every item, page after page (numbered pages of up to 500). `GET …/privateCloudController` (listPrivateCloudControllers) */
  list(query?: Query<"listPrivateCloudControllers">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listPrivateCloudControllers">>;
  /** List Private Cloud Controllers: every item, as an array. `GET …/privateCloudController` (listPrivateCloudControllers) */
  listAll(query?: Query<"listPrivateCloudControllers">, options?: RequestOptions): Promise<ListItemOf<"listPrivateCloudControllers">[]>;
  /** Get a Private Cloud Controller. `GET …/privateCloudController/{privateCloudControllerId}` (getPrivateCloudController) */
  get(privateCloudControllerId: PathParam<"getPrivateCloudController", "privateCloudControllerId">, query?: Query<"getPrivateCloudController">, options?: RequestOptions): Promise<Result<"getPrivateCloudController">>;
  /** Update a Private Cloud Controller. `PUT …/privateCloudController/{privateCloudControllerId}` (updatePrivateCloudController) */
  update(privateCloudControllerId: PathParam<"updatePrivateCloudController", "privateCloudControllerId">, body: Body<"updatePrivateCloudController">, query?: Query<"updatePrivateCloudController">, options?: RequestOptions): Promise<Result<"updatePrivateCloudController">>;
  /** Delete a Private Cloud Controller. `DELETE …/privateCloudController/{privateCloudControllerId}` (deletePrivateCloudController) */
  delete(privateCloudControllerId: PathParam<"deletePrivateCloudController", "privateCloudControllerId">, query?: Query<"deletePrivateCloudController">, options?: RequestOptions): Promise<Result<"deletePrivateCloudController">>;
  /** Restart a Private Cloud Controller. `PUT …/privateCloudController/{privateCloudControllerId}/restart` (restartPrivateCloudController) */
  restart(privateCloudControllerId: PathParam<"restartPrivateCloudController", "privateCloudControllerId">, query?: Query<"restartPrivateCloudController">, options?: RequestOptions): Promise<Result<"restartPrivateCloudController">>;
}

/** Builds the `privateCloudControllers` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const privateCloudControllers = (core: ZpaClientCore): PrivateCloudControllersNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/privateCloudController`, 2, "listPrivateCloudControllers", 1, "page", "pagesize", 500],
    ["get", "GET", `${base}/privateCloudController/{privateCloudControllerId}`, 2, "getPrivateCloudController", 1],
    ["update", "PUT", `${base}/privateCloudController/{privateCloudControllerId}`, 3, "updatePrivateCloudController", 1],
    ["delete", "DELETE", `${base}/privateCloudController/{privateCloudControllerId}`, 2, "deletePrivateCloudController", 1],
    ["restart", "PUT", `${base}/privateCloudController/{privateCloudControllerId}/restart`, 2, "restartPrivateCloudController", 1],
  ]);
