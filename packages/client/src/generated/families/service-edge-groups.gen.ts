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

/** A ServiceEdgeGroup as the server returns it. */
export type ServiceEdgeGroup = components["schemas"]["ServiceEdgeGroup"];

/** `client.serviceEdgeGroups`: Private Service Edge groups (5 operations; pages: private-service-edge-group-management, configuring-zpa-private-service-edge-groups-using-api). */
export interface ServiceEdgeGroupsNamespace {
  /** List Private Service Edge groups: every item, page after page (numbered pages of up to 500). `GET …/serviceEdgeGroup` (listServiceEdgeGroups) */
  list(query?: Query<"listServiceEdgeGroups">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listServiceEdgeGroups">>;
  /** List Private Service Edge groups: every item, as an array. `GET …/serviceEdgeGroup` (listServiceEdgeGroups) */
  listAll(query?: Query<"listServiceEdgeGroups">, options?: RequestOptions): Promise<ListItemOf<"listServiceEdgeGroups">[]>;
  /** Create a Private Service Edge group. `POST …/serviceEdgeGroup` (createServiceEdgeGroup) */
  create(body: Body<"createServiceEdgeGroup">, query?: Query<"createServiceEdgeGroup">, options?: RequestOptions): Promise<Result<"createServiceEdgeGroup">>;
  /** Get a Private Service Edge group. `GET …/serviceEdgeGroup/{serviceEdgeGroupId}` (getServiceEdgeGroup) */
  get(serviceEdgeGroupId: PathParam<"getServiceEdgeGroup", "serviceEdgeGroupId">, query?: Query<"getServiceEdgeGroup">, options?: RequestOptions): Promise<Result<"getServiceEdgeGroup">>;
  /** Replace a Private Service Edge group. `PUT …/serviceEdgeGroup/{serviceEdgeGroupId}` (updateServiceEdgeGroup) */
  update(serviceEdgeGroupId: PathParam<"updateServiceEdgeGroup", "serviceEdgeGroupId">, body: Body<"updateServiceEdgeGroup">, query?: Query<"updateServiceEdgeGroup">, options?: RequestOptions): Promise<Result<"updateServiceEdgeGroup">>;
  /** Delete a Private Service Edge group. `DELETE …/serviceEdgeGroup/{serviceEdgeGroupId}` (deleteServiceEdgeGroup) */
  delete(serviceEdgeGroupId: PathParam<"deleteServiceEdgeGroup", "serviceEdgeGroupId">, query?: Query<"deleteServiceEdgeGroup">, options?: RequestOptions): Promise<Result<"deleteServiceEdgeGroup">>;
}

/** Builds the `serviceEdgeGroups` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const serviceEdgeGroups = (core: ZpaClientCore): ServiceEdgeGroupsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/serviceEdgeGroup`, 2, "listServiceEdgeGroups", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/serviceEdgeGroup`, 3, "createServiceEdgeGroup", 1],
    ["get", "GET", `${base}/serviceEdgeGroup/{serviceEdgeGroupId}`, 2, "getServiceEdgeGroup", 1],
    ["update", "PUT", `${base}/serviceEdgeGroup/{serviceEdgeGroupId}`, 3, "updateServiceEdgeGroup", 1],
    ["delete", "DELETE", `${base}/serviceEdgeGroup/{serviceEdgeGroupId}`, 2, "deleteServiceEdgeGroup", 1],
  ]);
