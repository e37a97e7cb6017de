import type { OpenApiDocument } from "@zpa-openapi/spec";
import { buildRoutes, matchRoute, routeMatcher } from "../src/router";

const op = (operationId: string) => ({ get: { operationId, responses: { "200": { description: "ok" } } } });
const doc = {
  openapi: "3.1.0",
  info: {},
  components: {},
  paths: { "/files/{name}.{ext}": op("getFile"), "/files/{id}": op("getById"), "/files/latest": op("getLatest") },
} as unknown as OpenApiDocument;
const routes = buildRoutes(doc);

describe("matching request paths to the spec's templates", () => {
  it("reads parameters set inside a segment, as OpenAPI allows", () => {
    expect(matchRoute(routes, "/files/report.csv")).toMatchObject({ route: { template: "/files/{name}.{ext}" }, rawParams: { name: "report", ext: "csv" } });
  });

  it("prefers a fixed word, then words with parameters, over a bare parameter", () => {
    expect(matchRoute(routes, "/files/latest")?.route.template).toBe("/files/latest");
    expect(matchRoute(routes, "/files/42")).toMatchObject({ route: { template: "/files/{id}" }, rawParams: { id: "42" } });
  });

  it("matches nothing for a path of another length", () => {
    expect(matchRoute(routes, "/files/a/b")).toBeUndefined();
  });
});

describe("a matcher that remembers paths", () => {
  it("answers a path it has seen as it did the first time, also once it has forgotten some", () => {
    const match = routeMatcher(routes, 2);
    const paths = ["/files/report.csv", "/files/latest", "/files/42", "/files/a/b", "/files/report.csv", "/files/42"];
    for (const path of [...paths, ...paths]) expect(match(path)).toEqual(matchRoute(routes, path));
  });

  it("hands out parameters nobody can change for the next request", () => {
    const match = routeMatcher(routes);
    const first = match("/files/42")!;
    expect(() => {
      (first.rawParams as Record<string, string>).id = "43";
    }).toThrow(TypeError);
    expect(match("/files/42")?.rawParams).toEqual({ id: "42" });
  });
});
