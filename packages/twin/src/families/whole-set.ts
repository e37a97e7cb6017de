import { invalidInput, type TwinResponse } from "../http-error.js";
import type { FamilyRules, OpContext } from "../engine/engine.js";

/** Deletes every listed id of `resource` that exists (the pages: ids it does not have are skipped). */
function bulkDelete(resource: string) {
  return (ctx: OpContext): TwinResponse => {
    const def = ctx.engine.resources.get(resource)!;
    const store = ctx.engine.store(resource);
    const scope = ctx.engine.readScope(def, ctx);
    // Check first, then delete: a refused id leaves every record in place.
    const found = (ctx.body.ids as string[]).map((id) => store.find(id, scope)).filter((r) => r !== undefined);
    for (const r of found) ctx.engine.remove(def, r, true);
    return { status: 200 };
  };
}

/** Creates each item of the body's array (or of its `itemsField`) as one record; all or nothing. */
function bulkCreate(resource: string, itemsField?: string, portals?: { field: string; resource: string; linkField: string }) {
  return (ctx: OpContext): TwinResponse => {
    const def = ctx.engine.resources.get(resource)!;
    const items: Array<Record<string, unknown>> = (itemsField ? ctx.body?.[itemsField] : ctx.body) ?? [];
    const extra: Record<string, unknown> = {};
    let shown: Array<Record<string, unknown>> = [];
    if (portals) {
      // Every link goes on every portal the body names: the portals must exist before anything is stored.
      const target = ctx.engine.resources.get(portals.resource)!;
      shown = (ctx.body[portals.field] as Array<{ id: string }>).map((p) => {
        const r = ctx.engine.store(target.name).find(p.id);
        if (!r) throw invalidInput(`${portals.field} names ${portals.resource} ${JSON.stringify(p.id)}, which this tenant does not have`, [portals.field]);
        return { id: r.id, name: r.data.name };
      });
      extra[portals.linkField] = shown.map((p) => ({ id: p.id }));
    }
    // References are checked for every item before the first is stored.
    for (const item of items) ctx.engine.checkReferences(def, { ...item, ...extra }, ctx.engine.partitionOf(def, ctx.pathParams));
    const created = items.map((item) => ctx.engine.present(def, ctx.engine.createRecord(def, ctx, { body: { ...item, ...extra } })));
    return { status: 201, body: itemsField ? { [itemsField]: created, ...(portals ? { [portals.field]: shown } : {}) } : created };
  };
}

/** Moves a record to another Microtenant. */
function move(resource: string, target: (ctx: OpContext) => string | undefined) {
  return (ctx: OpContext): TwinResponse => {
    const def = ctx.engine.resources.get(resource)!;
    const record = ctx.engine.mustFind(def, ctx);
    const to = target(ctx);
    if (!to) throw invalidInput("targetMicrotenantId is required", ["targetMicrotenantId"]);
    const data = { ...record.data };
    if ("microtenantId" in def.properties) data.microtenantId = to;
    ctx.engine.replace(def, record, data, to);
    return { status: 204 };
  };
}

/** The summary view of a list: ids and names of the records the list has. */
function summary(resource: string) {
  return (ctx: OpContext): TwinResponse => {
    const def = ctx.engine.resources.get(resource)!;
    const page = ctx.engine.list({ resource: def, kind: "list" }, ctx);
    const body = page.body as Record<string, unknown>;
    if (Array.isArray(body.list)) body.list = body.list.map((r: any) => ({ id: r.id, name: r.name }));
    return page;
  };
}

/**
 * Whole-set operations: bulk creates and deletes, moves and shares between Microtenants, and the
 * summary and by-type views, all derived from the same stores as the lists.
 */
export const wholeSet: FamilyRules = {
  family: "whole-set",
  operations: {
    bulkDeleteAppConnectors: bulkDelete("AppConnector"),
    bulkDeleteServiceEdges: bulkDelete("ServiceEdge"),
    bulkCreatePraConsoles: bulkCreate("PraConsole"),
    bulkCreateUserPortalLinks: bulkCreate("UserPortalLink", "userPortalLinks", { field: "userPortals", resource: "UserPortal", linkField: "userPortals" }),
    bulkCreateUserPortalLinksV2: bulkCreate("UserPortalLink", "userPortalLinks", { field: "userPortals", resource: "UserPortal", linkField: "userPortals" }),
    moveApplicationSegment: move("ApplicationSegment", (ctx) => ctx.body?.targetMicrotenantId),
    movePraCredential: move("PraCredential", (ctx) => (ctx.query.targetMicrotenantId as string | undefined) ?? "0"),
    shareApplicationSegment(ctx) {
      const def = ctx.engine.resources.get("ApplicationSegment")!;
      ctx.engine.mustFind(def, ctx);
      for (const id of ctx.body.shareToMicrotenants as string[]) {
        if (id !== "0" && !ctx.engine.store("Microtenant").has(id)) throw invalidInput(`Microtenant ${id} does not exist`, ["shareToMicrotenants"]);
      }
      return { status: 204 };
    },
    listPrivateCloudControllerGroupSummaries: summary("PrivateCloudControllerGroup"),
    getMicrotenantSummary(ctx) {
      const list = [...ctx.engine.store("Microtenant").scan()].map((r) => ({ id: r.id, name: String(r.data.name ?? "") }));
      return { status: 200, body: [{ id: "0", name: "Default" }, ...list] };
    },
    deleteExpiredPraApprovals(ctx) {
      const def = ctx.engine.resources.get("PraApproval")!;
      const now = Math.floor(ctx.engine.now() / 1000);
      for (const r of [...ctx.engine.store("PraApproval").scan(ctx.engine.readScope(def, ctx))]) {
        if (r.data.endTime !== undefined && Number(r.data.endTime) < now) ctx.engine.remove(def, r, true);
      }
      // The spec lists 200 (no body) first, as recorded traffic shows.
      return { status: 200 };
    },
  },
};

