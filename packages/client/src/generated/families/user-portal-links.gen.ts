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

/** An UserPortalLink as the server returns it. */
export type UserPortalLink = components["schemas"]["UserPortalLink"];

/** `client.userPortalLinks`: User portal links (8 operations; pages: user-portal-link-management, configuring-user-portal-links-using-api). */
export interface UserPortalLinksNamespace {
  /** List user portal links: every item, page after page (numbered pages of up to 500). `GET …/userPortalLink` (listUserPortalLinks) */
  list(query?: Query<"listUserPortalLinks">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listUserPortalLinks">>;
  /** List user portal links: every item, as an array. `GET …/userPortalLink` (listUserPortalLinks) */
  listAll(query?: Query<"listUserPortalLinks">, options?: RequestOptions): Promise<ListItemOf<"listUserPortalLinks">[]>;
  /** Create a user portal link. `POST …/userPortalLink` (createUserPortalLink) */
  create(body: Body<"createUserPortalLink">, query?: Query<"createUserPortalLink">, options?: RequestOptions): Promise<Result<"createUserPortalLink">>;
  /** Get a user portal link. `GET …/userPortalLink/{id}` (getUserPortalLink) */
  get(id: PathParam<"getUserPortalLink", "id">, query?: Query<"getUserPortalLink">, options?: RequestOptions): Promise<Result<"getUserPortalLink">>;
  /** Update a user portal link. `PUT …/userPortalLink/{id}` (updateUserPortalLink) */
  update(id: PathParam<"updateUserPortalLink", "id">, body: Body<"updateUserPortalLink">, query?: Query<"updateUserPortalLink">, options?: RequestOptions): Promise<Result<"updateUserPortalLink">>;
  /** Delete a user portal link. `DELETE …/userPortalLink/{id}` (deleteUserPortalLink) */
  delete(id: PathParam<"deleteUserPortalLink", "id">, query?: Query<"deleteUserPortalLink">, options?: RequestOptions): Promise<Result<"deleteUserPortalLink">>;
  /** Create several user portal links. `POST …/userPortalLink/bulk` (bulkCreateUserPortalLinks) */
  bulkCreate(body: Body<"bulkCreateUserPortalLinks">, query?: Query<"bulkCreateUserPortalLinks">, options?: RequestOptions): Promise<Result<"bulkCreateUserPortalLinks">>;
  /** List the links of a user portal. `GET …/userPortalLink/userPortal/{portalId}` (listUserPortalLinksByUserPortal) */
  listByUserPortal(portalId: PathParam<"listUserPortalLinksByUserPortal", "portalId">, options?: RequestOptions): Promise<Result<"listUserPortalLinksByUserPortal">>;
  /** Create several user portal links (v2). `POST …/userPortalLink/bulk` (bulkCreateUserPortalLinksV2) */
  bulkCreateV2(body: Body<"bulkCreateUserPortalLinksV2">, query?: Query<"bulkCreateUserPortalLinksV2">, options?: RequestOptions): Promise<Result<"bulkCreateUserPortalLinksV2">>;
}

/** Builds the `userPortalLinks` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const userPortalLinks = (core: ZpaClientCore): UserPortalLinksNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/userPortalLink`, 2, "listUserPortalLinks", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/userPortalLink`, 3, "createUserPortalLink", 1],
    ["get", "GET", `${base}/userPortalLink/{id}`, 2, "getUserPortalLink", 1],
    ["update", "PUT", `${base}/userPortalLink/{id}`, 3, "updateUserPortalLink", 1],
    ["delete", "DELETE", `${base}/userPortalLink/{id}`, 2, "deleteUserPortalLink", 1],
    ["bulkCreate", "POST", `${base}/userPortalLink/bulk`, 3, "bulkCreateUserPortalLinks", 1],
    ["listByUserPortal", "GET", `${base}/userPortalLink/userPortal/{portalId}`, 0, "listUserPortalLinksByUserPortal", 0],
    ["bulkCreateV2", "POST", `${mgmtconfigV2}/userPortalLink/bulk`, 3, "bulkCreateUserPortalLinksV2", 1],
  ]);
