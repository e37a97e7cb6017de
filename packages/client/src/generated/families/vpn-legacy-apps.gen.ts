/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { ListItemOf, Query } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base } from "../prefixes.gen";

/** A VpnConnectedUser as the server returns it. */
export type VpnConnectedUser = components["schemas"]["VpnConnectedUser"];

/** `client.vpnLegacyApps`: VPN for legacy apps (1 operations; pages: vpn-legacy-apps-api, obtaining-vpn-legacy-apps-resources-using-api). */
export interface VpnLegacyAppsNamespace {
  /** List users connected to VPN Service Edges: every item, page after page (numbered pages of up to 500). `GET …/vpnConnectedUsers` (listVpnConnectedUsers) */
  list(query?: Query<"listVpnConnectedUsers">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listVpnConnectedUsers">>;
  /** List users connected to VPN Service Edges: every item, as an array. `GET …/vpnConnectedUsers` (listVpnConnectedUsers) */
  listAll(query?: Query<"listVpnConnectedUsers">, options?: RequestOptions): Promise<ListItemOf<"listVpnConnectedUsers">[]>;
}

/** Builds the `vpnLegacyApps` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const vpnLegacyApps = (core: ZpaClientCore): VpnLegacyAppsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/vpnConnectedUsers`, 2, "listVpnConnectedUsers", 0, "page", "pagesize", 500],
  ]);
