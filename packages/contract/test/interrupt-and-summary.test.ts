import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConformance } from "../src/index";
import { startReferenceServer } from "./fixtures/reference-server";

jest.setTimeout(60_000);

test("an interrupted run (Ctrl-C) still removes what it created", async () => {
  const server = await startReferenceServer();
  const before = [...server.admins.keys()];
  const controller = new AbortController();
  try {
    const run = runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: ["createAdministrator", "updateAdministrator"], runs: 100, seed: 9, quiet: true, signal: controller.signal });
    // Abort once the run has created administrators of its own.
    while (server.admins.size <= before.length + 3) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const report = await run;
    expect(report.notes.join(" ")).toMatch(/Interrupted/);
    expect([...server.admins.keys()]).toEqual(before);
  } finally {
    await server.stop();
  }
});

test("the Markdown report is appended to GITHUB_STEP_SUMMARY when it is set", async () => {
  const dir = await mkdtemp(join(tmpdir(), "zpa-summary-"));
  const summary = join(dir, "summary.md");
  await writeFile(summary, "# earlier step\n");
  const saved = process.env.GITHUB_STEP_SUMMARY;
  process.env.GITHUB_STEP_SUMMARY = summary;
  const server = await startReferenceServer();
  try {
    await runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: ["getRole"], runs: 3, quiet: true, reportDir: dir });
    const text = await readFile(summary, "utf8");
    expect(text).toMatch(/^# earlier step\n## ZPA conformance: ✅ no failures/);
    expect(text).toContain("| `getRole` |");
  } finally {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved;
    await server.stop();
  }
});
