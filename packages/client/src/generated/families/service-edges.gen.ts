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

/** A ServiceEdge as the server returns it. */
export type ServiceEdge = components["schemas"]["ServiceEdge"];

/** A ServiceEdgeSchedule as the server returns it. */
export type ServiceEdgeSchedule = components["schemas"]["ServiceEdgeSchedule"];

/** `client.serviceEdges`: Private Service Edges (8 operations; pages: private-service-edge-management-api, managing-zpa-private-service-edges-using-api). */
export interface ServiceEdgesNamespace {
  /** List Private Service Edges: every item, page after page (numbered pages of up to 500). `GET …/serviceEdge` (listServiceEdges) */
  list(query?: Query<"listServiceEdges">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listServiceEdges">>;
  /** List Private Service Edges: every item, as an array. `GET …/serviceEdge` (listServiceEdges) */
  listAll(query?: Query<"listServiceEdges">, options?: RequestOptions): Promise<ListItemOf<"listServiceEdges">[]>;
  /** Get a Private Service Edge. `GET …/serviceEdge/{serviceEdgeId}` (getServiceEdge) */
  get(serviceEdgeId: PathParam<"getServiceEdge", "serviceEdgeId">, query?: Query<"getServiceEdge">, options?: RequestOptions): Promise<Result<"getServiceEdge">>;
  /** Update a Private Service Edge. `PUT …/serviceEdge/{serviceEdgeId}` (updateServiceEdge) */
  update(serviceEdgeId: PathParam<"updateServiceEdge", "serviceEdgeId">, body: Body<"updateServiceEdge">, query?: Query<"updateServiceEdge">, options?: RequestOptions): Promise<Result<"updateServiceEdge">>;
  /** Delete a Private Service Edge. `DELETE …/serviceEdge/{serviceEdgeId}` (deleteServiceEdge) */
  delete(serviceEdgeId: PathParam<"deleteServiceEdge", "serviceEdgeId">, query?: Query<"deleteServiceEdge">, options?: RequestOptions): Promise<Result<"deleteServiceEdge">>;
  /** Delete several Private Service Edges. `POST …/serviceEdge/bulkDelete` (bulkDeleteServiceEdges) */
  bulkDelete(body: Body<"bulkDeleteServiceEdges">, query?: Query<"bulkDeleteServiceEdges">, options?: RequestOptions): Promise<Result<"bulkDeleteServiceEdges">>;
  /** Get the Private Service Edge auto-delete schedule. `GET …/serviceEdgeSchedule` (getServiceEdgeSchedule) */
  getSchedule(query?: Query<"getServiceEdgeSchedule">, options?: RequestOptions): Promise<Result<"getServiceEdgeSchedule">>;
  /** Set up the Private Service Edge auto-delete schedule. `POST …/serviceEdgeSchedule` (createServiceEdgeSchedule) */
  createSchedule(body: Body<"createServiceEdgeSchedule">, query?: Query<"createServiceEdgeSchedule">, options?: RequestOptions): Promise<Result<"createServiceEdgeSchedule">>;
  /** Replace the Private Service Edge auto-delete schedule. `PUT …/serviceEdgeSchedule/{id}` (updateServiceEdgeSchedule) */
  updateSchedule(id: PathParam<"updateServiceEdgeSchedule", "id">, body: Body<"updateServiceEdgeSchedule">, query?: Query<"updateServiceEdgeSchedule">, options?: RequestOptions): Promise<Result<"updateServiceEdgeSchedule">>;
}

/** Builds the `serviceEdges` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const serviceEdges = (core: ZpaClientCore): ServiceEdgesNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/serviceEdge`, 2, "listServiceEdges", 1, "page", "pagesize", 500],
    ["get", "GET", `${base}/serviceEdge/{serviceEdgeId}`, 2, "getServiceEdge", 1],
    ["update", "PUT", `${base}/serviceEdge/{serviceEdgeId}`, 3, "updateServiceEdge", 1],
    ["delete", "DELETE", `${base}/serviceEdge/{serviceEdgeId}`, 2, "deleteServiceEdge", 1],
    ["bulkDelete", "POST", `${base}/serviceEdge/bulkDelete`, 3, "bulkDeleteServiceEdges", 1],
    ["getSchedule", "GET", `${base}/serviceEdgeSchedule`, 2, "getServiceEdgeSchedule", 1],
    ["createSchedule", "POST", `${base}/serviceEdgeSchedule`, 3, "createServiceEdgeSchedule", 1],
    ["updateSchedule", "PUT", `${base}/serviceEdgeSchedule/{id}`, 3, "updateServiceEdgeSchedule", 1],
  ]);
