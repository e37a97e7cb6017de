import fc from "fast-check";
import type { RequestSpec } from "../arbitraries/request";
import { validRequest } from "../arbitraries/request";
import { mergeAllOf, validOnly } from "../arbitraries/schema";
import { expectStatus, judgeResponse, runProperty, type Env } from "../engine";
import type { ReferenceFact } from "../dependency-order";
import { createRequestArb, ensurePrerequisites, recordsToWrite, registerCreated, requestContextFor } from "../owned-resources";
import { fillReferences, isRequiredReference, referenceRoot } from "../reference-fields";
import type { ResourceModel } from "../resources";
import type { OperationModel } from "../spec-model";
import { probeRuns, unknownIdArbitrary } from "./probe";
import { statefulBlocked, writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "dangling_reference";

/** The resource whose create or update `op` is. */
function writtenBy(env: Env, op: OperationModel): ResourceModel | undefined {
  return env.resources.find((r) => r.source === "x-resources" && (r.create === op || r.update === op));
}

/**
 * References of `r` the check can point at a missing record: by id (no `key`: a Client Connector
 * udid has no well-formed unknown value), unconditional (no `when`), to a resource with ids (not
 * keys), carried in the body (not a path value), and either a top-level field of the body or one
 * a valid body must have.
 */
function danglable(env: Env, r: ResourceModel, op: OperationModel): { ref: ReferenceFact; target: ResourceModel }[] {
  const body = op.body?.schema;
  if (!body) return [];
  const props = mergeAllOf(body).properties ?? {};
  const out: { ref: ReferenceFact; target: ResourceModel }[] = [];
  for (const ref of r.references ?? []) {
    const target = env.resources.find((x) => x.name === ref.resource);
    if (!target || target.keys || ref.key || ref.when !== undefined) continue;
    if (ref.field === r.parent?.param || op.params.some((p) => p.in === "path" && p.name === ref.field)) continue;
    // A field the server owns is ignored on a write (a connector's group): there is nothing to refuse.
    if (r.serverManaged?.includes(referenceRoot(ref.field))) continue;
    const topLevel = /^[A-Za-z0-9_]+$/.test(ref.field) && ref.field in props;
    if (topLevel || isRequiredReference(body, ref)) out.push({ ref, target });
  }
  return out;
}

/** `body` with one reference pointing at `id`; undefined when the body has no place for it. */
function dangle(body: unknown, ref: ReferenceFact, id: string, context: Record<string, unknown>): unknown {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  if (/^[A-Za-z0-9_]+$/.test(ref.field)) return { ...(body as Record<string, unknown>), [ref.field]: id };
  const out = fillReferences(body, [ref], () => id, context);
  return JSON.stringify(out) === JSON.stringify(body) ? undefined : out;
}

/** Valid requests of `op` whose body names, in one reference, a record the target does not hold. */
function danglingRequests(env: Env, op: OperationModel, base: fc.Arbitrary<RequestSpec>, refs: { ref: ReferenceFact; target: ResourceModel }[]): fc.Arbitrary<RequestSpec & { dangling: string }> {
  const ids = fc.tuple(...refs.map(({ target }) => unknownIdArbitrary(env, target, target.get ?? op)));
  const arb = fc.tuple(base, fc.nat(refs.length - 1), ids).map(([req, start, unknown]) => {
    // Each run starts with another reference; a body with no place for that one takes the next.
    for (let k = 0; k < refs.length; k++) {
      const i = (start + k) % refs.length;
      const body = dangle(req.body, refs[i]!.ref, unknown[i]!, { ...req.query, ...req.path });
      if (body !== undefined) return { ...req, body, dangling: `${refs[i]!.ref.field} → ${refs[i]!.ref.resource} ${unknown[i]}` };
    }
    return { ...req, dangling: "" };
  });
  return validOnly(arb, (req) => req.dangling !== "" && (env.compile(op.body!.pointer)(req.body) as boolean), `a valid ${op.operationId} body with one reference to a missing record`);
}

/**
 * A create or update whose body names a record the target does not hold (a segment group id no
 * segment group has) is refused with the documented 400, and creates nothing. Which fields are
 * references comes from the spec's `x-resources` `references`; the rest of the body is valid and
 * refers to the run's own prerequisites.
 */
export const danglingReference: ScenarioCheck = {
  name: NAME,
  description: "A create or update naming a record the server does not hold (a reference from x-resources) gives 400 and creates nothing",
  stateful: true,
  applies: (env, op) => {
    const r = writtenBy(env, op);
    return !!r && !!op.responses["400"] && danglable(env, r, op).length > 0;
  },
  async run(env, op) {
    const blocked = statefulBlocked(env) ?? writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    const r = writtenBy(env, op)!;
    const refs = danglable(env, r, op);
    let base: fc.Arbitrary<RequestSpec>;
    if (r.create === op) {
      await ensurePrerequisites(env, r);
      base = createRequestArb(env, r);
    } else {
      // Only a record of the run's own is changed, as every write check does on a live tenant; on a
      // disposable target (`writeExisting`), one it did not create where the API can create none.
      const records = recordsToWrite(env, r);
      if (records.existing && !records.existing.length) return env.recorder.skip(op.operationId, NAME, `the API cannot create a ${r.name}, so the run has none of its own to change`);
      const id = await records.next();
      if (!id) return env.recorder.skip(op.operationId, NAME, "could not create a resource to update");
      base = validRequest(requestContextFor(env, op, [id]), op);
    }
    await runProperty(env, op, NAME, danglingRequests(env, op, base, refs), probeRuns(env), async (req) => {
      const { dangling, ...sent } = req as RequestSpec & { dangling: string };
      const x = await env.transport.send(op, sent);
      const findings = judgeResponse(env, op, x);
      const status = x.response?.status;
      // Whatever a faulty server made of it is removed at the end, and never used by another check.
      if (r.create === op && status !== undefined && status < 300) registerCreated(env, r, x, sent, true);
      const f = expectStatus(op, x, NAME, (s) => s === 400, `400 for ${dangling}`, op.responses["400"]!.pointer);
      if (f) findings.push({ ...f, message: `${f.message} (the body names ${dangling}, which the server does not hold)` });
      else env.recorder.pass(op.operationId, NAME);
      return findings;
    }, NAME);
  },
};
