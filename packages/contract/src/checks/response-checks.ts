import { contentTypeConformance } from "./content-type-conformance";
import { maxResponseTime } from "./max-response-time";
import { notAServerError } from "./not-a-server-error";
import { responseHeadersConformance } from "./response-headers-conformance";
import { responseSchemaConformance } from "./response-schema-conformance";
import { statusCodeConformance } from "./status-code-conformance";
import type { ResponseCheck } from "./types";

/** The checks applied to every response, in report order. */
export const RESPONSE_CHECKS: ResponseCheck[] = [
  notAServerError,
  statusCodeConformance,
  contentTypeConformance,
  responseHeadersConformance,
  responseSchemaConformance,
  maxResponseTime,
];
