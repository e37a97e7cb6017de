import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// `pnpm api-docs` prints what Redocly says about the document, without the boxed notices that
// Redocly 2.77 opens every run with on Node 20.
test("pnpm api-docs writes the HTML reference and prints no boxed notice", () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "zpa-api-docs-")), "reference.html");
  const run = spawnSync(process.execPath, [path.join(__dirname, "..", "scripts", "api-docs.mjs"), "--output", out], { encoding: "utf8", timeout: 180_000 });
  expect({ status: run.status, stderr: run.status === 0 ? "" : run.stderr }).toEqual({ status: 0, stderr: "" });
  const printed = run.stdout + run.stderr;
  expect(printed).toContain("bundled successfully");
  expect(printed).not.toMatch(/[╔║╚]|Node\.js 20 support is ending|Redoc 3/);
  expect(existsSync(out) && statSync(out).size).toBeGreaterThan(100_000);
});
