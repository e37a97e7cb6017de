import type { SpecValidator } from "@zpa-openapi/spec";
import { ValidatedRecords } from "./engine/validated-records.js";
import type { OperationSpec, ParameterSpec } from "./router.js";

/** One broken rule of a request, named by the field it concerns. */
export interface Violation {
  /** Where the field is: a path or query parameter, or the body. */
  in: "path" | "query" | "body";
  /** The field's name (a parameter, a body property path such as `groupIds/0`, or `body`). */
  field: string;
  /** The JSON Schema keyword that failed (pattern, maximum, required, ...). */
  keyword: string;
  message: string;
}

/** Result of checking a request's parameters: coerced values plus what was wrong. */
export interface ParameterCheck {
  /** Path parameters, decoded. */
  path: Record<string, string>;
  /** Query parameters, coerced to their declared types, defaults filled in. */
  query: Record<string, unknown>;
  violations: Violation[];
}

/**
 * Validates requests and responses against the spec's own schemas. Nothing here restates a rule:
 * the twin only coerces query strings into the types the spec declares and asks the spec's
 * validator (`createSpecValidator()` of `@zpa-openapi/spec`) what is wrong.
 */
export class SpecConformance {
  private readonly answers: ValidatedRecords;

  constructor(private readonly validator: SpecValidator) {
    this.answers = new ValidatedRecords(validator);
  }

  /** Whether `value` satisfies the schema at a JSON pointer of the spec. */
  isValid(pointer: string, value: unknown): boolean {
    return this.validator.compile(pointer)(value) === true;
  }

  /** Decodes, coerces and validates path and query parameters. */
  checkParameters(op: OperationSpec, rawPathParams: Record<string, string>, search: URLSearchParams): ParameterCheck {
    const path: Record<string, string> = {};
    const query: Record<string, unknown> = {};
    const violations: Violation[] = [];
    for (const param of op.parameters) {
      if (param.in !== "path" && param.in !== "query") continue;
      const values = param.in === "path" ? path : query;
      let raw: string | undefined;
      if (param.in === "path") {
        try {
          raw = decodeURIComponent(rawPathParams[param.name] ?? "");
        } catch {
          violations.push({ in: "path", field: param.name, keyword: "encoding", message: "is not valid percent-encoding" });
          continue;
        }
      } else {
        const all = search.getAll(param.name);
        if (all.length > 1) {
          violations.push({ in: "query", field: param.name, keyword: "maxItems", message: "must be given at most once" });
          continue;
        }
        raw = all[0];
      }
      if (raw === undefined) {
        if (param.required) violations.push({ in: param.in, field: param.name, keyword: "required", message: "is required" });
        else if (param.schema.default !== undefined) values[param.name] = param.schema.default;
        continue;
      }
      const value = coerce(param, raw);
      const errors = this.validator.validate(param.schemaPointer, value);
      for (const e of errors) {
        violations.push({ in: param.in, field: param.name, keyword: e.keyword, message: e.message });
      }
      if (errors.length === 0) values[param.name] = value;
    }
    return { path, query, violations };
  }

  /** Validates a parsed body against the operation's request schema for that content type. */
  checkBody(op: OperationSpec, contentType: string, body: unknown): Violation[] {
    const pointer = op.requestBody?.contentTypes.get(contentType);
    if (!pointer) return [];
    const seen = new Set<string>();
    const out: Violation[] = [];
    for (const e of this.validator.validate(pointer, body)) {
      // `if` and the branches of `anyOf`/`allOf` only summarise errors reported elsewhere.
      if (e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "allOf") continue;
      const base = e.path.replace(/^\//, "");
      const field = e.property && (e.keyword === "required" || e.keyword === "additionalProperties")
        ? (base ? `${base}/${e.property}` : e.property)
        : base || "body";
      const key = `${field}:${e.keyword}:${e.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ in: "body", field, keyword: e.keyword, message: e.message });
    }
    return out;
  }

  /** Checks the twin's own answer against the documented responses; returns what is wrong. */
  checkResponse(op: OperationSpec, status: number, body: unknown): string[] {
    const documented = op.responses.get(status);
    if (!documented) return [`status ${status} is not documented for ${op.operationId}`];
    if (!documented.schemaPointer) return body === undefined ? [] : [`status ${status} of ${op.operationId} has no documented body`];
    if (body === undefined) return [`status ${status} of ${op.operationId} must have a body`];
    return this.answers.check(documented.schemaPointer, body);
  }
}

/** Turns a query or path string into the type the parameter's schema declares, leaving bad input for the validator to report. */
function coerce(param: ParameterSpec, raw: string): unknown {
  const type = param.schema.type;
  if (type === "integer" || type === "number") {
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  if (type === "boolean") {
    if (raw === "true") return true;
    if (raw === "false") return false;
    return raw;
  }
  return raw;
}

/** Formats violations as the `reason` of a 400 body. */
export function describeViolations(violations: Violation[]): string {
  return violations.map((v) => (v.keyword === "required" ? `${v.field} is required` : `${v.field} ${v.message}`)).join("; ");
}
