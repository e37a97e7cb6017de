import fc from "fast-check";
import { validRequest } from "../arbitraries/request";
import { mergeAllOf } from "../arbitraries/schema";
import { judgeResponse, runProperty, type Env, type Finding } from "../engine";
import { createOwned, createRequestArb, jsonOf, readResource, recordsToWrite, requestContextFor } from "../owned-resources";
import { actionOf, allowedFlag, type ResourceModel } from "../resources";
import type { OperationModel, Schema } from "../spec-model";
import type { Exchange } from "../types";
import { statefulBlocked, writeBlocked, type ScenarioCheck } from "./scenario";

const NAME = "round_trip";

/** Fields of a written body that a read must show again (not write-only, not deprecated, readable, not the server's own). */
function comparable(sent: Record<string, unknown>, writeSchema: Schema, readSchema: Schema, serverManaged: readonly string[]): string[] {
  const w = mergeAllOf(writeSchema).properties ?? {};
  const r = mergeAllOf(readSchema).properties ?? {};
  // A field typed differently on read (int32 written, digit string read) is the server's own representation.
  const sameType = (k: string) => !w[k]?.type || !r[k]?.type || w[k].type === r[k].type;
  return Object.keys(sent).filter((k) => !w[k]?.writeOnly && !w[k]?.deprecated && !serverManaged.includes(k) && k in r && sameType(k));
}

/**
 * Differences between what was written and what is read back. Fields the server owns (the spec's
 * `x-resources` `serverManaged`: ids, states, counters) are not compared: a body may carry them,
 * and the server ignores them.
 */
export function diffWritten(sent: Record<string, unknown>, read: Record<string, any>, writeSchema: Schema, readSchema: Schema, serverManaged: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const k of comparable(sent, writeSchema, readSchema, serverManaged)) {
    let got = read[k];
    // `roleId` written, `role: {id}` read: the ZPA convention for references.
    if (got === undefined && k.endsWith("Id") && read[k.slice(0, -2)]?.id !== undefined) got = read[k.slice(0, -2)].id;
    const want = sent[k];
    if (got === undefined && want === "") continue;
    if (!shows(got, want)) out.push(`/${k}: sent ${JSON.stringify(want)}, read ${JSON.stringify(got)}`);
  }
  return out;
}

/**
 * Whether a read value shows what was written: equal, except that an object read back may carry
 * more than was sent (a reference written as `{id}` reads as `{id, name}`, the pages' convention).
 */
function shows(got: unknown, want: unknown): boolean {
  if (Array.isArray(want)) return Array.isArray(got) && got.length === want.length && want.every((w, i) => shows(got[i], w));
  if (want && typeof want === "object") {
    return !!got && typeof got === "object" && !Array.isArray(got) && Object.entries(want).every(([k, w]) => shows((got as Record<string, unknown>)[k], w));
  }
  // An int64 sent as a bare number reads back as its digits, the way ZPA answers ids and times.
  if (typeof want === "number" && typeof got === "string") return String(want) === got;
  return JSON.stringify(got) === JSON.stringify(want);
}

function readSchemaOf(env: Env, r: ResourceModel): Schema {
  const ptr = Object.values(r.get!.responses[String(r.get!.successStatus)].content)[0]!;
  return env.model.deref(env.model.resolve(ptr));
}

function mismatch(op: OperationModel, message: string, diffs: string[], x: Exchange): Finding {
  return { check: NAME, message, expected: "the written values", actual: diffs.slice(0, 4).join("; "), bodyPath: diffs[0]?.split(":")[0], specLocation: op.pointer, exchange: x };
}

function resourceWith(env: Env, op: OperationModel): ResourceModel | undefined {
  return env.resources.find((r) => r.get && (r.create === op || r.update === op || (r.actions.includes(op) && togglesState(env, r, op))));
}

/**
 * Whether an action switches the resource's state (activate, deactivate): the read shows an
 * `allowed<Action>` flag or a status value named for it. Other actions (move, share, restart)
 * have no state to read back; their answers are judged by the other checks.
 */
function togglesState(env: Env, r: ResourceModel, op: OperationModel): boolean {
  const props = mergeAllOf(readSchemaOf(env, r)).properties ?? {};
  const action = actionOf(op);
  const stem = action.replace(/ate$/, "").toLowerCase();
  return allowedFlag(action) in props || Object.values<Schema>(props).some((s) => Array.isArray(s.enum) && s.enum.some((v) => String(v).toLowerCase().startsWith(stem)));
}

/** Created then read back equal; updated then read back changed; actions reflected in the resource's state. */
export const roundTrip: ScenarioCheck = {
  name: NAME,
  description: "Created then read back equal; updated then read back changed; activate/deactivate reflected in status and allowed* flags",
  stateful: true,
  applies: (env, op) => !!resourceWith(env, op),
  async run(env, op) {
    const blocked = statefulBlocked(env) ?? writeBlocked(env, op);
    if (blocked) return env.recorder.skip(op.operationId, NAME, blocked);
    const r = resourceWith(env, op)!;
    const readSchema = readSchemaOf(env, r);
    const runs = Math.max(1, Math.min(env.runs, 15));
    if (r.create === op) {
      await runProperty(env, op, NAME, createRequestArb(env, r), runs, async (req) => {
        const { id, x } = await createOwned(env, r, req);
        const findings = judgeResponse(env, op, x);
        if (!id) return [...findings, { check: NAME, message: "create did not answer an id", expected: `${r.idField} in the body`, actual: `${x.response?.status} ${x.response?.body.slice(0, 120)}`, specLocation: op.pointer, exchange: x }];
        const rx = await readResource(env, r, id);
        const diffs = rx.response?.status === 200 ? diffWritten(req.body as Record<string, unknown>, jsonOf(rx) ?? {}, op.body!.schema, readSchema, r.serverManaged) : [`read answered ${rx.response?.status}`];
        if (diffs.length) return [...findings, mismatch(op, "read-back differs from what was created", diffs, rx)];
        env.recorder.pass(op.operationId, NAME);
        return findings;
      }, NAME);
      return;
    }
    const records = recordsToWrite(env, r);
    if (records.existing && !records.existing.length) return env.recorder.skip(op.operationId, NAME, `the API cannot create a ${r.name}, so the run has none of its own to change`);
    if (r.update === op) {
      const id = await records.next();
      if (!id) return env.recorder.skip(op.operationId, NAME, "could not create a resource to update");
      const ctx = requestContextFor(env, op, [id]);
      await runProperty(env, op, NAME, validRequest(ctx, op), runs, async (req) => {
        const x = await env.transport.send(op, req);
        const findings = judgeResponse(env, op, x);
        if (!x.response || x.response.status >= 300) return [...findings, { check: NAME, message: "update refused", expected: String(op.successStatus), actual: `${x.response?.status}`, specLocation: op.pointer, exchange: x }];
        const rx = await readResource(env, r, id);
        // An update may send back fields only a create sets (the spec's `createOnly`): the server ignores them.
        const diffs = diffWritten(req.body as Record<string, unknown>, jsonOf(rx) ?? {}, op.body!.schema, readSchema, [...(r.serverManaged ?? []), ...(r.createOnly ?? [])]);
        if (diffs.length) return [...findings, mismatch(op, "read-back does not show the update", diffs, rx)];
        env.recorder.pass(op.operationId, NAME);
        return findings;
      }, NAME);
      return;
    }
    // Actions: after `activate`, allowedActivate is false, its siblings' flags true, and the status names it.
    const action = actionOf(op);
    const flag = allowedFlag(action);
    const statusProp = Object.entries<Schema>(mergeAllOf(readSchema).properties ?? {}).find(([, s]) => Array.isArray(s.enum))?.[0];
    const statusEnum: string[] = statusProp ? mergeAllOf(readSchema).properties[statusProp].enum : [];
    const stem = action.replace(/ate$/, "");
    const statusValue = statusEnum.find((v) => v.toLowerCase().startsWith(stem.toLowerCase()));
    await runProperty(env, op, NAME, fc.constant({ path: {}, query: {} }), Math.min(runs, 5), async () => {
      const id = await records.next();
      if (!id) return [{ check: NAME, message: "could not create a resource", specLocation: op.pointer }];
      const path = { ...env.baseContext().fixedParams, [r.idParam]: id };
      const before = jsonOf(await readResource(env, r, id)) ?? {};
      if (before[flag] === false) {
        const sib = r.actions.find((a) => a !== op && before[allowedFlag(actionOf(a))] === true);
        if (sib) await env.transport.send(sib, { path, query: {} });
      }
      const x = await env.transport.send(op, { path, query: {} });
      const findings = judgeResponse(env, op, x);
      if (!x.response || x.response.status >= 300) return [...findings, { check: NAME, message: `${action} refused`, expected: String(op.successStatus), actual: `${x.response?.status} ${x.response?.body.slice(0, 120)}`, specLocation: op.pointer, exchange: x }];
      const rx = await readResource(env, r, id);
      const after = jsonOf(rx) ?? {};
      const diffs: string[] = [];
      if (flag in after && after[flag] !== false) diffs.push(`/${flag}: expected false, read ${JSON.stringify(after[flag])}`);
      for (const sib of r.actions) {
        const f = allowedFlag(actionOf(sib));
        if (sib !== op && f in after && after[f] !== true) diffs.push(`/${f}: expected true, read ${JSON.stringify(after[f])}`);
      }
      if (statusProp && statusValue && after[statusProp] !== statusValue) diffs.push(`/${statusProp}: expected ${statusValue}, read ${JSON.stringify(after[statusProp])}`);
      if (statusProp && !statusValue && after[statusProp] === before[statusProp] && before[flag] !== false) {
        diffs.push(`/${statusProp}: unchanged (${JSON.stringify(after[statusProp])}) after ${action}`);
      }
      if (diffs.length) return [...findings, mismatch(op, `state after ${action} is wrong`, diffs, rx)];
      env.recorder.pass(op.operationId, NAME);
      return findings;
    }, NAME);
  },
};
