import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { repoRoot } from "../doc-check/help-pages";

// The repository's own workflows are part of its supply chain: a moved tag or a broad token
// reaches every user of the packages they publish.
const workflowDir = path.join(repoRoot, ".github", "workflows");
const workflows = readdirSync(workflowDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((file) => {
    const text = readFileSync(path.join(workflowDir, file), "utf8");
    return { file, text, doc: parse(text) as { permissions?: unknown; jobs: Record<string, { permissions?: Record<string, string> | string; steps?: Array<{ uses?: string }> }> } };
  });

const WRITE_SCOPES_AT_TOP = (permissions: unknown): string[] =>
  permissions && typeof permissions === "object" ? Object.entries(permissions).filter(([, v]) => v === "write").map(([k]) => k) : permissions === "write-all" ? ["write-all"] : [];

describe.each(workflows.map((w) => [w.file, w] as const))("workflow %s", (_file, workflow) => {
  it("pins every third-party action to a full commit SHA and says which tag it was", () => {
    const lines = workflow.text.split("\n").filter((l) => /^\s*-?\s*uses:/.test(l));
    for (const line of lines) {
      const ref = line.replace(/^\s*-?\s*uses:\s*/, "");
      if (ref.startsWith("./")) continue;
      expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d[\w.-]*$/);
    }
  });

  it("grants no write scope to the whole workflow, only to the jobs that need it", () => {
    expect(WRITE_SCOPES_AT_TOP(workflow.doc.permissions)).toEqual([]);
  });

  it("never gives one job both an npm identity and write access to the repository, and stores no npm token", () => {
    for (const [name, job] of Object.entries(workflow.doc.jobs)) {
      const scopes = typeof job.permissions === "object" ? job.permissions : {};
      if (scopes["id-token"] === "write") expect({ job: name, contents: scopes.contents ?? "none" }).toEqual({ job: name, contents: "read" });
    }
    expect(workflow.text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN/);
  });
});

it("reads the repository's workflows", () => {
  expect(workflows.map((w) => w.file)).toEqual(expect.arrayContaining(["ci.yml", "release.yml"]));
});
