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

/** A SegmentGroup as the server returns it. */
export type SegmentGroup = components["schemas"]["SegmentGroup"];

/** `client.segmentGroups`: Segment groups (6 operations; pages: segment-group-management, configuring-segment-groups-using-api). */
export interface SegmentGroupsNamespace {
  /** List segment groups: every item, page after page (numbered pages of up to 500). `GET …/segmentGroup` (listSegmentGroups) */
  list(query?: Query<"listSegmentGroups">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listSegmentGroups">>;
  /** List segment groups: every item, as an array. `GET …/segmentGroup` (listSegmentGroups) */
  listAll(query?: Query<"listSegmentGroups">, options?: RequestOptions): Promise<ListItemOf<"listSegmentGroups">[]>;
  /** Create a segment group. `POST …/segmentGroup` (createSegmentGroup) */
  create(body: Body<"createSegmentGroup">, query?: Query<"createSegmentGroup">, options?: RequestOptions): Promise<Result<"createSegmentGroup">>;
  /** Get a segment group. `GET …/segmentGroup/{segmentGroupId}` (getSegmentGroup) */
  get(segmentGroupId: PathParam<"getSegmentGroup", "segmentGroupId">, query?: Query<"getSegmentGroup">, options?: RequestOptions): Promise<Result<"getSegmentGroup">>;
  /** Replace a segment group. `PUT …/segmentGroup/{segmentGroupId}` (updateSegmentGroup) */
  update(segmentGroupId: PathParam<"updateSegmentGroup", "segmentGroupId">, body: Body<"updateSegmentGroup">, query?: Query<"updateSegmentGroup">, options?: RequestOptions): Promise<Result<"updateSegmentGroup">>;
  /** Delete a segment group. `DELETE …/segmentGroup/{segmentGroupId}` (deleteSegmentGroup) */
  delete(segmentGroupId: PathParam<"deleteSegmentGroup", "segmentGroupId">, query?: Query<"deleteSegmentGroup">, options?: RequestOptions): Promise<Result<"deleteSegmentGroup">>;
  /** Replace a segment group (v2). `PUT …/segmentGroup/{segmentGroupId}` (updateSegmentGroupV2) */
  updateV2(segmentGroupId: PathParam<"updateSegmentGroupV2", "segmentGroupId">, body: Body<"updateSegmentGroupV2">, query?: Query<"updateSegmentGroupV2">, options?: RequestOptions): Promise<Result<"updateSegmentGroupV2">>;
}

/** Builds the `segmentGroups` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const segmentGroups = (core: ZpaClientCore): SegmentGroupsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/segmentGroup`, 2, "listSegmentGroups", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/segmentGroup`, 3, "createSegmentGroup", 1],
    ["get", "GET", `${base}/segmentGroup/{segmentGroupId}`, 2, "getSegmentGroup", 1],
    ["update", "PUT", `${base}/segmentGroup/{segmentGroupId}`, 3, "updateSegmentGroup", 1],
    ["delete", "DELETE", `${base}/segmentGroup/{segmentGroupId}`, 2, "deleteSegmentGroup", 1],
    ["updateV2", "PUT", `${mgmtconfigV2}/segmentGroup/{segmentGroupId}`, 3, "updateSegmentGroupV2", 1],
  ]);
