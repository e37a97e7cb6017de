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
import { base, mgmtconfigV2 } from "../prefixes.gen";

/** An ApplicationSegment as the server returns it. */
export type ApplicationSegment = components["schemas"]["ApplicationSegment"];

/** `client.applicationSegments`: Application segments (13 operations; pages: application-segment-management, configuring-application-segments-using-api, configuring-application-segment-multimatch-using-api, configuring-browser-access-application-segments-using-api, managing-application-load-balancing-and-high-availability-using-api). */
export interface ApplicationSegmentsNamespace {
  /** List application segments: every item, page after page (numbered pages of up to 500). `GET …/application` (listApplicationSegments) */
  list(query?: Query<"listApplicationSegments">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listApplicationSegments">>;
  /** List application segments: every item, as an array. `GET …/application` (listApplicationSegments) */
  listAll(query?: Query<"listApplicationSegments">, options?: RequestOptions): Promise<ListItemOf<"listApplicationSegments">[]>;
  /** Create an application segment. `POST …/application` (createApplicationSegment) */
  create(body: Body<"createApplicationSegment">, query?: Query<"createApplicationSegment">, options?: RequestOptions): Promise<Result<"createApplicationSegment">>;
  /** Get an application segment. `GET …/application/{applicationId}` (getApplicationSegment) */
  get(applicationId: PathParam<"getApplicationSegment", "applicationId">, query?: Query<"getApplicationSegment">, options?: RequestOptions): Promise<Result<"getApplicationSegment">>;
  /** Replace an application segment. `PUT …/application/{applicationId}` (updateApplicationSegment) */
  update(applicationId: PathParam<"updateApplicationSegment", "applicationId">, body: Body<"updateApplicationSegment">, query?: Query<"updateApplicationSegment">, options?: RequestOptions): Promise<Result<"updateApplicationSegment">>;
  /** Delete an application segment. `DELETE …/application/{applicationId}` (deleteApplicationSegment) */
  delete(applicationId: PathParam<"deleteApplicationSegment", "applicationId">, query?: Query<"deleteApplicationSegment">, options?: RequestOptions): Promise<Result<"deleteApplicationSegment">>;
  /** Move an application segment to another Microtenant. `POST …/application/{applicationId}/move` (moveApplicationSegment) */
  move(applicationId: PathParam<"moveApplicationSegment", "applicationId">, body: Body<"moveApplicationSegment">, query?: Query<"moveApplicationSegment">, options?: RequestOptions): Promise<Result<"moveApplicationSegment">>;
  /** Share an application segment with Microtenants. `PUT …/application/{applicationId}/share` (shareApplicationSegment) */
  share(applicationId: PathParam<"shareApplicationSegment", "applicationId">, body: Body<"shareApplicationSegment">, query?: Query<"shareApplicationSegment">, options?: RequestOptions): Promise<Result<"shareApplicationSegment">>;
  /** Get an application segment's load balancing. `GET …/application/{applicationId}/weightedLbConfig` (getApplicationSegmentLbConfig) */
  getLbConfig(applicationId: PathParam<"getApplicationSegmentLbConfig", "applicationId">, query?: Query<"getApplicationSegmentLbConfig">, options?: RequestOptions): Promise<Result<"getApplicationSegmentLbConfig">>;
  /** Set an application segment's load balancing. `PUT …/application/{applicationId}/weightedLbConfig` (updateApplicationSegmentLbConfig) */
  updateLbConfig(applicationId: PathParam<"updateApplicationSegmentLbConfig", "applicationId">, body: Body<"updateApplicationSegmentLbConfig">, query?: Query<"updateApplicationSegmentLbConfig">, options?: RequestOptions): Promise<Result<"updateApplicationSegmentLbConfig">>;
  /** Turn Multimatch on or off for several application segments. `PUT …/application/bulkUpdateMultiMatch` (bulkUpdateApplicationSegmentMultimatch) */
  bulkUpdateMultimatch(body: Body<"bulkUpdateApplicationSegmentMultimatch">, query?: Query<"bulkUpdateApplicationSegmentMultimatch">, options?: RequestOptions): Promise<Result<"bulkUpdateApplicationSegmentMultimatch">>;
  /** List applications of one access type: every item, page after page (numbered pages of up to 500). `GET …/application/getAppsByType` (getApplicationSegmentsByType) */
  getByType(query: Query<"getApplicationSegmentsByType">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"getApplicationSegmentsByType">>;
  /** List applications of one access type: every item, as an array. `GET …/application/getAppsByType` (getApplicationSegmentsByType) */
  getAllByType(query: Query<"getApplicationSegmentsByType">, options?: RequestOptions): Promise<ListItemOf<"getApplicationSegmentsByType">[]>;
  /** Find segments that block Multimatch for domains. `POST …/application/multimatchUnsupportedReferences` (getMultimatchUnsupportedReferences) */
  getMultimatchUnsupportedReferences(body: Body<"getMultimatchUnsupportedReferences">, query?: Query<"getMultimatchUnsupportedReferences">, options?: RequestOptions): Promise<Result<"getMultimatchUnsupportedReferences">>;
  /** List applications of one access type (v2). `GET …/application/getAppsByType` (getApplicationSegmentsByTypeV2) */
  getByTypeV2(query: Query<"getApplicationSegmentsByTypeV2">, options?: RequestOptions): Promise<Result<"getApplicationSegmentsByTypeV2">>;
}

/** Builds the `applicationSegments` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const applicationSegments = (core: ZpaClientCore): ApplicationSegmentsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/application`, 2, "listApplicationSegments", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/application`, 3, "createApplicationSegment", 1],
    ["get", "GET", `${base}/application/{applicationId}`, 2, "getApplicationSegment", 1],
    ["update", "PUT", `${base}/application/{applicationId}`, 3, "updateApplicationSegment", 1],
    ["delete", "DELETE", `${base}/application/{applicationId}`, 2, "deleteApplicationSegment", 1],
    ["move", "POST", `${base}/application/{applicationId}/move`, 3, "moveApplicationSegment", 1],
    ["share", "PUT", `${base}/application/{applicationId}/share`, 3, "shareApplicationSegment", 1],
    ["getLbConfig", "GET", `${base}/application/{applicationId}/weightedLbConfig`, 2, "getApplicationSegmentLbConfig", 1],
    ["updateLbConfig", "PUT", `${base}/application/{applicationId}/weightedLbConfig`, 3, "updateApplicationSegmentLbConfig", 1],
    ["bulkUpdateMultimatch", "PUT", `${base}/application/bulkUpdateMultiMatch`, 3, "bulkUpdateApplicationSegmentMultimatch", 1],
    ["getByType", "GET", `${base}/application/getAppsByType`, 2, "getApplicationSegmentsByType", 1, "page", "pagesize", 500],
    ["getMultimatchUnsupportedReferences", "POST", `${base}/application/multimatchUnsupportedReferences`, 3, "getMultimatchUnsupportedReferences", 1],
    ["getByTypeV2", "GET", `${mgmtconfigV2}/application/getAppsByType`, 2, "getApplicationSegmentsByTypeV2", 0],
  ]);
