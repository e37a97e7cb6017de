import type { components } from "../generated/schema.gen";
import type { ZpaClientCore } from "../client-core";
import type { RequestOptions } from "../request-options";
import type { ListParams, OperationQuery as Query } from "../zpa-paths";
import { base } from "../generated/operations.gen";
import { lists, operation } from "./operation";

/** An emergency access user as the server returns it. */
export type EmergencyAccessUser = components["schemas"]["EmergencyAccessUser"];
type ListQuery = ListParams<"/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/users">;

/** `client.emergencyAccess`: emergency access users (there is no delete; deactivate retires a user). */
export interface EmergencyAccessResource {
  /** Creates a user (`activateNow` activates it at once); returns the created user. */
  create(user: components["schemas"]["EmergencyAccessUserCreate"], query?: Query<"createEmergencyAccessUser">, options?: RequestOptions): Promise<EmergencyAccessUser>;
  /** Reads one user by its identity-provider id. */
  get(userId: string, query?: Query<"getEmergencyAccessUser">, options?: RequestOptions): Promise<EmergencyAccessUser>;
  /** Changes the first and/or last name (the only editable fields). */
  update(userId: string, names: components["schemas"]["EmergencyAccessUserUpdate"], query?: Query<"updateEmergencyAccessUser">, options?: RequestOptions): Promise<void>;
  /** Activates a user (`sendEmail` has the identity provider tell them). */
  activate(userId: string, query?: Query<"activateEmergencyAccessUser">, options?: RequestOptions): Promise<void>;
  /** Deactivates a user. */
  deactivate(userId: string, query?: Query<"deactivateEmergencyAccessUser">, options?: RequestOptions): Promise<void>;
  /** Iterates over every user (cursor paging handled), optionally filtered with `search`. */
  list(query?: ListQuery, options?: RequestOptions): AsyncIterableIterator<EmergencyAccessUser>;
  /** Every user, as an array. */
  listAll(query?: ListQuery, options?: RequestOptions): Promise<EmergencyAccessUser[]>;
}

const ea = `${base}/emergencyAccess` as const;

/** Builds `client.emergencyAccess`. */
export const emergencyAccessResource = (c: ZpaClientCore): EmergencyAccessResource => ({
  create: operation(c, "POST", `${ea}/user`, undefined, true),
  get: operation(c, "GET", `${ea}/user/{userId}`, "userId"),
  update: operation(c, "PUT", `${ea}/user/{userId}`, "userId", true),
  activate: operation(c, "PUT", `${ea}/user/{userId}/activate`, "userId"),
  deactivate: operation(c, "PUT", `${ea}/user/{userId}/deactivate`, "userId"),
  ...lists(c, `${ea}/users`),
});
