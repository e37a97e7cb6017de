import type { OpContext, TwinEngine } from "./engine/engine.js";
import { decodeCursor, encodeCursor } from "./engine/engine.js";
import type { ResourceDef } from "./engine/resources.js";
import { flatten } from "./engine/schema.js";
import type { TwinResponse } from "./http-error.js";
import type { Violation } from "./validation.js";

/** How a fault bends the twin; every member is optional. */
export interface FaultHooks {
  /** True when the faulty server would let this violation through. */
  ignores?(violation: Violation, operationId: string, body: unknown): boolean;
  /** Accept requests without a valid token. */
  skipAuth?: boolean;
  /** Runs before the engine: may rewrite the request, or answer in its place. */
  before?(ctx: OpContext): TwinResponse | void;
  /** Runs on the engine's answer (after the twin checked it against the spec), on a copy of its body. */
  after?(ctx: OpContext, res: TwinResponse): TwinResponse;
}

/** A deliberate contract break, for proving that the contract suite notices it. */
export interface Fault {
  name: string;
  description: string;
  hooks: FaultHooks;
}

const kindOf = (ctx: OpContext) => ctx.engine.bindings.get(ctx.operationId)?.kind;
const resourceOf = (ctx: OpContext): ResourceDef | undefined => ctx.engine.bindings.get(ctx.operationId)?.resource;

/** Applies `fn` to every record of the operation's resource in a body: one record, a page's `list`/`items`, or a bare array. */
function eachRecord(ctx: OpContext, res: TwinResponse, fn: (r: Record<string, unknown>, def: ResourceDef) => void): TwinResponse {
  const def = resourceOf(ctx);
  const body = res.body as any;
  if (!def || !body || typeof body !== "object" || res.status >= 300) return res;
  const records = Array.isArray(body) ? body : Array.isArray(body.list) ? body.list : Array.isArray(body.items) ? body.items : def.idField in body ? [body] : [];
  for (const r of records) if (r && typeof r === "object") fn(r, def);
  return res;
}

function shiftCursor(res: TwinResponse, by: number): TwinResponse {
  const body = res.body as any;
  const seq = typeof body?.nextPage === "string" ? decodeCursor(body.nextPage) : undefined;
  if (seq !== undefined) body.nextPage = encodeCursor(Math.max(0, seq + by));
  return res;
}

/** A string enum field of the resource whose value, case-flipped, leaves the enum. */
function flipEnum(ctx: OpContext, r: Record<string, unknown>, def: ResourceDef): void {
  for (const [k, s] of Object.entries(def.properties)) {
    const values: unknown[] | undefined = flatten(ctx.engine.doc, s).enum;
    const v = r[k];
    if (!values || typeof v !== "string") continue;
    const flipped = v === v.toUpperCase() ? v.toLowerCase() : v.toUpperCase();
    if (!values.includes(flipped)) {
      r[k] = flipped;
      return;
    }
  }
}


/**
 * Turns the engine's reference check off for good: a dangling reference is refused deep in the
 * engine's writes (generic creates and updates, bulk creates, families' own operations), so the
 * fault bends that one check on this twin's engine rather than each caller.
 */
function trustReferences(engine: TwinEngine): void {
  if (Object.prototype.hasOwnProperty.call(engine, "checkReferences")) return;
  engine.checkReferences = () => undefined;
}

/** The resource a reorder operation reorders, from its `x-resources` `order` fact (the move or the whole-order operation), with its position field. */
function orderedBy(ctx: OpContext): { def: ResourceDef; field: string } | undefined {
  const facts = (ctx.engine.doc["x-resources"] ?? {}) as Record<string, { order?: { field?: string; move?: { operation?: string }; replace?: { operation?: string } } }>;
  for (const def of ctx.engine.resources.values()) {
    const order = facts[def.name]?.order;
    if (order?.field && (order.move?.operation === ctx.operationId || order.replace?.operation === ctx.operationId)) return { def, field: order.field };
  }
  return undefined;
}

/** Rewrites the positions of a reordered scope as 2, 4, 6...: the order kept, the positions not contiguous. */
function spreadOrders(ctx: OpContext, res: TwinResponse): TwinResponse {
  const ordered = res.status < 300 ? orderedBy(ctx) : undefined;
  if (!ordered) return res;
  const { def, field } = ordered;
  const partition = def.parent && ctx.pathParams[def.parent.param] !== undefined ? { [def.parent.param]: ctx.pathParams[def.parent.param]! } : {};
  const records = [...ctx.engine.store(def.name).scan({ partition })].sort((a, b) => Number(a.data[field]) - Number(b.data[field]));
  records.forEach((r, i) => {
    const spread = 2 * (i + 1);
    ctx.engine.replace(def, r, { ...r.data, [field]: typeof r.data[field] === "number" ? spread : String(spread) });
  });
  return res;
}

const registry: Fault[] = [
  {
    name: "create-returns-200",
    description: "Creating any record answers 200 instead of the documented 201.",
    hooks: { after: (ctx, res) => (kindOf(ctx) === "create" && res.status === 201 ? { ...res, status: 200 } : res) },
  },
  {
    name: "server-error-on-valid-request",
    description: "Every list answers 500 to a perfectly valid request.",
    hooks: { before: (ctx) => (kindOf(ctx) === "list" ? { status: 500, body: { id: "internal.server.error", reason: "Unexpected failure", params: [] } } : undefined) },
  },
  {
    name: "not-found-as-400",
    description: "Unknown ids answer 400 instead of 404 (the slip one help page shows).",
    hooks: { after: (_ctx, res) => (res.status === 404 ? { ...res, status: 400 } : res) },
  },
  {
    name: "missing-required-field",
    description: "Records come back without a required field the server owns (`userStatus` of a user, ...).",
    hooks: {
      after: (ctx, res) =>
        eachRecord(ctx, res, (r, def) => {
          const field = [...def.required].find((f) => f !== def.idField && def.serverManaged.has(f)) ?? [...def.required].find((f) => f !== def.idField);
          if (field) delete r[field];
        }),
    },
  },
  {
    name: "id-as-number",
    description: "Record ids come back as JSON numbers instead of digit strings.",
    hooks: { after: (ctx, res) => eachRecord(ctx, res, (r, def) => void (typeof r[def.idField] === "string" && /^[0-9]+$/.test(r[def.idField] as string) && (r[def.idField] = Number(r[def.idField])))) },
  },
  {
    name: "wrong-enum",
    description: "An enum field comes back in the wrong case (`ACTIVE` for `Active`), outside the documented enum.",
    hooks: { after: (ctx, res) => eachRecord(ctx, res, (r, def) => flipEnum(ctx, r, def)) },
  },
  {
    name: "weak-password-accepted",
    description: "Passwords are not checked against the password policy.",
    hooks: { ignores: (v) => v.in === "body" && /^(password|tmpPassword|confirmPassword)$/.test(v.field) },
  },
  {
    name: "phone-length-unchecked",
    description: "A phone number of any number of digits (say 11) is accepted, not exactly ten.",
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
    description: "A `nextPage` cursor starts one record early, so a record appears on two pages.",
    hooks: { after: (ctx, res) => (kindOf(ctx) === "list" ? shiftCursor(res, -1) : res) },
  },
  {
    name: "item-skipped",
    description: "A `nextPage` cursor starts one record late, so a record is never listed.",
    hooks: { after: (ctx, res) => (kindOf(ctx) === "list" ? shiftCursor(res, +1) : res) },
  },
  {
    name: "next-page-on-last-page",
    description: "The last page of a cursor list still carries a `nextPage` cursor.",
    hooks: {
      after: (ctx, res) => {
        const body = res.body as any;
        if (kindOf(ctx) === "list" && resourceOf(ctx)?.pagination === "cursor" && res.status === 200 && body && body.nextPage === undefined) {
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
        if (kindOf(ctx) !== "list") return;
        for (const p of ["pageSize", "pagesize"]) if (ctx.query[p] !== undefined || ctx.op.parameters.some((x) => x.name === p)) ctx.query[p] = Number(ctx.query[p] ?? 20) + 1;
      },
    },
  },
  {
    name: "update-not-persisted",
    description: "Updates are acknowledged but not stored.",
    hooks: {
      before: (ctx) => {
        const def = resourceOf(ctx);
        if (!def || kindOf(ctx) !== "update") return undefined;
        const existing = ctx.engine.findByParam(def, ctx.pathParams[def.idParam ?? ""] ?? "", ctx.engine.readScope(def, ctx));
        if (!existing) return undefined;
        const ok = [...ctx.op.responses.entries()].find(([c]) => c >= 200 && c < 300)!;
        return ok[1].schemaPointer ? { status: ok[0], body: ctx.engine.present(def, existing) } : { status: ok[0] };
      },
    },
  },
  {
    name: "deactivate-ignored",
    description: "Deactivating an emergency access user answers 200 but leaves it active.",
    hooks: {
      before: (ctx) => {
        if (ctx.operationId !== "deactivateEmergencyAccessUser") return undefined;
        const def = ctx.engine.resources.get("EmergencyAccessUser")!;
        return ctx.engine.findByParam(def, ctx.pathParams.userId!, ctx.engine.readScope(def, ctx)) ? { status: 200 } : undefined;
      },
    },
  },
  {
    name: "deleted-admin-readable",
    description: "A deleted record (an administrator, ...) can still be read by id (the list no longer shows it).",
    hooks: {
      after: (ctx, res) => {
        const def = resourceOf(ctx);
        if (!def || kindOf(ctx) !== "get" || res.status !== 404) return res;
        const ghost = ctx.engine.store(def.name).tombstone(ctx.pathParams[def.idParam ?? ""] ?? "");
        return ghost ? { status: 200, body: structuredClone(ghost.data) } : res;
      },
    },
  },
  {
    name: "stale-read",
    description: "Reading a record by id answers the version it had before its last change.",
    hooks: {
      after: (ctx, res) => {
        const def = resourceOf(ctx);
        if (!def || kindOf(ctx) !== "get" || res.status !== 200) return res;
        const current = ctx.engine.findByParam(def, ctx.pathParams[def.idParam ?? ""] ?? "", {});
        const old = current && ctx.engine.store(def.name).previousVersion(current.id);
        return old ? { ...res, body: structuredClone(ctx.engine.present(def, old)) } : res;
      },
    },
  },
  {
    name: "dropped-create",
    description: "A create answers 201 with the new record, but the record is not kept.",
    hooks: {
      after: (ctx, res) => {
        const def = resourceOf(ctx);
        if (!def || kindOf(ctx) !== "create" || res.status >= 300) return res;
        const id = (res.body as Record<string, unknown> | undefined)?.[def.idField];
        const stored = typeof id === "string" ? ctx.engine.store(def.name).find(id) : undefined;
        if (stored) ctx.engine.remove(def, stored, true);
        return res;
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
    description: "Reads ignore `microtenantId`, so records of other microtenants show through.",
    hooks: {
      before: (ctx) => {
        if (kindOf(ctx) === "get" || kindOf(ctx) === "list") delete ctx.query.microtenantId;
      },
    },
  },
  {
    name: "wrong-content-type",
    description: "JSON bodies are sent as `text/plain`.",
    hooks: { after: (_ctx, res) => (res.body !== undefined ? { ...res, contentType: "text/plain" } : res) },
  },
  {
    name: "reference-not-checked",
    description: "A create or update naming a record the tenant does not have (`segmentGroupId`, `serverGroups[].id`, any `x-resources` reference) is accepted instead of refused with 400.",
    hooks: { before: (ctx) => void trustReferences(ctx.engine) },
  },
  {
    name: "reorder-gaps",
    description: "After a reorder (of policy rules, or any ordered records) the positions jump by 2 (2, 4, 6...) instead of running 1..n.",
    hooks: { after: spreadOrders },
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
