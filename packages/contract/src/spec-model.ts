import { openapi, pointerSegment, resolvePointer, type OpenApiDocument } from "@zpa-openapi/spec";

/** A JSON Schema node after `$ref`s are inlined; `x-ref` keeps the name a `$ref` pointed at. */
export type Schema = Record<string, any>;

/** One parameter of an operation. */
export interface ParamModel {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: Schema;
  /** JSON pointer to the parameter's schema in the bundled spec. */
  pointer: string;
}

/** One documented response. */
export interface ResponseModel {
  status: string;
  pointer: string;
  /** Media type → pointer of its schema (undefined when the media type has no schema). */
  content: Record<string, string | undefined>;
  headers: { name: string; required: boolean; pointer?: string }[];
}

/** One operation of the spec, as the suite uses it. */
export interface OperationModel {
  operationId: string;
  method: string;
  path: string;
  /** JSON pointer to the operation object. */
  pointer: string;
  params: ParamModel[];
  body?: { required: boolean; mediaType: string; schema: Schema; pointer: string };
  responses: Record<string, ResponseModel>;
  /** The documented success code (the lowest 2xx). */
  successStatus: number;
  /** Whether a token is needed. */
  secured: boolean;
  /** Name of the response schema's `$ref` for the success code (e.g. `EmergencyAccessUser`). */
  successRef?: string;
  /** The operation's tags, as in the spec. */
  tags: string[];
  /** The spec family the operation belongs to (`x-families` name, e.g. `administrators`; else its first tag). */
  family: string;
  /** The family's title (e.g. `Administrators`), for report headings. */
  familyTitle: string;
}

/** The operations of a spec plus the helpers that walk it. */
export interface SpecModel {
  doc: OpenApiDocument;
  operations: OperationModel[];
  resolve(pointer: string): any;
  deref(node: any): Schema;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/**
 * Reads every operation of an OpenAPI 3.1 document (the bundled ZPA spec by default), so the suite
 * covers a new operation without new test code.
 */
export function loadSpecModel(doc: OpenApiDocument = openapi): SpecModel {
  const resolve = (pointer: string) => resolvePointer(doc, pointer);
  const derefCache = new Map<any, Schema>();
  const deref = (node: any, depth = 0): any => {
    if (depth > 40 || node === null || typeof node !== "object") return node;
    if (Array.isArray(node)) return node.map((n) => deref(n, depth + 1));
    const cached = derefCache.get(node);
    if (cached) return cached;
    let out: any;
    if (typeof node.$ref === "string") {
      const { $ref, ...rest } = node;
      const target = deref(resolve($ref), depth + 1);
      out = { ...target, ...deref(rest, depth + 1), "x-ref": $ref.split("/").pop() };
    } else {
      out = {};
      for (const [k, v] of Object.entries(node)) out[k] = k.startsWith("x-") ? v : deref(v, depth + 1);
    }
    derefCache.set(node, out);
    return out;
  };
  /** Follows `$ref` chains to the pointer that holds the real object. */
  const follow = (pointer: string): string => {
    let p = pointer;
    for (let i = 0; i < 10; i++) {
      const node = resolve(p);
      if (node && typeof node.$ref === "string") p = node.$ref.replace(/^#/, "");
      else break;
    }
    return p;
  };

  // A family is a tag group of the spec (`x-tagGroups`), named by the `x-families` entry of the same title.
  const familyOfTag = new Map<string, { name: string; title: string }>();
  const families = ((doc as any)["x-families"] ?? []) as { name: string; title: string }[];
  for (const g of ((doc as any)["x-tagGroups"] ?? []) as { name: string; tags: string[] }[]) {
    const f = families.find((x) => x.title === g.name);
    for (const t of g.tags) familyOfTag.set(t, { name: f?.name ?? g.name, title: g.name });
  }
  const operations: OperationModel[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const pathPtr = `/paths/${pointerSegment(path)}`;
    for (const method of METHODS) {
      const op = (item as any)[method];
      if (!op) continue;
      const opPtr = `${pathPtr}/${method}`;
      const params = new Map<string, ParamModel>();
      const addParams = (list: any[] | undefined, basePtr: string) =>
        (list ?? []).forEach((_p, i) => {
          const pPtr = follow(`${basePtr}/parameters/${i}`);
          const p = resolve(pPtr);
          params.set(`${p.in}:${p.name}`, {
            name: p.name,
            in: p.in,
            required: !!p.required,
            schema: deref(p.schema ?? {}),
            pointer: `${pPtr}/schema`,
          });
        });
      addParams((item as any).parameters, pathPtr);
      addParams(op.parameters, opPtr);
      let body: OperationModel["body"];
      if (op.requestBody) {
        const rbPtr = follow(`${opPtr}/requestBody`);
        const rb = resolve(rbPtr);
        const mediaType = Object.keys(rb.content ?? {})[0];
        if (mediaType) {
          body = {
            required: !!rb.required,
            mediaType,
            schema: deref(rb.content[mediaType].schema ?? {}),
            pointer: `${rbPtr}/content/${pointerSegment(mediaType)}/schema`,
          };
        }
      }
      const responses: Record<string, ResponseModel> = {};
      for (const status of Object.keys(op.responses ?? {})) {
        const rPtr = follow(`${opPtr}/responses/${status}`);
        const r = resolve(rPtr);
        const content: Record<string, string | undefined> = {};
        for (const mt of Object.keys(r.content ?? {})) {
          content[mt] = r.content[mt].schema ? `${rPtr}/content/${pointerSegment(mt)}/schema` : undefined;
        }
        const headers = Object.keys(r.headers ?? {}).map((name) => {
          const hPtr = follow(`${rPtr}/headers/${pointerSegment(name)}`);
          const h = resolve(hPtr);
          return { name: name.toLowerCase(), required: !!h.required, pointer: h.schema ? `${hPtr}/schema` : undefined };
        });
        responses[status] = { status, pointer: rPtr, content, headers };
      }
      const successes = Object.keys(responses).filter((s) => /^2\d\d$/.test(s)).map(Number).sort();
      const security = op.security ?? (doc as any).security ?? [];
      const okSchema = successes.length ? resolve(`${opPtr}/responses/${successes[0]}`) : undefined;
      const okContent: any = okSchema && Object.values(resolve(follow(`${opPtr}/responses/${successes[0]}`)).content ?? {})[0];
      operations.push({
        operationId: op.operationId ?? `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        pointer: opPtr,
        params: [...params.values()],
        body,
        responses,
        successStatus: successes[0] ?? 200,
        secured: security.length > 0 && !security.some((s: object) => Object.keys(s).length === 0),
        successRef: okContent?.schema?.$ref?.split("/").pop(),
        tags: [...(op.tags ?? [])],
        family: familyOfTag.get(op.tags?.[0])?.name ?? op.tags?.[0] ?? "untagged",
        familyTitle: familyOfTag.get(op.tags?.[0])?.title ?? op.tags?.[0] ?? "Untagged",
      });
    }
  }
  return { doc, operations, resolve, deref };
}
