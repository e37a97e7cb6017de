import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { repoRoot } from "../doc-check/help-pages";
import { loadSpec } from "../openapi-document";
import { classifySpecChanges, overallLevel } from "../spec-diff/classify";
import { specAtRef } from "../spec-diff/spec-at-ref";

// A temporary repository whose first commit is the spec as one file (as before the split) and
// whose second is the root plus family files: spec-diff must read both layouts at a ref.
describe("spec-diff across the multi-file spec layout", () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { stdio: "pipe" });
  const family = (name: string) => path.join(dir, "spec", "families", `${name}.yaml`);

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "spec-diff-families-"));
    // A snapshot first: the family files may change while the test runs.
    const snapshot = path.join(dir, "snapshot");
    mkdirSync(snapshot);
    cpSync(path.join(repoRoot, "spec", "openapi.yaml"), path.join(snapshot, "openapi.yaml"));
    cpSync(path.join(repoRoot, "spec", "families"), path.join(snapshot, "families"), { recursive: true });
    mkdirSync(path.join(dir, "spec"), { recursive: true });
    writeFileSync(path.join(dir, "spec", "openapi.yaml"), stringify(loadSpec(path.join(snapshot, "openapi.yaml"))));
    git("init", "-q");
    git("add", "spec");
    git("commit", "-qm", "one file");
    cpSync(path.join(snapshot, "openapi.yaml"), path.join(dir, "spec", "openapi.yaml"));
    cpSync(path.join(snapshot, "families"), path.join(dir, "spec", "families"), { recursive: true });
    git("add", "spec");
    git("commit", "-qm", "split");
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a ref from before the split as one file, and finds the split itself changes nothing", () => {
    const before = specAtRef(dir, "HEAD~1");
    expect(before.multiFile).toBe(false);
    const after = specAtRef(dir, "HEAD");
    expect(after.multiFile).toBe(true);
    expect(classifySpecChanges(before.doc, after.doc)).toEqual([]);
  }, 60_000);

  it("classifies a response code removed in one family file as breaking", () => {
    const file = family("server-groups");
    const original = readFileSync(file, "utf8");
    try {
      const doc = parse(original);
      const [p, item] = Object.entries(doc.paths as Record<string, any>).find(([, i]) => i.get?.responses?.["400"])!;
      delete item.get.responses["400"];
      writeFileSync(file, stringify(doc));
      const changes = classifySpecChanges(specAtRef(dir, "HEAD").doc, loadSpec(path.join(dir, "spec", "openapi.yaml")));
      expect(overallLevel(changes)).toBe("breaking");
      expect(changes).toEqual([expect.objectContaining({ level: "breaking", where: expect.stringContaining(`GET ${p}`), message: expect.stringMatching(/response 400 removed/) })]);
    } finally {
      writeFileSync(file, original);
    }
  }, 60_000);

  it("classifies a new family file as additive", () => {
    const file = family("zz-widgets");
    try {
      writeFileSync(
        file,
        stringify({
          "x-family": { name: "zz-widgets", title: "Widgets", pages: [] },
          tags: [{ name: "Widgets", description: "Widgets." }],
          paths: { "/mgmtconfig/v1/admin/customers/{customerId}/widget": { get: { operationId: "listWidgets", tags: ["Widgets"], parameters: [{ $ref: "#/components/parameters/customerId" }], responses: { "200": { description: "ok" } } } } },
        }),
      );
      const changes = classifySpecChanges(specAtRef(dir, "HEAD").doc, loadSpec(path.join(dir, "spec", "openapi.yaml")));
      expect(overallLevel(changes)).toBe("additive");
      expect(changes.map((c) => c.message).join("\n")).toMatch(/operation added/);
    } finally {
      rmSync(file, { force: true });
    }
  }, 60_000);

  it("names the family file when the sources at a ref do not assemble", () => {
    const file = family("server-groups");
    const original = readFileSync(file, "utf8");
    try {
      writeFileSync(file, `${original}\n  broken: [\n`);
      expect(() => loadSpec(path.join(dir, "spec", "openapi.yaml"))).toThrow(/families\/server-groups\.yaml: not valid YAML/);
    } finally {
      writeFileSync(file, original);
    }
  });
});
