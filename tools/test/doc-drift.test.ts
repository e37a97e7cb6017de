import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { checkDrift, formatDriftReport, type DriftKind } from "../doc-check/drift";
import { helpPagesDir, readHelpPages, repoRoot } from "../doc-check/help-pages";
import { parseHelpPage } from "../doc-check/parse-help-page";
import { loadSpec } from "../openapi-document";

const run = promisify(execFile);
const fixtures = path.join(__dirname, "fixtures");
const specFile = path.join(fixtures, "spec", "openapi.yaml");
const spec = loadSpec(specFile);
const page = (name: string) => parseHelpPage(name, readFileSync(path.join(fixtures, "pages", `${name}.md`), "utf8"));

describe("doc drift on pages written to show one difference each", () => {
  it.each(["no-drift-reference", "no-drift-how-to"])("%s: no drift", (name) => {
    expect(checkDrift([page(name)], spec).drift).toEqual([]);
  });

  const cases: Array<[string, DriftKind, string]> = [
    ["operation-missing", "operation-missing", "DELETE /mgmtconfig/v1/admin/customers/{customerId}/widgets/{widgetId}"],
    ["operation-extra", "operation-extra", "PUT /mgmtconfig/v1/admin/customers/{customerId}/widgets/{widgetId}/enable"],
    ["parameter-added", "parameter-missing", "color"],
    ["parameter-removed", "parameter-extra", "notify"],
    ["parameter-location", "parameter-location", "notify"],
    ["parameter-type", "parameter-type", "notify"],
    ["parameter-format", "parameter-format", "pageSize"],
    ["parameter-required", "parameter-required", "notify"],
    ["maximum-changed", "parameter-maximum", "pageSize"],
    ["default-changed", "parameter-default", "pageSize"],
    ["response-added", "response-missing", "409"],
    ["response-removed", "response-extra", "400"],
    ["success-code-changed", "response-missing", "200"],
    ["field-added", "field-missing", "shape"],
    ["field-required", "field-required", "size"],
    ["field-type", "field-type", "size"],
    ["example-invalid", "example-invalid", "View an example response"],
  ];
  it.each(cases)("%s: reports exactly one %s (%s)", (name, kind, subject) => {
    const drift = checkDrift([page(name)], spec).drift;
    // A changed success code is two differences: the page's code is missing, the spec's is extra.
    const expected = name === "success-code-changed" ? 2 : 1;
    expect(drift).toHaveLength(expected);
    expect(drift[0]).toMatchObject({ kind, subject });
  });

  it("lists a difference the spec resolves in x-doc-notes as acknowledged, and as drift once the note is gone", () => {
    const report = checkDrift([page("no-drift-reference")], spec);
    expect(report.acknowledged).toEqual([
      expect.objectContaining({ kind: "parameter-extra", subject: "search", acknowledged: expect.objectContaining({ by: "x-doc-notes of listWidgets", topic: "search parameter" }) }),
    ]);
    const noNotes = structuredClone(spec);
    delete noNotes.paths["/mgmtconfig/v1/admin/customers/{customerId}/widgets"].get["x-doc-notes"];
    expect(checkDrift([page("no-drift-reference")], noNotes).drift).toEqual([expect.objectContaining({ kind: "parameter-extra", subject: "search" })]);
  });

  it("acknowledges an invalid example once a note on the operation discusses every field it breaks", () => {
    const noted = structuredClone(spec);
    noted.paths["/mgmtconfig/v1/admin/customers/{customerId}/widgets"].post["x-doc-notes"] = [
      { topic: "size type", conflict: "The page's example response sends `size` as a string.", resolution: "An integer, as everywhere else." },
    ];
    const report = checkDrift([page("example-invalid")], noted);
    expect(report.drift).toEqual([]);
    expect(report.acknowledged).toEqual([expect.objectContaining({ kind: "example-invalid", acknowledged: expect.objectContaining({ topic: "size type" }) })]);
  });

  it("groups the text report by operation, drift first", () => {
    const text = formatDriftReport(checkDrift([page("no-drift-reference"), page("parameter-added")], spec));
    expect(text).toContain("1 drift, 2 acknowledged");
    expect(text).toMatch(/PUT \/mgmtconfig\S+\/enable \(enableWidget\) \[sample-reference\]\n {2}DRIFT {2}parameter-missing +query parameter "color": on the page, not in the spec/);
  });
});

const pagesDir = helpPagesDir();
const withPages = pagesDir ? describe : describe.skip;

withPages(`doc drift of the real help pages in ${pagesDir ?? "(none)"}`, () => {
  const realSpec = loadSpec(path.join(repoRoot, "spec", "openapi.yaml"));
  it("shows no drift: every difference is resolved in the spec on purpose", () => {
    const report = checkDrift(readHelpPages(pagesDir!), realSpec);
    expect(report.drift).toEqual([]);
    expect(report.operations).toBe(11);
    expect(report.acknowledged.length).toBeGreaterThan(0);
  });
  it("reports drift once the spec forgets a documented response code", () => {
    const broken = structuredClone(realSpec);
    delete broken.paths["/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/users"].get.responses["415"];
    expect(checkDrift(readHelpPages(pagesDir!), broken).drift).toEqual([expect.objectContaining({ kind: "response-missing", subject: "415", operationId: "listEmergencyAccessUsers" })]);
  });
});

describe("doc-check CLI", () => {
  const cli = (...args: string[]) => run(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, "..", "doc-check", "cli.ts"), ...args]).then(
    (r) => ({ code: 0, ...r }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );

  it("exits 1 on drift and prints JSON with --json", async () => {
    const dir = path.join(fixtures, "pages");
    const result = await cli(dir, "--spec", specFile, "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.drift.length).toBeGreaterThan(10);
    expect(report.pages).toContain("sample-how-to");
  }, 90_000);

  it("exits 2 naming a folder that does not exist", async () => {
    const result = await cli("no-such-folder", "--spec", specFile);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("help pages folder not found");
  }, 90_000);
});
