import type { ResponseCheck } from "./types";

/** Any 5xx, or no answer at all, is a failure whatever the spec documents. */
export const notAServerError: ResponseCheck = {
  name: "not_a_server_error",
  description: "No 5xx and no dropped connection, for any request",
  judge(_env, op, x) {
    if (x.error) return { message: `no response: ${x.error}`, expected: "an HTTP response", actual: x.error, specLocation: op.pointer };
    if (x.response && x.response.status >= 500) {
      return { message: `server error ${x.response.status}`, expected: "status < 500", actual: String(x.response.status), specLocation: `${op.pointer}/responses` };
    }
    return undefined;
  },
};
