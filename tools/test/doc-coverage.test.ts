import { readFileSync } from "node:fs";
import path from "node:path";
import { missingFromSpec } from "../doc-check/coverage";
import { factsFile, factsOf, helpPagesDir, readHelpPages, repoRoot, type FactsDocument } from "../doc-check/help-pages";
import { loadSpec } from "../openapi-document";

const facts: FactsDocument = JSON.parse(readFileSync(factsFile, "utf8"));
const spec = loadSpec(path.join(repoRoot, "spec", "openapi.yaml"));

describe("the spec covers every fact extracted from the help pages", () => {
  it("has facts for every page, each operation with its method and path", () => {
    const ops = facts.pages.flatMap((p) => p.operations);
    expect(facts.pages.length).toBeGreaterThan(90);
    expect(ops.length).toBeGreaterThan(500);
    for (const op of ops) expect(op.path).toMatch(/^\//);
  });

  // The same judgement as doc-check's no-drift test, but on the committed facts, so that it also
  // runs where the help pages are not available (CI).
  it("lacks nothing the pages list", () => {
    expect(missingFromSpec(facts.pages, spec)).toEqual([]);
  });

  it("reports what a spec without an operation, a parameter and a code lacks", () => {
    const page = facts.pages.find((p) => p.page === "segment-group-management")!;
    const list = page.operations.find((o) => o.method === "GET" && o.parameters.some((p) => p.name === "search"))!;
    const broken = structuredClone(spec);
    const item = Object.entries(broken.paths as Record<string, any>).find(([p]) => p.replace(/\{[^}]+\}/g, "{}") === list.path.replace(/\{[^}]+\}/g, "{}"))![1];
    item.get.parameters = item.get.parameters.filter((p: any) => !String(p.$ref ?? p.name).endsWith("search"));
    // Coverage judges as doc-check does: a note discussing the parameter would acknowledge its absence.
    delete item.get["x-doc-notes"];
    delete item.get.responses["400"];
    delete item.post;
    const missing = missingFromSpec([page], broken).join("\n");
    expect(missing).toContain('query parameter "search" missing');
    expect(missing).toContain("response 400 missing");
    expect(missing).toMatch(/POST \S+segmentGroup: operation missing/);
  });
});

const pagesDir = helpPagesDir();
const withPages = pagesDir ? describe : describe.skip;

withPages(`the committed facts match the help pages in ${pagesDir ?? "(none)"}`, () => {
  it("re-extracting the pages gives the committed facts", () => {
    expect(readHelpPages(pagesDir!).map(factsOf)).toEqual(JSON.parse(JSON.stringify(facts.pages)));
  });
});

if (!pagesDir) {
  it.skip("help pages not found (set ZPA_DOCS_DIR or place them in ../shared/docs/zpa): page checks skipped", () => {});
}
