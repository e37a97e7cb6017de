import type { TwinResponse } from "./http-error.js";
import type { RequestContext } from "./state.js";
import { decodeCursor, encodeCursor } from "./stores/emergency-access.js";
import type { Violation } from "./validation.js";

/** How a fault bends the twin; every member is optional. */
export interface FaultHooks {
  /** True when the faulty server would let this violation through. */
  ignores?(violation: Violation, operationId: string, body: unknown): boolean;
  /** Accept requests without a valid token. */
  skipAuth?: boolean;
  /** Runs before the handler: may rewrite the request, or answer in its place. */
  before?(ctx: RequestContext): TwinResponse | void;
  /** Runs on the handler's answer (after the twin checked it against the spec). */
  after?(ctx: RequestContext, res: TwinResponse): TwinResponse;
}

/** A deliberate contract break, for proving that the contract suite notices it. */
export interface Fault {
  name: string;
  description: string;
  hooks: FaultHooks;
}

const USER_OPS = new Set(["getEmergencyAccessUser", "createEmergencyAccessUser", "listEmergencyAccessUsers"]);
const ADMIN_BODY_OPS = new Set(["getAdministrator", "createAdministrator", "listAdministrators"]);
const SCOPED_READS = new Set(["getEmergencyAccessUser", "listEmergencyAccessUsers", "getAdministrator", "listAdministrators"]);

/** Applies `fn` to every user object in a user or user-page body. */
function eachUser(res: TwinResponse, fn: (u: Record<string, unknown>) => void): TwinResponse {
  const body = res.body as any;
  if (!body || typeof body !== "object") return res;
  if (Array.isArray(body.items)) body.items.forEach(fn);
  else if ("userId" in body) fn(body);
  return res;
}

function eachAdmin(res: TwinResponse, fn: (a: Record<string, unknown>) => void): TwinResponse {
  const body = res.body as any;
  if (!body || typeof body !== "object") return res;
  if (Array.isArray(body.list)) body.list.forEach(fn);
  else if (Array.isArray(body)) body.forEach(fn);
  else if ("id" in body) fn(body);
  return res;
}

function shiftCursor(res: TwinResponse, by: number): TwinResponse {
  const body = res.body as any;
  const seq = typeof body?.nextPage === "string" ? decodeCursor(body.nextPage) : undefined;
  if (seq !== undefined) body.nextPage = encodeCursor(Math.max(0, seq + by));
  return res;
}

const isCreate = (op: string) => op === "createEmergencyAccessUser" || op === "createAdministrator";

const registry: Fault[] = [
  {
    name: "create-returns-200",
    description: "Creating a user or an administrator answers 200 instead of the documented 201.",
    hooks: { after: (ctx, res) => (isCreate(ctx.operationId) && res.status === 201 ? { ...res, status: 200 } : res) },
  },
  {
    name: "server-error-on-valid-request",
    description: "Listing emergency access users answers 500 to a perfectly valid request.",
    hooks: {
      before: (ctx) =>
        ctx.operationId === "listEmergencyAccessUsers"
          ? { status: 500, body: { id: "internal.server.error", reason: "Unexpected failure", params: [] } }
          : undefined,
    },
  },
  {
    name: "not-found-as-400",
    description: "Unknown ids answer 400 instead of 404 (the slip one help page shows).",
    hooks: { after: (_ctx, res) => (res.status === 404 ? { ...res, status: 400 } : res) },
  },
  {
    name: "missing-required-field",
    description: "Emergency access users come back without the required `userStatus`.",
    hooks: { after: (ctx, res) => (USER_OPS.has(ctx.operationId) ? eachUser(res, (u) => void delete u.userStatus) : res) },
  },
  {
    name: "id-as-number",
    description: "Administrator ids come back as JSON numbers instead of digit strings.",
    hooks: { after: (ctx, res) => (ADMIN_BODY_OPS.has(ctx.operationId) ? eachAdmin(res, (a) => void (a.id = Number(a.id))) : res) },
  },
  {
    name: "wrong-enum",
    description: "`userStatus` comes back upper-case (`ACTIVE`, `STAGED`), outside the documented enum.",
    hooks: {
      after: (ctx, res) => (USER_OPS.has(ctx.operationId) ? eachUser(res, (u) => void (u.userStatus = String(u.userStatus).toUpperCase())) : res),
    },
  },
  {
    name: "weak-password-accepted",
    description: "Administrator passwords are not checked against the password policy.",
    hooks: { ignores: (v) => v.in === "body" && /^(password|tmpPassword|confirmPassword)$/.test(v.field) },
  },
  {
    name: "phone-length-unchecked",
    description: "An administrator's phone number of any number of digits (say 11) is accepted, not exactly ten.",
    hooks: {
      ignores: (v, _op, body) => {
        const phone = (body as { phoneNumber?: unknown } | undefined)?.phoneNumber;
        return v.in === "body" && v.field === "phoneNumber" && typeof phone === "string" && /^[0-9]+$/.test(phone);
      },
    },
  },
  {
    name: "page-size-501-accepted",
    description: "Page sizes above the documented maximum of 500 are accepted.",
    hooks: { ignores: (v) => v.in === "query" && (v.field === "pageSize" || v.field === "pagesize") && v.keyword === "maximum" },
  },
  {
    name: "duplicate-across-pages",
    description: "The `nextPage` cursor starts one user early, so a user appears on two pages.",
    hooks: { after: (ctx, res) => (ctx.operationId === "listEmergencyAccessUsers" ? shiftCursor(res, -1) : res) },
  },
  {
    name: "item-skipped",
    description: "The `nextPage` cursor starts one user late, so a user is never listed.",
    hooks: { after: (ctx, res) => (ctx.operationId === "listEmergencyAccessUsers" ? shiftCursor(res, +1) : res) },
  },
  {
    name: "next-page-on-last-page",
    description: "The last page of emergency access users still carries a `nextPage` cursor.",
    hooks: {
      after: (ctx, res) => {
        const body = res.body as any;
        if (ctx.operationId === "listEmergencyAccessUsers" && res.status === 200 && body && body.nextPage === undefined) {
          body.nextPage = encodeCursor(Number.MAX_SAFE_INTEGER);
        }
        return res;
      },
    },
  },
  {
    name: "page-larger-than-asked",
    description: "A page holds one item more than `pageSize`/`pagesize` asked for.",
    hooks: {
      before: (ctx) => {
        if (ctx.operationId === "listEmergencyAccessUsers") ctx.query.pageSize = Number(ctx.query.pageSize) + 1;
        if (ctx.operationId === "listAdministrators" || ctx.operationId === "listRoles") ctx.query.pagesize = Number(ctx.query.pagesize) + 1;
      },
    },
  },
  {
    name: "update-not-persisted",
    description: "Updates of users and administrators are acknowledged but not stored.",
    hooks: {
      before: (ctx) => {
        const mt = ctx.query.microtenantId as string | undefined;
        if (ctx.operationId === "updateEmergencyAccessUser" && ctx.state.users.get(ctx.pathParams.userId!, mt)) return { status: 204 };
        if (ctx.operationId === "updateAdministrator" && ctx.state.admins.get(ctx.pathParams.adminId!, mt)) return { status: 204 };
        return undefined;
      },
    },
  },
  {
    name: "deactivate-ignored",
    description: "Deactivating an emergency access user answers 200 but leaves it active.",
    hooks: {
      before: (ctx) =>
        ctx.operationId === "deactivateEmergencyAccessUser" && ctx.state.users.get(ctx.pathParams.userId!, ctx.query.microtenantId as string | undefined)
          ? { status: 200 }
          : undefined,
    },
  },
  {
    name: "deleted-admin-readable",
    description: "A deleted administrator can still be read by id (the list no longer shows it).",
    hooks: {
      after: (ctx, res) => {
        if (ctx.operationId !== "getAdministrator" || res.status !== 404) return res;
        const ghost = ctx.state.admins.tombstone(ctx.pathParams.adminId!);
        return ghost ? { status: 200, body: ghost } : res;
      },
    },
  },
  {
    name: "no-token-accepted",
    description: "Requests without a valid bearer token are served as if authenticated.",
    hooks: { skipAuth: true },
  },
  {
    name: "microtenant-leak",
    description: "Reads ignore `microtenantId`, so resources of other microtenants show through.",
    hooks: {
      before: (ctx) => {
        if (SCOPED_READS.has(ctx.operationId)) delete ctx.query.microtenantId;
      },
    },
  },
  {
    name: "wrong-content-type",
    description: "JSON bodies are sent as `text/plain`.",
    hooks: { after: (_ctx, res) => (res.body !== undefined ? { ...res, contentType: "text/plain" } : res) },
  },
];

/** Names of the faults the twin can inject. */
export type FaultName = string;

/** Every fault with its one-line description, in a stable order. */
export const FAULTS: ReadonlyArray<{ name: FaultName; description: string }> = registry.map(({ name, description }) => ({ name, description }));

/** Looks a fault up by name; throws naming the known faults when there is none. */
export function findFault(name: string): Fault {
  const f = registry.find((x) => x.name === name);
  if (!f) throw new Error(`Unknown fault ${JSON.stringify(name)}; known faults: ${registry.map((x) => x.name).join(", ")}`);
  return f;
}
