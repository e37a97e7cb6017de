import fc from "fast-check";
import type { SpecValidator } from "@zpa-openapi/spec";
type ValidateFunction = ReturnType<SpecValidator["compile"]>;
import type { OperationModel, ParamModel, Schema } from "../spec-model";
import { applyPrefix } from "../resources";
import { objectOf } from "./object";
import { schemaArbitrary, validOnly } from "./schema";

/** The first validator error, as a short reason. */
export function firstError(validate: ValidateFunction, value: unknown): string {
  validate(value);
  const e = validate.errors?.[0];
  return e ? `${e.instancePath || "/"} ${e.message ?? e.keyword}` : "rejected";
}

/** A request before it is sent: values by location, still typed. */
export interface RequestSpec {
  path: Record<string, string>;
  query: Record<string, unknown>;
  headers?: Record<string, string | null>;
  body?: unknown;
  /** Send no body although the operation takes one. */
  omitBody?: boolean;
}

/** What request generation needs to know about the target. */
export interface RequestContext {
  /** Path parameters with one right value (the tenant's `customerId`). */
  fixedParams: Record<string, string>;
  /** Arbitraries for ids that must exist on a stateful target, by parameter or property name. */
  idPools: Record<string, fc.Arbitrary<string>>;
  /** A mock answers any value; a real server gives cursors, search filters and scopes meaning. */
  mock: boolean;
  /**
   * The run prefix and email domain every body carries (name and email fields), so whatever a
   * server makes of it, even an invalid body it wrongly accepts, can be found and swept.
   */
  label?: { prefix: string; emailDomain: string };
  /** The body, where the target's state decides it (a scope's whole order) rather than the schema. */
  body?: fc.Arbitrary<unknown>;
  /** Rewrites each generated request (a stateful run's real references); the result is validated again. */
  refine?: (req: RequestSpec) => RequestSpec;
  compile(pointer: string): ValidateFunction;
}

/** Turns a query string value back into the type the schema wants, as a server would. */
export function coerceQuery(schema: Schema, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

/** Whether a parameter value is valid for its schema. */
export function paramValid(ctx: RequestContext, p: ParamModel, value: unknown): boolean {
  return ctx.compile(p.pointer)(p.in === "path" || p.in === "query" ? coerceQuery(p.schema, value) : value) as boolean;
}

/** Whether a whole request satisfies the spec. */
export function requestValid(ctx: RequestContext, op: OperationModel, req: RequestSpec, bodyChecked = false): boolean {
  for (const p of op.params) {
    const bag = p.in === "path" ? req.path : p.in === "query" ? req.query : (req.headers as Record<string, unknown>) ?? {};
    const v = bag[p.name];
    if (v === undefined || v === null) {
      if (p.required) return false;
      continue;
    }
    if (!paramValid(ctx, p, v)) return false;
  }
  if (op.body) {
    if (req.omitBody || req.body === undefined) return !op.body.required;
    if (!bodyChecked && !ctx.compile(op.body.pointer)(req.body)) return false;
  }
  return true;
}

/** Path/query parameters a real server gives meaning to beyond their schema (cursors, filters, scopes). */
function meaningfulOnRealServer(p: ParamModel): boolean {
  const type = Array.isArray(p.schema.type) ? p.schema.type[0] : p.schema.type;
  return p.in === "query" && !p.required && type === "string";
}

function paramArbitrary(ctx: RequestContext, p: ParamModel): fc.Arbitrary<unknown> {
  if (ctx.fixedParams[p.name] !== undefined) return fc.constant(ctx.fixedParams[p.name]);
  if (ctx.idPools[p.name]) return ctx.idPools[p.name];
  let arb = schemaArbitrary(p.schema);
  // An empty, "." or ".." segment changes which path the URL names: never a value of the parameter.
  if (p.in === "path") arb = arb.filter((v) => String(v) !== "" && String(v) !== "." && String(v) !== "..");
  // OpenAPI forbids an empty query value unless the parameter says `allowEmptyValue` (none does).
  if (p.in === "query") arb = arb.filter((v) => String(v) !== "");
  return arb;
}

/** A body with the run prefix in its name and email fields, when the context asks for it. */
function labelled(ctx: RequestContext, op: OperationModel, body: unknown): unknown {
  if (!ctx.label || !op.body || !body || typeof body !== "object" || Array.isArray(body)) return body;
  return applyPrefix(body as Record<string, unknown>, op.body.schema, ctx.label.prefix, ctx.label.emailDomain);
}

/**
 * Valid requests for an operation: required parameters always, optional ones sometimes, and a
 * body valid against the documented schema (checked with the real validator).
 */
export function validRequest(ctx: RequestContext, op: OperationModel): fc.Arbitrary<RequestSpec> {
  const pathArbs: Record<string, fc.Arbitrary<unknown>> = {};
  const queryArbs: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredQuery: string[] = [];
  for (const p of op.params) {
    if (p.in === "path") pathArbs[p.name] = paramArbitrary(ctx, p);
    else if (p.in === "query") {
      if (!ctx.mock && meaningfulOnRealServer(p)) continue;
      queryArbs[p.name] = paramArbitrary(ctx, p);
      if (p.required) requiredQuery.push(p.name);
    }
  }
  const bodyArb: fc.Arbitrary<unknown> = ctx.body && op.body
    ? ctx.body
    : op.body
    ? validOnly(
        schemaArbitrary(op.body.schema, { skipDeprecated: !ctx.mock, overrides: ctx.idPools }),
        (b) => ctx.compile(op.body!.pointer)(b) as boolean,
        `a valid ${op.operationId} body`,
        (b) => firstError(ctx.compile(op.body!.pointer), b),
      )
    : fc.constant(undefined);
  const request = objectOf({ path: objectOf(pathArbs), query: objectOf(queryArbs, requiredQuery), body: bodyArb })
    .map((r) => ({
      path: Object.fromEntries(Object.entries(r.path as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
      query: r.query as Record<string, unknown>,
      ...(op.body ? { body: labelled(ctx, op, r.body) } : {}),
    }));
  const refined = ctx.refine ? request.map(ctx.refine) : request;
  return validOnly(refined, (r) => requestValid(ctx, op, r, !ctx.refine), `a valid ${op.operationId} request`);
}
