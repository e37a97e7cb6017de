import { documentedResponse, type ResponseCheck } from "./types";

/** The status must be one the operation documents. */
export const statusCodeConformance: ResponseCheck = {
  name: "status_code_conformance",
  description: "Every status is one the spec documents for the operation",
  judge(_env, op, x) {
    if (!x.response) return undefined;
    if (documentedResponse(op, x.response.status)) return undefined;
    return {
      message: `status ${x.response.status} is not documented`,
      expected: Object.keys(op.responses).join(", "),
      actual: String(x.response.status),
      specLocation: `${op.pointer}/responses`,
    };
  },
};
