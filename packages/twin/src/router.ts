import { pointerSegment, resolvePointer, type OpenApiDocument } from "@zpa-openapi/spec";

/** What the twin needs to know about one operation of the spec. */
export interface OperationSpec {
  operationId: string;
  method: string;
  template: string;
  /** JSON pointer of the operation object inside the document. */
  pointer: string;
  /** Whether the operation demands a bearer token (`security: []` means it does not). */
  secured: boolean;
  parameters: ParameterSpec[];
  requestBody?: { required: boolean; contentTypes: Map<string, string> };
  /** Documented responses by status: schema pointer of the JSON body, if any. */
  responses: Map<number, { schemaPointer?: string }>;
}

export interface ParameterSpec {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** JSON pointer of the parameter's schema, for the spec validator. */
  schemaPointer: string;
  /** The schema itself with `$ref`s followed once, to know how to coerce a query string. */
  schema: Record<string, any>;
}

/** One path of the spec with the operations its methods map to. */
export interface Route {
  template: string;
  /** A segment is a word, one parameter, or words and parameters together (OpenAPI allows `/report.{format}`). */
  segments: Array<{ literal: string } | { param: string } | { mixed: RegExp; params: string[] }>;
  operations: Map<string, OperationSpec>;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** Follows `$ref`s inside the document; returns the node and the pointer it lives at. */
export function deref(doc: OpenApiDocument, node: any, pointer: string): { node: any; pointer: string } {
  let guard = 0;
  while (node && typeof node.$ref === "string" && node.$ref.startsWith("#") && guard++ < 20) {
    pointer = node.$ref.slice(1);
    node = resolvePointer(doc, pointer);
  }
  return { node, pointer };
}

/** Builds the routing table from the spec's `paths`: every route the twin serves comes from here. */
export function buildRoutes(doc: OpenApiDocument): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const pathPointer = `/paths/${pointerSegment(template)}`;
    const shared: any[] = (item.parameters ?? []).map((p: any, i: number) => ({ p, ptr: `${pathPointer}/parameters/${i}` }));
    const operations = new Map<string, OperationSpec>();
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const opPointer = `${pathPointer}/${method}`;
      const own = (op.parameters ?? []).map((p: any, i: number) => ({ p, ptr: `${opPointer}/parameters/${i}` }));
      const byKey = new Map<string, ParameterSpec>();
      for (const { p, ptr } of [...shared, ...own]) {
        const { node, pointer } = deref(doc, p, ptr);
        const schema = deref(doc, node.schema, `${pointer}/schema`).node ?? {};
        byKey.set(`${node.in}:${node.name}`, {
          name: node.name,
          in: node.in,
          required: node.required === true,
          schemaPointer: `${pointer}/schema`,
          schema,
        });
      }
      let requestBody: OperationSpec["requestBody"];
      if (op.requestBody) {
        const { node, pointer } = deref(doc, op.requestBody, `${opPointer}/requestBody`);
        const contentTypes = new Map<string, string>();
        for (const type of Object.keys(node.content ?? {})) {
          contentTypes.set(type, `${pointer}/content/${pointerSegment(type)}/schema`);
        }
        requestBody = { required: node.required === true, contentTypes };
      }
      const responses = new Map<number, { schemaPointer?: string }>();
      for (const [code, r] of Object.entries<any>(op.responses ?? {})) {
        const { node, pointer } = deref(doc, r, `${opPointer}/responses/${code}`);
        const json = node.content?.["application/json"];
        responses.set(Number(code), json?.schema ? { schemaPointer: `${pointer}/content/application~1json/schema` } : {});
      }
      const security = op.security ?? doc.security ?? [];
      operations.set(method.toUpperCase(), {
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        pointer: opPointer,
        secured: Array.isArray(security) && security.length > 0,
        parameters: [...byKey.values()],
        requestBody,
        responses,
      });
    }
    const segments = template
      .split("/")
      .slice(1)
      .map((s): Route["segments"][number] => {
        if (/^\{[^}]+\}$/.test(s)) return { param: s.slice(1, -1) };
        if (!/\{[^}]+\}/.test(s)) return { literal: s };
        const params = [...s.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
        const source = s.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("([^/]+)");
        return { mixed: new RegExp(`^${source}$`), params };
      });
    routes.push({ template, segments, operations });
  }
  // More literal segments first, so a fixed word wins over a parameter in the same place.
  const literals = (r: Route) => r.segments.filter((s) => "literal" in s).length;
  return routes.sort((a, b) => literals(b) - literals(a));
}

/** A route matched against a raw request path, with the path parameters still percent-encoded. */
export interface RouteMatch {
  route: Route;
  rawParams: Record<string, string>;
}

/** Matches the raw (undecoded) path against the routes; parameters are decoded later, by validation. */
export function matchRoute(routes: Route[], rawPath: string): RouteMatch | undefined {
  const parts = rawPath.split("/").slice(1);
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue;
    const rawParams: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const seg = route.segments[i]!;
      if ("literal" in seg) ok = seg.literal === parts[i];
      else if ("param" in seg) rawParams[seg.param] = parts[i]!;
      else {
        const m = seg.mixed.exec(parts[i]!);
        if (m) seg.params.forEach((name, j) => (rawParams[name] = m[j + 1]!));
        ok = !!m;
      }
    }
    if (ok) return { route, rawParams };
  }
  return undefined;
}

/**
 * {@link matchRoute} that remembers the paths it has matched, up to `capacity` of them: a client
 * asks for the same paths again and again, and each new match walks every route of the spec.
 */
export function routeMatcher(routes: Route[], capacity = 4096): (rawPath: string) => RouteMatch | undefined {
  const known = new Map<string, RouteMatch | undefined>();
  return (rawPath) => {
    if (known.has(rawPath)) return known.get(rawPath);
    const match = matchRoute(routes, rawPath);
    // Forgetting everything at once keeps the bound without the bookkeeping of a least-recently-used order.
    if (known.size >= capacity) known.clear();
    // One match now serves many requests: nobody may change it.
    if (match) Object.freeze(match.rawParams);
    known.set(rawPath, match);
    return match;
  };
}
