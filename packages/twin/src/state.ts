import type { AdministratorStore } from "./stores/administrators.js";
import type { EmergencyAccessStore } from "./stores/emergency-access.js";

/** Everything a twin holds in memory. */
export interface TwinState {
  customerId: string;
  users: EmergencyAccessStore;
  admins: AdministratorStore;
}

/** One validated request as handlers and faults see it. */
export interface RequestContext {
  operationId: string;
  method: string;
  /** Path parameters, decoded and valid. */
  pathParams: Record<string, string>;
  /** Query parameters, coerced to their declared types, defaults filled in. */
  query: Record<string, unknown>;
  /** The parsed body (JSON, or the fields of a form). */
  body: any;
  state: TwinState;
}
