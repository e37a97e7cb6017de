import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openapi } from "../src/index";

// The assembler runs before anything is built, so it is plain CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const assembler = require("../scripts/assemble.cjs") as typeof import("../scripts/assemble.cjs");
const load = async () => assembler;

const root = `openapi: 3.1.0
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Int64Id: {type: string}
`;

const family = (name: string, p: string, schema = "Thing") => `x-family: {name: ${name}, title: ${name} title, pages: [${name}-page]}
tags: [{name: ${name}, description: d}]
x-resources:
  ${schema}: {schema: "#/components/schemas/${schema}", collection: ${p}}
paths:
  ${p}:
    get:
      operationId: list${name}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/${schema}"}}}
components:
  schemas:
    ${schema}: {type: object, properties: {id: {$ref: "#/components/schemas/Int64Id"}}}
`;

describe("assembling the spec from its root and family files", () => {
  it("mounts every family's paths, schemas, tags and resources under the root", async () => {
    const { assembleSpec } = await load();
    const doc = assembleSpec(root, [
      { file: "families/a.yaml", text: family("a", "/a") },
      { file: "families/b.yaml", text: family("b", "/b", "Other") },
    ]);
    expect(Object.keys(doc.paths)).toEqual(["/a", "/b"]);
    expect(Object.keys(doc.components.schemas)).toEqual(["Int64Id", "Thing", "Other"]);
    expect(doc["x-families"].map((f: { name: string; file: string }) => [f.name, f.file])).toEqual([["a", "families/a.yaml"], ["b", "families/b.yaml"]]);
    expect(doc["x-resources"].Other).toMatchObject({ family: "b", collection: "/b" });
    expect(doc["x-tagGroups"]).toEqual([{ name: "a title", tags: ["a"] }, { name: "b title", tags: ["b"] }]);
    expect(doc).not.toHaveProperty("x-family");
  });

  it("names both files when two families define the same path", async () => {
    const { assembleSpec } = await load();
    expect(() => assembleSpec(root, [{ file: "families/a.yaml", text: family("a", "/same") }, { file: "families/b.yaml", text: family("b", "/same", "Other") }])).toThrow(
      "families/b.yaml: path /same is already defined in families/a.yaml",
    );
  });

  it("names both files when two families define the same schema", async () => {
    const { assembleSpec } = await load();
    expect(() => assembleSpec(root, [{ file: "families/a.yaml", text: family("a", "/a") }, { file: "families/b.yaml", text: family("b", "/b") }])).toThrow(
      "families/b.yaml: schemas Thing is already defined in families/a.yaml",
    );
  });

  it("names the file whose $ref dangles", async () => {
    const { assembleSpec } = await load();
    const broken = family("a", "/a").replace('$ref: "#/components/schemas/Thing"}}}', '$ref: "#/components/schemas/Missing"}}}');
    expect(() => assembleSpec(root, [{ file: "families/a.yaml", text: broken }])).toThrow(/^families\/a\.yaml: \$ref #\/components\/schemas\/Missing .* does not resolve/);
  });

  it("names the file whose resource refers to a resource no family defines", async () => {
    const { assembleSpec } = await load();
    const dangling = family("a", "/a").replace('collection: /a}', "collection: /a, references: [{field: partId, resource: Part}]}");
    expect(() => assembleSpec(root, [{ file: "families/a.yaml", text: dangling }])).toThrow("families/a.yaml: x-resources Thing refers to resource Part, which no family defines");
  });

  it("names the file whose resource's order names an operation no path defines", async () => {
    const { assembleSpec } = await load();
    const moved = family("a", "/a").replace("collection: /a}", "collection: /a, order: {field: rank, move: {operation: moveThing, param: to}}}");
    expect(() => assembleSpec(root, [{ file: "families/a.yaml", text: moved }])).toThrow("families/a.yaml: x-resources Thing order.move names operation moveThing, which no path defines");
  });

  it("names the file that is not YAML, or has no x-family block", async () => {
    const { assembleSpec } = await load();
    expect(() => assembleSpec(root, [{ file: "families/bad.yaml", text: "paths: [unclosed" }])).toThrow(/^families\/bad\.yaml: not valid YAML/);
    expect(() => assembleSpec(root, [{ file: "families/bare.yaml", text: "paths: {}" }])).toThrow("families/bare.yaml: needs an x-family block with name and title");
  });

  it("reads a spec folder's root and every family file, in name order", async () => {
    const { assembleSpecDir } = await load();
    const dir = mkdtempSync(path.join(tmpdir(), "zpa-spec-"));
    mkdirSync(path.join(dir, "families"));
    writeFileSync(path.join(dir, "openapi.yaml"), root);
    writeFileSync(path.join(dir, "families", "b.yaml"), family("b", "/b", "Other"));
    writeFileSync(path.join(dir, "families", "a.yaml"), family("a", "/a"));
    expect(assembleSpecDir(dir)["x-families"].map((f: { name: string }) => f.name)).toEqual(["a", "b"]);
  });

  it("built the published document from every family file in this package", () => {
    const files = readdirSync(path.join(__dirname, "..", "families")).filter((f) => f.endsWith(".yaml"));
    expect((openapi as any)["x-families"].map((f: { file: string }) => f.file).sort()).toEqual(files.map((f) => `families/${f}`).sort());
    const published = JSON.parse(readFileSync(path.join(__dirname, "..", "dist", "zpa-openapi.json"), "utf8"));
    const operations = Object.values<Record<string, unknown>>(published.paths).flatMap((item) => Object.keys(item).filter((k) => ["get", "put", "post", "delete", "patch"].includes(k)));
    expect(operations.length).toBeGreaterThan(200);
  });
});
