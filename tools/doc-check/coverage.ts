import { deref, operationsOf, type Json } from "../openapi-document";
import type { PageFacts } from "./help-pages";

/** The spec operation for a page's method and path, with path-level parameters merged in. */
export function findOperation(spec: Json, method: string, path: string): Json | undefined {
  const found = operationsOf(spec).find((o) => o.method === method.toUpperCase() && o.path === path);
  return found && { ...found.op, parameters: found.parameters.map((p) => deref(spec, p)) };
}

/**
 * Everything a help page states that the spec lacks: operations, parameters (by name and
 * location), response codes and documented fields. An empty list means full coverage.
 */
export function missingFromSpec(pages: PageFacts[], spec: Json): string[] {
  const missing: string[] = [];
  const writeFields = spec.components?.schemas?.AdministratorWrite?.properties ?? {};
  for (const page of pages) {
    for (const fact of page.operations) {
      const where = `${page.page}: ${fact.method} ${fact.path}`;
      const op = findOperation(spec, fact.method, fact.path);
      if (!op) {
        missing.push(`${where}: operation missing`);
        continue;
      }
      if (op["x-doc-source"]?.page !== page.page) missing.push(`${where}: x-doc-source.page is not "${page.page}"`);
      for (const p of fact.parameters) {
        const found = op.parameters.find((q: Json) => q.name === p.name && q.in === p.in);
        if (!found) missing.push(`${where}: ${p.in} parameter "${p.name}" missing`);
        else if (p.in === "path" && !found.required) missing.push(`${where}: path parameter "${p.name}" not required`);
        else if (found && p.maximum !== undefined && found.schema?.maximum !== p.maximum) missing.push(`${where}: "${p.name}" maximum ${p.maximum} not in the spec`);
        else if (found && p.default !== undefined && String(found.schema?.default) !== p.default) missing.push(`${where}: "${p.name}" default ${p.default} not in the spec`);
      }
      for (const code of fact.responses) {
        if (!op.responses?.[code]) missing.push(`${where}: response ${code} missing`);
      }
    }
    for (const field of page.fields) {
      if (!writeFields[field.name]) missing.push(`${page.page}: field "${field.name}" missing from AdministratorWrite`);
    }
  }
  return missing;
}
