import { UsageError } from "./cli-options";
import type { OperationModel } from "./spec-model";

/** Which operations a run covers (Schemathesis-style include/exclude filters; all given filters must agree). */
export interface OperationSelection {
  includeOperations?: readonly string[];
  excludeOperations?: readonly string[];
  includeTags?: readonly string[];
  excludeTags?: readonly string[];
  /** Parts of spec paths (`/administrators` matches every path containing it). */
  includePaths?: readonly string[];
  excludePaths?: readonly string[];
  includeMethods?: readonly string[];
  excludeMethods?: readonly string[];
}

const some = (xs: readonly string[] | undefined) => !!xs?.length;

/**
 * The operations a selection keeps, in spec order. An operation id, tag or path the spec does not
 * have is refused (a typo would otherwise silently select nothing), as is a selection that keeps none.
 */
export function selectOperations(operations: readonly OperationModel[], s: OperationSelection): OperationModel[] {
  const ids = new Set(operations.map((o) => o.operationId));
  const tags = new Set(operations.flatMap((o) => o.tags));
  for (const [flag, list] of [["include-operation", s.includeOperations], ["exclude-operation", s.excludeOperations]] as const) {
    for (const id of list ?? []) if (!ids.has(id)) throw new UsageError(`--${flag} accepts an operation id of the spec; got ${JSON.stringify(id)}${near(id, ids)}`);
  }
  for (const [flag, list] of [["include-tag", s.includeTags], ["exclude-tag", s.excludeTags]] as const) {
    for (const t of list ?? []) if (!tags.has(t)) throw new UsageError(`--${flag} accepts a tag of the spec (e.g. ${JSON.stringify([...tags][0])}); got ${JSON.stringify(t)}${near(t, tags)}`);
  }
  for (const [flag, list] of [["include-path", s.includePaths], ["exclude-path", s.excludePaths]] as const) {
    for (const p of list ?? []) if (!operations.some((o) => o.path.includes(p))) throw new UsageError(`--${flag} accepts part of a spec path; no path contains ${JSON.stringify(p)}`);
  }
  const upper = (xs: readonly string[] | undefined) => xs?.map((x) => x.toUpperCase());
  const incM = upper(s.includeMethods);
  const excM = upper(s.excludeMethods);
  const kept = operations.filter(
    (o) =>
      (!some(s.includeOperations) || s.includeOperations!.includes(o.operationId)) &&
      !s.excludeOperations?.includes(o.operationId) &&
      (!some(s.includeTags) || o.tags.some((t) => s.includeTags!.includes(t))) &&
      !o.tags.some((t) => s.excludeTags?.includes(t)) &&
      (!some(s.includePaths) || s.includePaths!.some((p) => o.path.includes(p))) &&
      !s.excludePaths?.some((p) => o.path.includes(p)) &&
      (!some(incM) || incM!.includes(o.method)) &&
      !excM?.includes(o.method),
  );
  if (!kept.length) throw new UsageError("the operation filters (--include-*/--exclude-*) select no operation of the spec");
  return kept;
}

/** The checks a run keeps: `only` (all when empty) minus `exclude`; unknown names are refused. */
export function selectChecks(known: readonly string[], only: readonly string[] | undefined, exclude: readonly string[] | undefined): Set<string> {
  const all = new Set(known);
  for (const [flag, list] of [["only-check", only], ["exclude-check", exclude]] as const) {
    for (const c of list ?? []) if (!all.has(c)) throw new UsageError(`--${flag} accepts a check name (${known.join(", ")}); got ${JSON.stringify(c)}`);
  }
  const kept = new Set(known.filter((c) => (!only?.length || only.includes(c)) && !exclude?.includes(c)));
  if (!kept.size) throw new UsageError("--only-check and --exclude-check leave no check to run");
  return kept;
}

function near(x: string, pool: Set<string>): string {
  const lower = x.toLowerCase();
  const hit = [...pool].find((p) => p.toLowerCase() === lower || p.toLowerCase().includes(lower));
  return hit ? ` (did you mean ${JSON.stringify(hit)}?)` : "";
}
