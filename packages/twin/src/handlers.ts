import { TwinHttpError, invalidInput, notFound, type TwinResponse } from "./http-error.js";
import { findRole, ROLES } from "./roles.js";
import type { RequestContext } from "./state.js";
import type { AdministratorWrite } from "./stores/administrators.js";
import { decodeCursor, encodeCursor, type Transition } from "./stores/emergency-access.js";

/** Answers one operation of the spec; the request is already authenticated and valid. */
export type Handler = (ctx: RequestContext) => TwinResponse;

const DEFAULT_MICROTENANT = "0";

/** microtenantId of a write: omitted means the Default Microtenant. */
const writeScope = (ctx: RequestContext): string => (ctx.query.microtenantId as string | undefined) ?? DEFAULT_MICROTENANT;
/** microtenantId of a read: omitted means every microtenant. */
const readScope = (ctx: RequestContext): string | undefined => ctx.query.microtenantId as string | undefined;

function transition(result: Transition, userId: string, action: string): TwinResponse {
  if (result === "not-found") throw notFound("Emergency access user", userId);
  if (result === "not-allowed") {
    throw new TwinHttpError(409, "invalid.state", `The user cannot be ${action} in its current state`, [userId]);
  }
  return { status: 200 };
}

function adminWrite(ctx: RequestContext): { write: AdministratorWrite; roleName: string } {
  const body = ctx.body as AdministratorWrite & { confirmPassword?: string; password?: string };
  // Cross-field rules the schema cannot say: the role must exist, the confirmation must match.
  const role = findRole(body.roleId);
  if (!role) throw invalidInput(`roleId ${JSON.stringify(body.roleId)} is not a role of this tenant (see listRoles)`, ["roleId"]);
  if (body.confirmPassword !== undefined && body.confirmPassword !== body.password) {
    throw invalidInput("confirmPassword does not match password", ["confirmPassword"]);
  }
  return { write: body, roleName: role.name };
}

/** One handler per operationId of the spec. */
export const HANDLERS: Record<string, Handler> = {
  createEmergencyAccessUser(ctx) {
    const user = ctx.state.users.create(ctx.body, { activateNow: ctx.query.activateNow === true, microtenantId: writeScope(ctx) });
    return { status: 201, body: user };
  },
  getEmergencyAccessUser(ctx) {
    const user = ctx.state.users.get(ctx.pathParams.userId!, readScope(ctx));
    if (!user) throw notFound("Emergency access user", ctx.pathParams.userId!);
    return { status: 200, body: user };
  },
  updateEmergencyAccessUser(ctx) {
    transition(ctx.state.users.rename(ctx.pathParams.userId!, readScope(ctx), ctx.body), ctx.pathParams.userId!, "updated");
    // The spec's 200 carries the user after the change.
    return { status: 200, body: ctx.state.users.get(ctx.pathParams.userId!, readScope(ctx)) };
  },
  activateEmergencyAccessUser(ctx) {
    return transition(ctx.state.users.activate(ctx.pathParams.userId!, readScope(ctx)), ctx.pathParams.userId!, "activated");
  },
  deactivateEmergencyAccessUser(ctx) {
    return transition(ctx.state.users.deactivate(ctx.pathParams.userId!, readScope(ctx)), ctx.pathParams.userId!, "deactivated");
  },
  listEmergencyAccessUsers(ctx) {
    let after = 0;
    if (ctx.query.pageId !== undefined) {
      const seq = decodeCursor(ctx.query.pageId as string);
      if (seq === undefined || !ctx.state.users.isPosition(Math.min(seq, Number.MAX_SAFE_INTEGER))) {
        throw invalidInput("pageId is not a cursor this server returned as nextPage", ["pageId"]);
      }
      after = seq;
    }
    const page = ctx.state.users.page({
      after,
      pageSize: ctx.query.pageSize as number,
      search: ctx.query.search as string | undefined,
      microtenantId: readScope(ctx),
    });
    return { status: 200, body: page.nextAfter === undefined ? { items: page.items } : { items: page.items, nextPage: encodeCursor(page.nextAfter) } };
  },
  listAdministrators(ctx) {
    const page = ctx.query.page as number;
    const pagesize = ctx.query.pagesize as number;
    const result = ctx.state.admins.page({ page, pagesize, search: ctx.query.search as string | undefined, microtenantId: readScope(ctx) });
    const body: Record<string, unknown> = {
      totalPages: String(Math.ceil(result.totalCount / pagesize)),
      totalCount: String(result.totalCount),
    };
    if (result.list.length > 0) body.list = result.list;
    return { status: 200, body };
  },
  createAdministrator(ctx) {
    const { write, roleName } = adminWrite(ctx);
    const bodyScope = (ctx.body as { microtenantId?: string }).microtenantId;
    const scope = writeScope(ctx);
    if (bodyScope !== undefined && ctx.query.microtenantId !== undefined && bodyScope !== scope) {
      throw invalidInput("microtenantId in the body differs from the microtenantId query parameter", ["microtenantId"]);
    }
    const admin = ctx.state.admins.create(write, bodyScope ?? scope, roleName);
    return { status: 201, body: admin };
  },
  getAdministrator(ctx) {
    const admin = ctx.state.admins.get(ctx.pathParams.adminId!, readScope(ctx));
    if (!admin) throw notFound("Administrator", ctx.pathParams.adminId!);
    return { status: 200, body: admin };
  },
  updateAdministrator(ctx) {
    if (!ctx.state.admins.get(ctx.pathParams.adminId!, readScope(ctx))) throw notFound("Administrator", ctx.pathParams.adminId!);
    const { write, roleName } = adminWrite(ctx);
    ctx.state.admins.replace(ctx.pathParams.adminId!, readScope(ctx), write, roleName);
    return { status: 204 };
  },
  deleteAdministrator(ctx) {
    if (!ctx.state.admins.delete(ctx.pathParams.adminId!, readScope(ctx))) throw notFound("Administrator", ctx.pathParams.adminId!);
    return { status: 204 };
  },
  listRoles(ctx) {
    const page = ctx.query.page as number;
    const pagesize = ctx.query.pagesize as number;
    const counts = ctx.state.admins.countByRole();
    let roles = ROLES.map((r) => ({ ...r, users: String(counts.get(r.id) ?? 0) }));
    const search = ctx.query.search as string | undefined;
    if (search) {
      const needle = search.toLowerCase();
      const exact = /^name[+ ]EQ[+ ](.*)$/.exec(search);
      roles = roles.filter((r) => (exact ? r.name === exact[1] : r.name.toLowerCase().includes(needle)));
    }
    const list = roles.slice((page - 1) * pagesize, page * pagesize);
    const body: Record<string, unknown> = { totalPages: String(Math.ceil(roles.length / pagesize)), totalCount: String(roles.length) };
    if (list.length > 0) body.list = list;
    return { status: 200, body };
  },
  getRole(ctx) {
    const role = findRole(ctx.pathParams.roleId!);
    if (!role) throw notFound("Role", ctx.pathParams.roleId!);
    const users = ctx.state.admins.countByRole().get(role.id) ?? 0;
    return { status: 200, body: { ...role, users: String(users) } };
  },
};

/**
 * The operations the twin answers: one handler each, plus the two the server answers itself
 * (`signIn`, and `signOut` on its fixed path). Every other route of the spec gets 501 `not.implemented`.
 */
export const IMPLEMENTED_OPERATIONS: readonly string[] = Object.freeze([...Object.keys(HANDLERS), "signIn", "signOut"]);
