import path from "node:path";
import { repoRoot } from "../doc-check/help-pages";
import { checkPackedManifest, checkPublishMetadata, dryRun, hasBuiltOutput } from "../release/dry-run";
import { publishablePackages, workspacePackages, type WorkspacePackage } from "../release/workspace-packages";

const fixtures = path.join(__dirname, "fixtures", "packages");
const fixture = (name: string): WorkspacePackage => {
  const manifest = require(path.join(fixtures, name, "package.json"));
  return { name: manifest.name, version: manifest.version, dir: path.join(fixtures, name), private: false, manifest };
};

describe("packed manifest checks", () => {
  const good = { exports: { ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" } } }, dependencies: { ajv: "^8.0.0" } };
  it("passes a manifest whose targets are all in the tarball", () => {
    expect(checkPackedManifest(good, ["package.json", "dist/index.d.ts", "dist/index.js"])).toEqual([]);
  });
  it("names a target missing from the tarball, a workspace-only specifier and types that are not first", () => {
    const bad = { exports: { ".": { import: { default: "./dist/index.js", types: "./dist/index.d.ts" } } }, bin: { x: "./dist/cli.js" }, dependencies: { "@zpa-openapi/spec": "workspace:*" } };
    expect(checkPackedManifest(bad, ["dist/index.js", "dist/index.d.ts"])).toEqual([
      "package.json points at dist/cli.js, which is not in the tarball",
      'dependencies.@zpa-openapi/spec is "workspace:*" in the packed package.json',
      'exports["."]["import"]: "types" must come first',
    ]);
  });
});

describe("publish metadata checks", () => {
  const repository = { type: "git", url: "git+https://github.com/zpa-openapi/zpa-openapi.git", directory: "packages/client" };
  it("passes a manifest with repository, licence and every named file packed", () => {
    expect(checkPublishMetadata({ license: "MIT", repository, files: ["dist", "CHANGELOG.md", "LICENSE"] }, ["package.json", "dist/index.js", "CHANGELOG.md", "LICENSE"])).toEqual([]);
  });
  it("names a missing repository, licence file and a file that `files` promises but the tarball lacks", () => {
    expect(checkPublishMetadata({ license: "MIT", files: ["dist", "CHANGELOG.md"] }, ["package.json", "dist/index.js"])).toEqual([
      "repository.url is missing (npm provenance needs it)",
      "the tarball has no LICENSE file",
      "files names CHANGELOG.md, which is not in the tarball",
    ]);
    expect(checkPublishMetadata({ license: "MIT", repository: { url: repository.url }, files: [] }, ["LICENSE"])).toEqual([
      "repository.directory is missing (the package's folder in the repository)",
    ]);
  });
});

describe("which packages are released", () => {
  it("publishes every workspace package but the private tools", () => {
    const names = publishablePackages(repoRoot).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["@zpa-openapi/spec", "@zpa-openapi/client"]));
    expect(names).not.toContain("@zpa-openapi/tools");
    expect(workspacePackages(repoRoot).map((p) => p.name)).toContain("@zpa-openapi/tools");
  });
});

describe("release dry-run on small packages written for it", () => {
  it("passes a correct dual package and names what is wrong with the others", async () => {
    const result = await dryRun({ root: repoRoot, packages: ["good-dual", "missing-file", "types-lie"].map(fixture) });
    const [good, missing, lie] = result.packages;
    expect(good).toMatchObject({ ok: true, problems: [], checked: { name: "greet", kind: "value" } });
    expect(missing.ok).toBe(false);
    expect(missing.problems).toEqual(expect.arrayContaining(["package.json points at dist/index.cjs, which is not in the tarball", expect.stringMatching(/^require\("@zpa-fixture\/missing-file"\) fails/)]));
    expect(lie.ok).toBe(false);
    expect(lie.problems).toContain("the types declare farewell, but the code does not export it");
    expect(result.ok).toBe(false);
  }, 300_000);
});

describe("release dry-run of the workspace's packages (as built)", () => {
  const built = publishablePackages(repoRoot).filter(hasBuiltOutput);
  it("packs, installs and type-checks every built publishable package in ESM and CJS consumers", async () => {
    expect(built.map((p) => p.name)).toEqual(expect.arrayContaining(["@zpa-openapi/spec", "@zpa-openapi/client"]));
    const result = await dryRun({ root: repoRoot, packages: built });
    expect(result.packages.filter((p) => !p.ok)).toEqual([]);
    expect(result.packages.find((p) => p.name === "@zpa-openapi/spec")?.checked).toEqual({ name: "createSpecValidator", kind: "value" });
  }, 300_000);
});
