import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { openapi } from "../src/index";

// Debian's chromium (no browser download); CHROMIUM_PATH points elsewhere when needed.
const chromiumPath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));

type Operation = { operationId: string; summary: string; description: string; tags: string[] };
const operations = Object.values(openapi.paths).flatMap((item) =>
  Object.entries(item)
    .filter(([method]) => method !== "parameters" && !method.startsWith("x-"))
    .map(([, op]) => op as Operation),
);
const groups = (openapi as unknown as { "x-tagGroups": Array<{ name: string; tags: string[] }> })["x-tagGroups"];
const inGroup = (name: string) => operations.filter((op) => groups.find((g) => g.name === name)!.tags.includes(op.tags[0]!));

const suite = chromiumPath ? describe : describe.skip;

suite("the HTML reference, opened in headless Chromium", () => {
  let browser: Browser;
  let dir: string;
  let htmlFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "zpa-docs-"));
    htmlFile = path.join(dir, "zpa-openapi.html");
    // The same command `pnpm api-docs` runs, into a temporary folder.
    execFileSync(path.resolve(__dirname, "../node_modules/.bin/redocly"), ["build-docs", path.resolve(__dirname, "../dist/zpa-openapi.json"), "--output", htmlFile, "--inlineBundle"], { stdio: "pipe" });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // No network: the page must render from the single file alone (its optional logo and
    // telemetry calls are refused).
    await page.route(/^https?:/, (route) => route.abort());
    await page.goto(`file://${htmlFile}`);
    return page;
  };

  it("groups the navigation by family: each family's title, then its tags, in the spec's order", async () => {
    const page = await open();
    const menu = page.locator('[data-component-name="Menu/Menu"]').first();
    await menu.getByText(groups.at(-1)!.name, { exact: true }).waitFor();
    const lines = (await menu.innerText()).split("\n").map((l) => l.trim()).filter(Boolean);
    const expected = groups.flatMap((g) => [g.name, ...g.tags]);
    expect(lines.slice(lines.indexOf(expected[0]!))).toEqual(expected);
    expect(groups.length).toBeGreaterThanOrEqual(40);
  }, 60_000);

  // Eight families spread over the menu, first and last included: each click costs a few seconds
  // of rendering, so all 44 would make this the slowest test of the repository.
  const sampled = groups.filter((_, i) => i % Math.ceil(groups.length / 7) === 0 || i === groups.length - 1);

  it("opens an operation of families across the menu, each with its own description", async () => {
    const page = await open();
    const menu = page.locator('[data-component-name="Menu/Menu"]').first();
    const rendered: string[] = [];
    for (const group of sampled) {
      const op = inGroup(group.name)[0]!;
      // A family's title may equal its tag's name ("Administrators"); only the tag is a link.
      await menu.getByRole("link", { name: op.tags[0]!, exact: true }).click();
      await menu.getByText(op.summary, { exact: true }).first().click();
      await page.getByText(op.description.trim().split("\n")[0]!.replace(/`/g, "").slice(0, 40)).first().waitFor({ timeout: 10_000 });
      rendered.push(group.name);
    }
    expect(rendered).toEqual(sampled.map((g) => g.name));
    expect(rendered.length).toBeGreaterThanOrEqual(7);
  }, 120_000);

  it('finds a segment-group operation when "segment group" is typed into the search', async () => {
    const page = await open();
    await page.getByTestId("search-trigger").click();
    const input = page.getByPlaceholder("Search docs...");
    const summaries = inGroup("Segment groups").map((op) => op.summary);
    expect(summaries.length).toBeGreaterThan(0);
    const hit = page.getByText(new RegExp(`^(${summaries.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`)).first();
    // The page builds its search index after it renders; a query typed before that answers
    // "No results", so type it again until the index answers.
    for (let attempt = 0; ; attempt++) {
      await input.fill("segment group");
      try {
        await hit.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 8) throw error;
      }
    }
    const found = (await hit.innerText()).trim();
    expect(summaries).toContain(found);
    // Choosing the result lands on that operation.
    await hit.click();
    await page.getByRole("heading", { name: found }).first().waitFor({ timeout: 10_000 });
  }, 120_000);
});

if (!chromiumPath) {
  it.skip("Chromium not found (apt-get install chromium, or set CHROMIUM_PATH): HTML reference check skipped", () => {});
}
