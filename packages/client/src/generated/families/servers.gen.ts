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

/** A Server as the server returns it. */
export type Server = components["schemas"]["Server"];

/** `client.servers`: Application servers (5 operations; pages: server-management, configuring-servers-using-api). */
export interface ServersNamespace {
  /** List application servers: every item, page after page (numbered pages of up to 500). `GET …/server` (listServers) */
  list(query?: Query<"listServers">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listServers">>;
  /** List application servers: every item, as an array. `GET …/server` (listServers) */
  listAll(query?: Query<"listServers">, options?: RequestOptions): Promise<ListItemOf<"listServers">[]>;
  /** Create an application server. `POST …/server` (createServer) */
  create(body: Body<"createServer">, query?: Query<"createServer">, options?: RequestOptions): Promise<Result<"createServer">>;
  /** Get an application server. `GET …/server/{serverId}` (getServer) */
  get(serverId: PathParam<"getServer", "serverId">, query?: Query<"getServer">, options?: RequestOptions): Promise<Result<"getServer">>;
  /** Replace an application server. `PUT …/server/{serverId}` (updateServer) */
  update(serverId: PathParam<"updateServer", "serverId">, body: Body<"updateServer">, query?: Query<"updateServer">, options?: RequestOptions): Promise<Result<"updateServer">>;
  /** Delete an application server. `DELETE …/server/{serverId}` (deleteServer) */
  delete(serverId: PathParam<"deleteServer", "serverId">, query?: Query<"deleteServer">, options?: RequestOptions): Promise<Result<"deleteServer">>;
}

/** Builds the `servers` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const servers = (core: ZpaClientCore): ServersNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/server`, 2, "listServers", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/server`, 3, "createServer", 1],
    ["get", "GET", `${base}/server/{serverId}`, 2, "getServer", 1],
    ["update", "PUT", `${base}/server/{serverId}`, 3, "updateServer", 1],
    ["delete", "DELETE", `${base}/server/{serverId}`, 2, "deleteServer", 1],
  ]);
