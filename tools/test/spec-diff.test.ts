import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, cpSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { repoRoot } from "../doc-check/help-pages";
import { loadSpec, type Json } from "../openapi-document";
import { classifySpecChanges, overallLevel, type ChangeLevel } from "../spec-diff/classify";
import { planChangeset } from "../spec-diff/changeset";

const base = loadSpec(path.join(repoRoot, "spec", "openapi.yaml"));
const USERS = "/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/users";
const ADMIN = "/mgmtconfig/v1/admin/customers/{customerId}/administrators/{adminId}";

function edited(edit: (doc: Json) => void): Json {
  const doc = structuredClone(base);
  edit(doc);
  return doc;
}

describe("spec-diff classifies each change for client users", () => {
  it("finds nothing between a spec and itself", () => {
    expect(classifySpecChanges(base, structuredClone(base))).toEqual([]);
  });

  const cases: Array<[string, ChangeLevel, (doc: Json) => void, RegExp]> = [
    ["an operation removed", "breaking", (d) => delete d.paths[ADMIN].delete, /operation removed/],
    ["an operation added", "additive", (d) => (d.paths[ADMIN].patch = { operationId: "patchAdministrator", responses: { "204": { description: "ok" } } }), /operation added/],
    ["a response field removed", "breaking", (d) => delete d.components.schemas.Administrator.properties.displayName, /displayName: field removed/],
    ["a field's type changed", "breaking", (d) => (d.components.schemas.Administrator.properties.isEnabled = { type: "string" }), /isEnabled: type boolean → string/],
    ["an optional parameter made required", "breaking", (d) => (d.components.parameters.search.required = true), /"search" is now required/],
    ["a required parameter added", "breaking", (d) => d.paths[USERS].get.parameters.push({ name: "tenant", in: "query", required: true, schema: { type: "string" } }), /"tenant" added as required/],
    ["an optional parameter added", "additive", (d) => d.paths[USERS].get.parameters.push({ name: "sortBy", in: "query", schema: { type: "string" } }), /"sortBy" added/],
    ["an enum narrowed", "breaking", (d) => d.components.schemas.EmergencyAccessUserStatus.enum.pop(), /enum narrowed \(removed "Suspended"\)/],
    ["an enum widened", "additive", (d) => d.components.schemas.EmergencyAccessUserStatus.enum.push("Locked"), /enum widened/],
    ["a response code removed", "breaking", (d) => delete d.paths[USERS].get.responses["409"], /response 409 removed/],
    ["a response code added", "additive", (d) => (d.paths[USERS].get.responses["422"] = { description: "no" }), /response 422 added/],
    ["an input maximum raised", "additive", (d) => (d.components.parameters.pageSize.schema.maximum = 1000), /maximum 500 → 1000/],
    ["an input maximum lowered", "breaking", (d) => (d.components.parameters.pageSize.schema.maximum = 100), /maximum 500 → 100/],
    ["a request field made required", "breaking", (d) => d.components.schemas.AdministratorUpdate.allOf[1].required.push("email"), /email: now required|allOf/],
    // Role is `allOf: [RoleFields, { required: [id, name] }]`: drop "name" from the part that requires it.
    ["a response field made optional", "breaking", (d) => (d.components.schemas.Role.allOf.find((part: Json) => part.required).required = ["id"]), /name: no longer required/],
    ["a description reworded", "docs", (d) => (d.paths[USERS].get.description = "Lists users."), /descriptions/],
    ["a doc note added", "docs", (d) => d.components.schemas.Role["x-doc-notes"] = [{ topic: "t", conflict: "c", resolution: "r" }], /doc notes/],
  ];
  it.each(cases)("%s is %s", (_name, level, edit, message) => {
    const changes = classifySpecChanges(base, edited(edit));
    expect(overallLevel(changes)).toBe(level);
    expect(changes.map((c) => c.message).join("\n")).toMatch(message);
  });
});

describe("spec-diff names the client only when its generated types change", () => {
  it("a reworded description changes the types' JSDoc: spec and client get a patch", async () => {
    const head = edited((d) => (d.paths[USERS].get.description = "Lists users, a page at a time."));
    const plan = await planChangeset(repoRoot, base, head, classifySpecChanges(base, head), "HEAD");
    expect(plan?.releases).toEqual({ "@zpa-openapi/spec": "patch", "@zpa-openapi/client": "patch" });
  }, 90_000);

  it("an x-doc-notes edit leaves the types alone: only the spec gets a patch", async () => {
    const head = edited((d) => d.paths[USERS].get["x-doc-notes"].push({ topic: "t", conflict: "c", resolution: "r" }));
    const plan = await planChangeset(repoRoot, base, head, classifySpecChanges(base, head), "HEAD");
    expect(plan?.releases).toEqual({ "@zpa-openapi/spec": "patch" });
    expect(plan?.clientTypesChanged).toBe(false);
  }, 90_000);
});

describe("spec-diff CLI on a git repository", () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { stdio: "pipe" });
  const cli = (...args: string[]) => {
    try {
      return { code: 0, stdout: execFileSync(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, "..", "spec-diff", "cli.ts"), ...args], { cwd: dir, encoding: "utf8", stdio: "pipe", env: { ...process.env, INIT_CWD: dir } }), stderr: "" };
    } catch (e: any) {
      return { code: e.status as number, stdout: String(e.stdout), stderr: String(e.stderr) };
    }
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "spec-diff-"));
    writeFileSync(path.join(dir, "pnpm-workspace.yaml"), "packages: [spec, packages/*]\n");
    for (const p of ["spec", "packages/client"]) {
      mkdirSync(path.join(dir, p), { recursive: true });
      cpSync(path.join(repoRoot, p, "package.json"), path.join(dir, p, "package.json"));
    }
    cpSync(path.join(repoRoot, "spec", "openapi.yaml"), path.join(dir, "spec", "openapi.yaml"));
    cpSync(path.join(repoRoot, "spec", "families"), path.join(dir, "spec", "families"), { recursive: true });
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "base");
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a major changeset for spec and client when a response code is removed", () => {
    // The edit goes where an author would make it: the family file that owns the path.
    const families = path.join(dir, "spec", "families");
    const owner = readdirSync(families).find((f) => parse(readFileSync(path.join(families, f), "utf8"))?.paths?.[USERS]);
    const family = parse(readFileSync(path.join(families, owner!), "utf8"));
    delete family.paths[USERS].get.responses["409"];
    writeFileSync(path.join(families, owner!), stringify(family));
    const result = cli("--changeset");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("overall breaking → major bump");
    const files = readdirSync(path.join(dir, ".changeset"));
    expect(files).toEqual([expect.stringMatching(/^spec-diff-[0-9a-f]{8}\.md$/)]);
    const text = readFileSync(path.join(dir, ".changeset", files[0]), "utf8");
    expect(text).toMatch(/^---\n"@zpa-openapi\/spec": major\n"@zpa-openapi\/client": major\n---\n\nAPI description changes since HEAD: 1 breaking\./);
    expect(text).toContain("response 409 removed");
  }, 90_000);

  it("exits 2 naming a ref that does not exist", () => {
    const result = cli("no-such-ref");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git ref "no-such-ref" not found');
  }, 90_000);
});
