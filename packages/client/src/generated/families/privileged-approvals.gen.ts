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

/** A PraApproval as the server returns it. */
export type PraApproval = components["schemas"]["PraApproval"];

/** `client.privilegedApprovals`: Privileged approvals (6 operations; pages: privileged-approval-management, configuring-privileged-approvals-using-api). */
export interface PrivilegedApprovalsNamespace {
  /** List privileged approvals: every item, page after page (numbered pages of up to 500). `GET …/approval` (listPraApprovals) */
  list(query?: Query<"listPraApprovals">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listPraApprovals">>;
  /** List privileged approvals: every item, as an array. `GET …/approval` (listPraApprovals) */
  listAll(query?: Query<"listPraApprovals">, options?: RequestOptions): Promise<ListItemOf<"listPraApprovals">[]>;
  /** Create a privileged approval. `POST …/approval` (createPraApproval) */
  create(body: Body<"createPraApproval">, query?: Query<"createPraApproval">, options?: RequestOptions): Promise<Result<"createPraApproval">>;
  /** Get a privileged approval. `GET …/approval/{id}` (getPraApproval) */
  get(id: PathParam<"getPraApproval", "id">, query?: Query<"getPraApproval">, options?: RequestOptions): Promise<Result<"getPraApproval">>;
  /** Update a privileged approval. `PUT …/approval/{id}` (updatePraApproval) */
  update(id: PathParam<"updatePraApproval", "id">, body: Body<"updatePraApproval">, query?: Query<"updatePraApproval">, options?: RequestOptions): Promise<Result<"updatePraApproval">>;
  /** Delete a privileged approval. `DELETE …/approval/{id}` (deletePraApproval) */
  delete(id: PathParam<"deletePraApproval", "id">, query?: Query<"deletePraApproval">, options?: RequestOptions): Promise<Result<"deletePraApproval">>;
  /** Delete all expired privileged approvals. `DELETE …/approval/expired` (deleteExpiredPraApprovals) */
  deleteExpired(query?: Query<"deleteExpiredPraApprovals">, options?: RequestOptions): Promise<Result<"deleteExpiredPraApprovals">>;
}

/** Builds the `privilegedApprovals` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const privilegedApprovals = (core: ZpaClientCore): PrivilegedApprovalsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/approval`, 2, "listPraApprovals", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/approval`, 3, "createPraApproval", 1],
    ["get", "GET", `${base}/approval/{id}`, 2, "getPraApproval", 1],
    ["update", "PUT", `${base}/approval/{id}`, 3, "updatePraApproval", 1],
    ["delete", "DELETE", `${base}/approval/{id}`, 2, "deletePraApproval", 1],
    ["deleteExpired", "DELETE", `${base}/approval/expired`, 2, "deleteExpiredPraApprovals", 1],
  ]);
