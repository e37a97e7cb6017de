import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { checkDrift, formatDriftReport, type Difference, type DriftKind } from "../doc-check/drift";
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
    // Both pages describe the same operations: the acknowledged "search" difference is counted once.
    expect(text).toContain("2 documented operation(s): 1 drift, 1 acknowledged");
    expect(text).toMatch(/PUT \/mgmtconfig\S+\/enable \(enableWidget\) \[sample-reference\]\n {2}DRIFT {2}parameter-missing +query parameter "color": on the page, not in the spec/);
  });
});

const pagesDir = helpPagesDir();
const withPages = pagesDir ? describe : describe.skip;

withPages(`doc drift of the real help pages in ${pagesDir ?? "(none)"}`, () => {
  const realSpec = loadSpec(path.join(repoRoot, "spec", "openapi.yaml"));
  const realPage = (name: string, edit: (text: string) => string = (t) => t) => {
    const text = readFileSync(path.join(pagesDir!, `${name}.md`), "utf8");
    const edited = edit(text);
    if (edited === text) throw new Error(`the edit changed nothing in ${name}.md: the page no longer has what the test plants drift in`);
    return parseHelpPage(name, edited);
  };
  const key = (d: Difference) => `${d.kind} ${d.operation} ${d.subject}`;
  /** The drift an edit adds to one page's report (the page alone, so no other page covers for it). */
  const planted = (name: string, edit: (text: string) => string) => {
    const before = new Set(checkDrift([realPage(name, (t) => `${t}\n`)], realSpec).drift.map(key));
    return checkDrift([realPage(name, edit)], realSpec).drift.filter((d) => !before.has(key(d)));
  };

  it("shows no drift: every difference is resolved in the spec on purpose", () => {
    const report = checkDrift(readHelpPages(pagesDir!), realSpec);
    // Until the family files acknowledge every difference this names what is left, by family.
    expect(report.families.filter((f) => f.drift > 0).map((f) => `${f.name}: ${f.drift}`)).toEqual([]);
    expect(report.drift).toEqual([]);
    expect(report.operations).toBeGreaterThan(240);
    expect(report.acknowledged.length).toBeGreaterThan(0);
  });

  it("finds a parameter removed from a reference page (server groups)", () => {
    const drift = planted("server-group-management", (t) => t.replace(/^\| page \| query \|.*\n/m, ""));
    expect(drift).toEqual([expect.objectContaining({ kind: "parameter-extra", subject: "page", family: "server-groups" })]);
  });

  it("finds a changed response code on a reference page (segment groups)", () => {
    const drift = planted("segment-group-management", (t) => t.replace(/^\| 400 \|/m, "| 418 |"));
    expect(drift).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "response-missing", subject: "418", family: "segment-groups" })]));
  });

  it("finds a new operation on a reference page (app connector groups)", () => {
    const added = "\n## `POST /mgmtconfig/v1/admin/customers/{customerId}/appConnectorGroup/{appConnectorGroupId}/rotate`\n\n| Code | Description | Schema |\n| ---- | ----------- | ------ |\n| 204 | No Content |  |\n";
    const drift = planted("app-connector-group-management", (t) => t + added);
    expect(drift).toEqual([expect.objectContaining({ kind: "operation-missing", subject: expect.stringContaining("/rotate") })]);
  });

  it("finds a field whose type changed in a how-to page's field table (segment groups)", () => {
    const drift = planted("configuring-segment-groups-using-api", (t) => t.replace(/^(\| enabled \|[^|]*\|[^|]*\|)[^|]*\|/m, "$1 Integer |"));
    expect(drift).toEqual([expect.objectContaining({ kind: "field-type", subject: "enabled", doc: "integer" })]);
  });

  it("acknowledges a page's misspelt path only while a note on the spec's operation quotes it verbatim (customers)", () => {
    const pages = [realPage("obtaining-customer-details-using-api", (t) => `${t}\n`)];
    const missing = (doc: typeof realSpec) => checkDrift(pages, doc).differences.filter((d) => d.kind === "operation-missing");
    expect(missing(realSpec)).toEqual([expect.objectContaining({ subject: expect.stringContaining("/authdomains"), acknowledged: expect.objectContaining({ topic: "path as written" }) })]);
    const unnoted = structuredClone(realSpec);
    for (const item of Object.values<any>(unnoted.paths)) for (const op of Object.values<any>(item)) if (op?.["x-doc-notes"]) op["x-doc-notes"] = op["x-doc-notes"].filter((n: any) => !JSON.stringify(n).includes("/authdomains`"));
    expect(missing(unnoted)).toEqual([expect.objectContaining({ subject: expect.stringContaining("/authdomains"), acknowledged: undefined })]);
  });

  it("acknowledges a page's example body the spec has no schema for only through a note on that example (client settings)", () => {
    const pages = [realPage("managing-client-settings-using-api", (t) => `${t}\n`)];
    const noSchema = (doc: typeof realSpec) => checkDrift(pages, doc).differences.filter((d) => d.kind === "example-invalid" && d.message.includes("no JSON response schema"));
    expect(noSchema(realSpec)).toEqual([expect.objectContaining({ acknowledged: expect.objectContaining({ by: "x-doc-notes of upsertClientSetting" }) })]);
    const unnoted = structuredClone(realSpec);
    const post = unnoted.paths["/mgmtconfig/v1/admin/customers/{customerId}/clientSetting"].post;
    post["x-doc-notes"] = post["x-doc-notes"].filter((n: any) => !/example response/.test(`${n.conflict}`));
    expect(noSchema(unnoted)).toEqual([expect.objectContaining({ acknowledged: undefined })]);
  });

  // How fast the whole set is checked is measured by `pnpm bench` (bench/doc-check.bench.mjs), not asserted here.
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
