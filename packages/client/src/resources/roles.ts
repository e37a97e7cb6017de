import type { components } from "../generated/schema.gen";
import type { ZpaClientCore } from "../client-core";
import type { RequestOptions } from "../request-options";
import type { ListParams, OperationQuery as Query } from "../zpa-paths";
import { base } from "../generated/operations.gen";
import { lists, operation } from "./operation";

/** An administrator role. */
export type Role = components["schemas"]["Role"];
type ListQuery = ListParams<"/mgmtconfig/v1/admin/customers/{customerId}/roles">;

/** `client.roles`: administrator roles (an administrator's `roleId` is one of these ids). */
export interface RolesResource {
  /** Reads one role. */
  get(roleId: string, query?: Query<"getRole">, options?: RequestOptions): Promise<Role>;
  /** Iterates over every role. */
  list(query?: ListQuery, options?: RequestOptions): AsyncIterableIterator<Role>;
  /** Every role, as an array. */
  listAll(query?: ListQuery, options?: RequestOptions): Promise<Role[]>;
}

const all = `${base}/roles` as const;

/** Builds `client.roles`. */
export const rolesResource = (c: ZpaClientCore): RolesResource => ({
  get: operation(c, "GET", `${all}/{roleId}`, "roleId"),
  ...lists(c, all),
});
