import { documentedResponse, mediaType, type ResponseCheck } from "./types";

/** The content type must be a documented one; a response documented without a body must have none. */
export const contentTypeConformance: ResponseCheck = {
  name: "content_type_conformance",
  description: "Content-Type is one the spec documents for that status (no body where none is documented)",
  judge(_env, op, x) {
    if (!x.response) return undefined;
    const doc = documentedResponse(op, x.response.status);
    if (!doc) return undefined;
    const documented = Object.keys(doc.content);
    const actual = mediaType(x.response.headers["content-type"]);
    if (!documented.length) {
      if (x.response.body.length) {
        return { message: `status ${x.response.status} is documented without a body, got ${x.response.body.length} bytes`, expected: "no body", actual: actual ?? "body without content type", specLocation: doc.pointer };
      }
      return undefined;
    }
    if (!x.response.body.length && !actual) return { message: "documented body missing", expected: documented.join(", "), actual: "no body", specLocation: `${doc.pointer}/content` };
    if (!actual || !documented.some((d) => d.toLowerCase() === actual)) {
      return { message: `content type ${actual ?? "(none)"} is not documented`, expected: documented.join(", "), actual: actual ?? "(none)", specLocation: `${doc.pointer}/content` };
    }
    return undefined;
  },
};
