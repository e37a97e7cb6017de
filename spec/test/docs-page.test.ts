import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { openapi } from "../src/index";

// Debian's chromium (no browser download); CHROMIUM_PATH points elsewhere when needed.
const chromiumPath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));

const operations = Object.values(openapi.paths).flatMap((item) =>
  Object.entries(item)
    .filter(([method]) => method !== "parameters")
    .map(([, op]) => op as { operationId: string; summary: string; description: string; tags: string[] }),
);

const suite = chromiumPath ? describe : describe.skip;

suite("the HTML reference, opened in headless Chromium", () => {
  let browser: Browser;
  let dir: string;
  let htmlFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "zpa-docs-"));
    htmlFile = path.join(dir, "zpa-openapi.html");
    // The same command `pnpm docs` runs, into a temporary folder.
    execFileSync(path.resolve(__dirname, "../node_modules/.bin/redocly"), ["build-docs", path.resolve(__dirname, "../dist/zpa-openapi.json"), "--output", htmlFile, "--inlineBundle"], { stdio: "pipe" });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows every operation of the spec, each with its own description, offline", async () => {
    const page = await browser.newPage();
    // No network: the page must render from the single file alone (its optional logo and
    // telemetry calls are refused).
    await page.route(/^https?:/, (route) => route.abort());
    await page.goto(`file://${htmlFile}`);
    const rendered: string[] = [];
    for (const op of operations) {
      await page.getByText(op.tags[0], { exact: true }).first().click();
      await page.getByText(op.summary, { exact: true }).first().click();
      await page.getByText(op.description.trim().split("\n")[0].replace(/`/g, "").slice(0, 40)).first().waitFor({ timeout: 5_000 });
      rendered.push(op.operationId);
    }
    expect(rendered).toEqual(operations.map((op) => op.operationId));
    expect(rendered).toHaveLength(14);
  }, 90_000);
});

if (!chromiumPath) {
  it.skip("Chromium not found (apt-get install chromium, or set CHROMIUM_PATH): HTML reference check skipped", () => {});
}
