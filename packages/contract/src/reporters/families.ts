import type { OperationModel } from "../spec-model";
import type { CheckResult, FamilySummary } from "../types";

/** Totals per spec family, in the order the spec lists its operations; families with no result are left out. */
export function familySummaries(operations: readonly OperationModel[], results: readonly CheckResult[]): FamilySummary[] {
  const out = new Map<string, FamilySummary & { ops: Set<string> }>();
  for (const o of operations) if (!out.has(o.family)) out.set(o.family, { family: o.family, title: o.familyTitle, operations: 0, pass: 0, fail: 0, skip: 0, ops: new Set() });
  const familyOf = new Map(operations.map((o) => [o.operationId, o.family]));
  for (const r of results) {
    const f = out.get(r.family ?? familyOf.get(r.operationId) ?? "");
    if (!f) continue;
    f.ops.add(r.operationId);
    f[r.status]++;
  }
  return [...out.values()].filter((f) => f.ops.size).map(({ ops, ...f }) => ({ ...f, operations: ops.size }));
}

/** Results grouped by family, in the report's family order (results without a family last). */
export function byFamily(families: readonly FamilySummary[] | undefined, results: readonly CheckResult[]): { family: FamilySummary | undefined; results: CheckResult[] }[] {
  const groups = new Map<string, CheckResult[]>();
  for (const r of results) groups.set(r.family ?? "", [...(groups.get(r.family ?? "") ?? []), r]);
  const known = (families ?? []).filter((f) => groups.has(f.family)).map((f) => ({ family: f as FamilySummary | undefined, results: groups.get(f.family)! }));
  const rest = [...groups].filter(([name]) => !(families ?? []).some((f) => f.family === name)).flatMap(([, rs]) => rs);
  return rest.length ? [...known, { family: undefined, results: rest }] : known;
}
