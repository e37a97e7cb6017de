import { NOT_JSON, parsedBody } from "../http/parsed-body";
import { documentedResponse, mediaType, snippet, type ResponseCheck } from "./types";

/** The body must validate against the documented schema (JSON Schema 2020-12, formats checked). */
export const responseSchemaConformance: ResponseCheck = {
  name: "response_schema_conformance",
  description: "JSON bodies validate against the documented schema (JSON Schema 2020-12)",
  judge(env, op, x) {
    if (!x.response) return undefined;
    const doc = documentedResponse(op, x.response.status);
    if (!doc) return undefined;
    const mt = mediaType(x.response.headers["content-type"]);
    const pointer = mt ? doc.content[mt] : Object.values(doc.content)[0];
    if (!pointer || (mt && !mt.includes("json"))) return undefined;
    if (!x.response.body.length) return undefined;
    const value = parsedBody(x.response);
    if (value === NOT_JSON) return { message: "body is not JSON", expected: "JSON", actual: snippet(x.response.body, 80), specLocation: pointer };
    const validate = env.compile(pointer);
    if (validate(value)) return undefined;
    const e = validate.errors?.[0];
    const where = e?.instancePath || "";
    return {
      message: `body${where ? ` at ${where}` : ""} ${e?.message ?? "does not match"}`,
      expected: `${e?.keyword ?? "schema"} ${JSON.stringify(e?.params ?? {})}`,
      actual: snippet(JSON.stringify(where ? where.split("/").slice(1).reduce((n: any, k: string) => n?.[k], value) : value), 120),
      bodyPath: where || "/",
      specLocation: `${pointer}${e?.schemaPath ? ` (${e.schemaPath})` : ""}`,
    };
  },
};
