import type fc from "fast-check";
import { validRequest, type RequestSpec } from "../arbitraries/request";
import type { Env } from "../engine";
import { idsFor, requestContextFor } from "../owned-resources";
import { isWrite, resourceOf } from "../resources";
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
