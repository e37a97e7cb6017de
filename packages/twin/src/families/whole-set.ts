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

/**
 * Creates each item of the body's array (or of its `itemsField`) as one record; all or nothing. A
 * reference of the record whose field the wrapper holds too (a link's `userPortals`, per the spec's
 * `x-resources`) is the wrapper's for every item: checked once, then carried onto each.
 */
function bulkCreate(resource: string, itemsField?: string) {
  return (ctx: OpContext): TwinResponse => {
    const { engine } = ctx;
    const def = engine.resources.get(resource)!;
    const items: Array<Record<string, unknown>> = (itemsField ? ctx.body?.[itemsField] : ctx.body) ?? [];
    const extra: Record<string, unknown> = {};
    const shown: Record<string, unknown> = {};
    for (const ref of itemsField ? def.references : []) {
      const root = ref.path[0]!;
      const given = ctx.body?.[root];
      const target = engine.resources.get(ref.resource);
      if (root === itemsField || !Array.isArray(given) || ref.path[1] !== "[]" || !target) continue;
      // The named records must exist before anything is stored; the answer shows them with their names.
      const named = given.map((g: Record<string, unknown>) => {
        const value = String(ref.path[2] ? g?.[ref.path[2]] : g);
        const r = engine.referenced(target, value, ref.key);
        if (!r) throw invalidInput(`${root} names ${ref.resource} ${JSON.stringify(value)}, which this tenant does not have`, [root]);
        return r;
      });
      extra[root] = given;
      shown[root] = named.map((r) => ({ id: r.id, name: r.data.name }));
    }
    // References are checked for every item before the first is stored.
    for (const item of items) engine.checkReferences(def, { ...item, ...extra }, engine.partitionOf(def, ctx.pathParams));
    const created = items.map((item) => engine.present(def, engine.createRecord(def, ctx, { body: { ...item, ...extra } })));
    return { status: 201, body: itemsField ? { [itemsField]: created, ...shown } : created };
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
    bulkCreateUserPortalLinks: bulkCreate("UserPortalLink", "userPortalLinks"),
    bulkCreateUserPortalLinksV2: bulkCreate("UserPortalLink", "userPortalLinks"),
    moveApplicationSegment: move("ApplicationSegment", (ctx) => ctx.body?.targetMicrotenantId),
    movePraCredential: move("PraCredential", (ctx) => (ctx.query.targetMicrotenantId as string | undefined) ?? "0"),
    shareApplicationSegment(ctx) {
      const def = ctx.engine.resources.get("ApplicationSegment")!;
      const record = ctx.engine.mustFind(def, ctx);
      // What the share names is checked as the segment's own references (`shareToMicrotenants[]`).
      ctx.engine.checkReferences(def, ctx.body, record.partition);
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

