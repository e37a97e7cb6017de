import type { components } from "../generated/schema.gen";
import type { ZpaClientCore } from "../client-core";
import type { RequestOptions } from "../request-options";
import type { ListParams, OperationQuery as Query } from "../zpa-paths";
import { base } from "../generated/operations.gen";
import { lists, operation } from "./operation";

/** An administrator as the server returns it. */
export type Administrator = components["schemas"]["Administrator"];
type ListQuery = ListParams<"/mgmtconfig/v1/admin/customers/{customerId}/administrators">;

/** `client.administrators`: the tenant's administrators. */
export interface AdministratorsResource {
  /** Creates an administrator (its `roleId` comes from `client.roles`); returns it. */
  create(admin: components["schemas"]["AdministratorCreate"], query?: Query<"createAdministrator">, options?: RequestOptions): Promise<Administrator>;
  /** Reads one administrator. */
  get(adminId: string, query?: Query<"getAdministrator">, options?: RequestOptions): Promise<Administrator>;
  /** Replaces an administrator's settings. */
  update(adminId: string, admin: components["schemas"]["AdministratorUpdate"], query?: Query<"updateAdministrator">, options?: RequestOptions): Promise<void>;
  /** Deletes an administrator. */
  delete(adminId: string, query?: Query<"deleteAdministrator">, options?: RequestOptions): Promise<void>;
  /** Iterates over every administrator (envelope or bare array, numbered pages). */
  list(query?: ListQuery, options?: RequestOptions): AsyncIterableIterator<Administrator>;
  /** Every administrator, as an array. */
  listAll(query?: ListQuery, options?: RequestOptions): Promise<Administrator[]>;
}

const all = `${base}/administrators` as const;

/** Builds `client.administrators`. */
export const administratorsResource = (c: ZpaClientCore): AdministratorsResource => ({
  create: operation(c, "POST", all, undefined, true),
  get: operation(c, "GET", `${all}/{adminId}`, "adminId"),
  update: operation(c, "PUT", `${all}/{adminId}`, "adminId", true),
  delete: operation(c, "DELETE", `${all}/{adminId}`, "adminId"),
  ...lists(c, all),
});
