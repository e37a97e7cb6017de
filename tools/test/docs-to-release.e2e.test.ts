// End to end on a copy of the repository: a help page changes (a query parameter added, a
// response code removed, a maximum raised) → doc-check reports exactly those three → the spec is
// edited to match → spec-diff --changeset writes a major changeset → changeset version applies it
// → the release dry-run packs and installs the new spec package.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDocument } from "yaml";
import { factsFile, helpPagesDir, repoRoot, type FactsDocument } from "../doc-check/help-pages";

const USERS = "/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/users";

/** Runs one of the tools' CLIs as `pnpm <tool>` would, from inside the copy. */
function tool(copy: string, cli: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, "..", cli), ...args], {
    cwd: path.join(copy, "tools"),
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: copy, TURBO_TELEMETRY_DISABLED: "1" },
    timeout: 120_000,
    // doc-check's JSON report over the whole page set is over a megabyte, spawnSync's default cap.
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`${cli} did not finish: ${r.error.message}`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const REFERENCE_PAGE = "emergency-access-user-management";

/**
 * Without Zscaler's pages (CI has none: they are not ours to commit), the API-reference page is
 * rendered back from the committed facts, in the page's Markdown shape but with no page text.
 */
function referencePageFromFacts(): string {
  const facts: FactsDocument = JSON.parse(readFileSync(factsFile, "utf8"));
  const page = facts.pages.find((p) => p.page === REFERENCE_PAGE)!;
  const lines = [`# ${page.title}`, `Source: ${page.source}`, ""];
  for (const op of page.operations) {
    lines.push(`## \`${op.method} ${op.path}\``, "", "| Name | In | Type | Required | Description |", "| ---- | --- | ---- | -------- | ----------- |");
    for (const p of op.parameters) {
      const bounds = [p.default !== undefined ? `The default page size is ${p.default}.` : "", p.maximum !== undefined ? `The max page size is ${p.maximum}.` : ""].filter(Boolean).join(" ");
      lines.push(`| ${p.name} | ${p.in} | ${p.type}${p.format ? ` (${p.format})` : ""} | ${p.required ? "Yes" : "No"} | ${bounds || "-"} |`);
    }
    lines.push("", "| Code | Description | Schema |", "| ---- | ----------- | ------ |", ...op.responses.map((c) => `| ${c} | ${c === "409" ? "Conflict" : "-"} |  |`), "");
  }
  return lines.join("\n");
}

/** Edits one operation's section of an API-reference page. */
function editSection(page: string, heading: string, edit: (section: string) => string): string {
  const start = page.indexOf(heading);
  if (start < 0) throw new Error(`section ${heading} not found`);
  const next = page.indexOf("\n## `", start + heading.length);
  const end = next < 0 ? page.length : next;
  return page.slice(0, start) + edit(page.slice(start, end)) + page.slice(end);
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" not found`);
  return text.replace(from, to);
}

describe(`from a doc change to a correctly versioned package (on a copy of the repo; pages: ${helpPagesDir() ?? "rendered from spec/facts"})`, () => {
  let tmp: string;
  let copy: string;
  let docs: string;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "zpa-docs-to-release-"));
    copy = path.join(tmp, "repo");
    // The working tree as it is (committed or not), without installed or built output, as a
    // fresh git repository whose HEAD is the starting point spec-diff compares with.
    const skip = new Set(["node_modules", ".git", "dist", ".turbo", "reports", "coverage"]);
    cpSync(repoRoot, copy, { recursive: true, filter: (src) => !skip.has(path.basename(src)) && !src.endsWith(".tgz") });
    const git = (...args: string[]) => execFileSync("git", ["-C", copy, "-c", "user.name=e2e", "-c", "user.email=e2e@example.com", "-c", "commit.gpgsign=false", ...args], { stdio: "pipe" });
    git("init", "--quiet", "--initial-branch=main");
    git("add", "-A");
    git("commit", "--quiet", "-m", "start");
    // Reuse the installed dependencies instead of installing again.
    for (const dir of [".", "spec", "packages/client"]) symlinkSync(path.join(repoRoot, dir, "node_modules"), path.join(copy, dir, "node_modules"));
    docs = path.join(tmp, "docs");
    const pagesDir = helpPagesDir();
    if (pagesDir) cpSync(pagesDir, docs, { recursive: true });
    else {
      mkdirSync(docs);
      writeFileSync(path.join(docs, `${REFERENCE_PAGE}.md`), referencePageFromFacts());
    }
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("doc-check finds no drift before the page changes", () => {
    const r = tool(copy, "doc-check/cli.ts", docs, "--json");
    expect(JSON.parse(r.stdout).drift).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("doc-check reports exactly the three changes made to the page", () => {
    const file = path.join(docs, `${REFERENCE_PAGE}.md`);
    let page = readFileSync(file, "utf8");
    page = editSection(page, `## \`GET ${USERS}\``, (section) => {
      let s = replaceOnce(section, "| search | query |", "| sortBy | query | string | No | Which field orders the page. |\n| search | query |");
      s = replaceOnce(s, "| 409 | Conflict |  |\n", "");
      return replaceOnce(s, "The max page size is 500.", "The max page size is 1000.");
    });
    writeFileSync(file, page);

    const r = tool(copy, "doc-check/cli.ts", docs, "--json");
    expect(r.code).toBe(1);
    const drift = JSON.parse(r.stdout).drift.map((d: any) => [d.operationId, d.kind, d.subject]);
    expect(drift).toEqual(
      expect.arrayContaining([
        ["listEmergencyAccessUsers", "parameter-missing", "sortBy"],
        ["listEmergencyAccessUsers", "parameter-maximum", "pageSize"],
        ["listEmergencyAccessUsers", "response-extra", "409"],
      ]),
    );
    expect(drift).toHaveLength(3);
    expect(tool(copy, "doc-check/cli.ts", docs).stdout).toMatch(/GET \S+emergencyAccess\/users \(listEmergencyAccessUsers\)[^\n]*\n(  DRIFT[^\n]*\n){3}/);
  });

  it("after the spec is edited to match, doc-check is clean and spec-diff --changeset writes a major changeset", () => {
    // Each edit goes into the spec source that defines what it changes: the family file owning
    // the path, and the one (or the root) defining the shared pageSize parameter.
    const specDir = path.join(copy, "spec");
    const sources = ["openapi.yaml", ...readdirSync(path.join(specDir, "families")).filter((f) => f.endsWith(".yaml")).map((f) => `families/${f}`)];
    const editSource = (has: string[], edit: (doc: ReturnType<typeof parseDocument>) => void) => {
      const file = sources.map((f) => path.join(specDir, f)).find((f) => parseDocument(readFileSync(f, "utf8")).hasIn(has));
      if (!file) throw new Error(`no spec source defines ${has.join(" / ")}`);
      const doc = parseDocument(readFileSync(file, "utf8"));
      edit(doc);
      writeFileSync(file, doc.toString());
    };
    const op = ["paths", USERS, "get"];
    editSource(op, (doc) => {
      (doc.getIn([...op, "parameters"]) as any).add(doc.createNode({ name: "sortBy", in: "query", required: false, description: "Which field orders the page.", schema: { type: "string" } }));
      doc.deleteIn([...op, "responses", "409"]);
    });
    editSource(["components", "parameters", "pageSize"], (doc) => doc.setIn(["components", "parameters", "pageSize", "schema", "maximum"], 1000));

    expect(tool(copy, "doc-check/cli.ts", docs, "--drift-only").code).toBe(0);

    const r = tool(copy, "spec-diff/cli.ts", "--changeset");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/overall breaking → major bump/);
    expect(r.stdout).toMatch(/query parameter "sortBy" added/);
    expect(r.stdout).toMatch(/response 409 removed/);
    expect(r.stdout).toMatch(/maximum 500 → 1000/);
    const changesets = readdirSync(path.join(copy, ".changeset")).filter((f) => f.startsWith("spec-diff-"));
    expect(changesets).toHaveLength(1);
    const text = readFileSync(path.join(copy, ".changeset", changesets[0]), "utf8");
    expect(text).toMatch(/^---\n"@zpa-openapi\/spec": major\n"@zpa-openapi\/client": major\n---\n/);
  }, 180_000);

  it("changeset version makes it 1.0.0, and the release dry-run packs and installs that tarball", () => {
    const changeset = path.join(copy, "node_modules", ".bin", "changeset");
    execFileSync(changeset, ["version"], { cwd: copy, stdio: "pipe" });
    const spec = JSON.parse(readFileSync(path.join(copy, "spec", "package.json"), "utf8"));
    expect(spec.version).toBe("1.0.0");
    expect(readFileSync(path.join(copy, "spec", "CHANGELOG.md"), "utf8")).toContain("response 409 removed");

    // Build the spec package in the copy, as `turbo run build` would.
    const bin = (name: string) => path.join(copy, "spec", "node_modules", ".bin", name);
    execFileSync(process.execPath, ["scripts/assemble.cjs"], { cwd: path.join(copy, "spec"), stdio: "pipe" });
    execFileSync(bin("tsup"), [], { cwd: path.join(copy, "spec"), stdio: "pipe" });
    expect(JSON.parse(readFileSync(path.join(copy, "spec", "dist", "zpa-openapi.json"), "utf8")).paths[USERS].get.responses["409"]).toBeUndefined();

    const r = tool(copy, "release/cli.ts", "--dry-run", "--no-build", "--only", "@zpa-openapi/spec");
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/ok {3}@zpa-openapi\/spec@1\.0\.0 zpa-openapi-spec-1\.0\.0\.tgz/);
    expect(r.stdout).toContain("nothing was published");
    expect(r.code).toBe(0);
    expect(existsSync(path.join(copy, "spec", "zpa-openapi-spec-1.0.0.tgz"))).toBe(false);
  }, 240_000);
});

describe("the facts-rendered page stands in for the real one", () => {
  it("parses to the same facts as the committed ones", () => {
    const { parseHelpPage } = require("../doc-check/parse-help-page") as typeof import("../doc-check/parse-help-page");
    const { factsOf } = require("../doc-check/help-pages") as typeof import("../doc-check/help-pages");
    const facts: FactsDocument = JSON.parse(readFileSync(factsFile, "utf8"));
    expect(factsOf(parseHelpPage(REFERENCE_PAGE, referencePageFromFacts()))).toEqual(facts.pages.find((p) => p.page === REFERENCE_PAGE));
  });
});
