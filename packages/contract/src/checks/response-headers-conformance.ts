import { documentedResponse, type ResponseCheck } from "./types";

/** Documented response headers must be present when required and match their schema when sent. */
export const responseHeadersConformance: ResponseCheck = {
  name: "response_headers_conformance",
  description: "Documented response headers (e.g. retry-after on 429/503) are present when required and match their schema",
  judge(env, op, x) {
    if (!x.response) return undefined;
    const doc = documentedResponse(op, x.response.status);
    if (!doc) return undefined;
    for (const h of doc.headers) {
      const value = x.response.headers[h.name];
      if (value === undefined) {
        if (h.required) return { message: `header ${h.name} missing`, expected: h.name, actual: "absent", specLocation: `${doc.pointer}/headers` };
        continue;
      }
      if (h.pointer && !env.compile(h.pointer)(value)) {
        return { message: `header ${h.name} does not match its schema`, expected: "schema at spec location", actual: value, specLocation: h.pointer };
      }
    }
    return undefined;
  },
};
