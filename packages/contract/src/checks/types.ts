import type { SpecValidator } from "@zpa-openapi/spec";
type ValidateFunction = ReturnType<SpecValidator["compile"]>;
import type { OperationModel, ResponseModel } from "../spec-model";
import type { Exchange } from "../types";

/** What a check found wrong with one exchange. */
export interface Violation {
  message: string;
  expected?: string;
  actual?: string;
  bodyPath?: string;
  specLocation: string;
}

/** What response-level checks need from the run. */
export interface ResponseCheckEnv {
  compile(pointer: string): ValidateFunction;
  maxResponseTimeMs: number;
}

/** A check applied to every response the suite receives for an operation. */
export interface ResponseCheck {
  name: string;
  /** One line for the report legend. */
  description: string;
  judge(env: ResponseCheckEnv, op: OperationModel, x: Exchange): Violation | undefined;
}

/** The documented response for a status: exact code, then `4XX`-style ranges, then `default`. */
export function documentedResponse(op: OperationModel, status: number): ResponseModel | undefined {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
}

/** The media type of a content-type header, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(";")[0].trim().toLowerCase() || undefined;
}

/** Shortens a body for a report line. */
export function snippet(s: string | undefined, n = 200): string {
  if (!s) return "(empty)";
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
