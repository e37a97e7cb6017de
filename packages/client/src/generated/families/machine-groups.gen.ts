/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { ListItemOf, PathParam, Query, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base } from "../prefixes.gen";

/** A MachineGroup as the server returns it. */
export type MachineGroup = components["schemas"]["MachineGroup"];

/** `client.machineGroups`: Machine groups (2 operations; pages: machine-groups, obtaining-machine-group-details-using-api). */
export interface MachineGroupsNamespace {
  /** List machine groups: every item, page after page (numbered pages of up to 500). `GET …/machineGroup` (listMachineGroups) */
  list(query?: Query<"listMachineGroups">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listMachineGroups">>;
  /** List machine groups: every item, as an array. `GET …/machineGroup` (listMachineGroups) */
  listAll(query?: Query<"listMachineGroups">, options?: RequestOptions): Promise<ListItemOf<"listMachineGroups">[]>;
  /** Read a machine group. `GET …/machineGroup/{machineGroupId}` (getMachineGroup) */
  get(machineGroupId: PathParam<"getMachineGroup", "machineGroupId">, query?: Query<"getMachineGroup">, options?: RequestOptions): Promise<Result<"getMachineGroup">>;
}

/** Builds the `machineGroups` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const machineGroups = (core: ZpaClientCore): MachineGroupsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/machineGroup`, 2, "listMachineGroups", 1, "page", "pagesize", 500],
    ["get", "GET", `${base}/machineGroup/{machineGroupId}`, 2, "getMachineGroup", 1],
  ]);
