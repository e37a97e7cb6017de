import type fc from "fast-check";
import { validRequest, type RequestSpec } from "../arbitraries/request";
import type { Env } from "../engine";
import { idArbitrary, idsFor, requestContextFor } from "../owned-resources";
import { isWrite, resourceOf, type ResourceModel } from "../resources";
import type { OperationModel } from "../spec-model";

/** Valid requests to start a probe from (ids the run may touch on a stateful target). */
export async function probeBase(env: Env, op: OperationModel): Promise<fc.Arbitrary<RequestSpec>> {
  const ids = resourceOf(env.resources, op) && (env.stateful || !env.mock) ? await idsFor(env, op) : undefined;
  return validRequest(requestContextFor(env, op, isWrite(op) ? ids : undefined), op);
}

/** How many times a probe runs: a few inputs are enough to show the server ignores a rule. */
export function probeRuns(env: Env): number {
  return Math.max(1, Math.min(5, env.runs));
}

/** The body of a request as the operation's media type would carry it. */
export function encodeBody(op: OperationModel, body: unknown): string {
  if (op.body?.mediaType === "application/x-www-form-urlencoded") return new URLSearchParams(Object.entries((body as object) ?? {}).map(([k, v]) => [k, String(v)])).toString();
  return JSON.stringify(body ?? {});
}

/** Well-formed ids of `r` (as `op`'s path takes them) that the run has not seen on the target. */
export function unknownIdArbitrary(env: Env, r: ResourceModel, op: OperationModel): fc.Arbitrary<string> {
  const known = env.known.get(r.name) ?? new Set<string>();
  return idArbitrary(r, op).filter((id) => !known.has(id));
}

/**
 * What a server documents for an id it does not hold: 404, or where an operation documents no 404
 * (the SCIM pages), its 400 `resource.not.found`. Undefined when it documents neither.
 */
export function notFoundStatus(op: OperationModel): number | undefined {
  return op.responses["404"] ? 404 : op.responses["400"] ? 400 : undefined;
}
