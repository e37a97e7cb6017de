import { deref, operationsOf, type Json, type SpecOperation } from "../openapi-document";
import { checkDrift, type Difference } from "./drift";
import type { PageFacts } from "./help-pages";
import { pathShape } from "./page-path";
import type { HelpPage } from "./parse-help-page";

/** The spec operation for a page's method and path (parameter names blanked), with path-level parameters merged in and resolved. */
export function findOperation(spec: Json, method: string, path: string, operations: SpecOperation[] = operationsOf(spec)): Json | undefined {
  const found = operations.find((o) => o.method === method.toUpperCase() && pathShape(o.path) === pathShape(path));
  return found && { ...found.op, path: found.path, parameters: found.parameters.map((p) => deref(spec, p)) };
}

/** The differences that are facts a page states and the spec lacks (the reverse, "extra", is not a gap in coverage). */
const GAPS = new Set<Difference["kind"]>(["operation-missing", "parameter-missing", "parameter-location", "response-missing"]);

/** A page as its committed facts describe it: operations, parameters and codes (examples and field tables are not coverage). */
function pageOf(facts: PageFacts): HelpPage {
  return {
    page: facts.page,
    title: facts.title,
    ...(facts.source ? { source: facts.source } : {}),
    form: facts.form,
    operations: facts.operations.map((op) => ({ method: op.method, path: op.path, section: op.section ?? "", parameters: op.parameters, responses: op.responses, examples: [] })),
    fields: [],
  };
}

function describe(d: Difference): string {
  switch (d.kind) {
    case "operation-missing":
      return "operation missing";
    case "parameter-missing":
      return `${d.doc?.split(" ")[0] ?? "a"} parameter "${d.subject}" missing`;
    case "response-missing":
      return `response ${d.subject} missing`;
    default:
      return d.message;
  }
}

/**
 * Everything the extracted facts state that the spec lacks: operations, query, header and path
 * parameters and response codes, judged exactly as doc-check judges the pages themselves (it is
 * doc-check's comparison, run on the committed facts, so that it runs without the pages): an
 * operation described on several pages is covered when the spec has it, whichever page its
 * `x-doc-source` names, and a deviation the spec acknowledges on purpose (`x-doc-notes`, or a
 * convention its description states) is no gap. An empty list means full coverage. Whether the
 * spec agrees on the details (types, rules, examples) is left to doc-check.
 */
export function missingFromSpec(pages: PageFacts[], spec: Json): string[] {
  const report = checkDrift(pages.map(pageOf), spec);
  const gaps: string[] = [];
  for (const d of report.drift) {
    if (!GAPS.has(d.kind)) continue;
    for (const page of [d.page, ...(d.alsoOn ?? [])]) gaps.push(`${page}: ${d.operation}: ${describe(d)}`);
  }
  return gaps;
}
