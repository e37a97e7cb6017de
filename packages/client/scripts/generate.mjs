// Regenerates src/generated/ from the bundled spec. `--check` regenerates in memory and fails,
// naming each stale file, when the committed output differs.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const specFile = path.resolve(here, "../../../spec/dist/zpa-openapi.json");
// `--out DIR` checks or writes another folder (the freshness test uses it on a copy).
const outFlag = process.argv.indexOf("--out");
const outDir = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.resolve(here, "../src/generated");
const BANNER = `/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by \`pnpm generate\` (openapi-typescript) from spec/openapi.yaml.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
`;

async function render() {
  const spec = JSON.parse(await readFile(specFile, "utf8"));
  const ast = await openapiTS(spec, { alphabetize: true });
  return { "schema.gen.ts": BANNER + astToString(ast) };
}

const check = process.argv.includes("--check");
let files;
try {
  files = await render();
} catch (error) {
  console.error(`generate: cannot read ${path.relative(process.cwd(), specFile)}: ${error.message}\nRun \`pnpm build\` in spec/ first.`);
  process.exit(1);
}
const stale = [];
for (const [name, content] of Object.entries(files)) {
  const target = path.join(outDir, name);
  if (check) {
    const current = await readFile(target, "utf8").catch(() => "");
    if (current !== content) stale.push(path.relative(process.cwd(), target));
  } else {
    await mkdir(outDir, { recursive: true });
    // Write to a sibling file first so an interrupted run never leaves a half-written file behind.
    await writeFile(`${target}.tmp`, content);
    await rename(`${target}.tmp`, target);
  }
}
if (stale.length > 0) {
  console.error(`generate --check: stale generated file(s):\n${stale.map((f) => `  ${f}`).join("\n")}\nRun \`pnpm generate\` and commit the result.`);
  process.exit(1);
}
console.log(check ? "generate --check: generated files are up to date" : `generate: wrote ${Object.keys(files).join(", ")}`);
