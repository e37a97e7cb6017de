// Regenerates src/generated/ from the assembled spec (spec/openapi.yaml + spec/families/*.yaml,
// merged by spec/scripts/assemble.cjs into spec/dist/zpa-openapi.json). `--check` regenerates in memory and fails,
// naming each stale file, when the committed output differs.
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { operationsOf, renderFamilies } from "./generate-families.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const specFile = path.resolve(here, "../../../spec/dist/zpa-openapi.json");
// `--out DIR` checks or writes another folder (the freshness test uses it on a copy).
const outFlag = process.argv.indexOf("--out");
const outDir = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.resolve(here, "../src/generated");
const BANNER = `/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by \`pnpm generate\` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
`;

// An allOf member that only lists `required` names (`{type: object, required: [username]}`) becomes
// `Record<string, never>` in openapi-typescript, which makes the whole intersection unusable. Naming
// those properties with an empty schema (`unknown`) is the same JSON Schema and types them required.
function requiredOnlyMembersNamed(node) {
  if (Array.isArray(node)) return node.map(requiredOnlyMembersNamed);
  if (!node || typeof node !== "object") return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, requiredOnlyMembersNamed(v)]));
  if (Array.isArray(out.allOf)) {
    out.allOf = out.allOf.map((m) =>
      m && Array.isArray(m.required) && !m.properties && !m.$ref ? { ...m, properties: Object.fromEntries(m.required.map((n) => [n, {}])) } : m,
    );
  }
  return out;
}

async function render() {
  const spec = requiredOnlyMembersNamed(JSON.parse(await readFile(specFile, "utf8")));
  // A `default` is what the server assumes when a field is omitted, so callers may still omit it
  // (openapi-typescript would otherwise make such request fields required).
  const ast = await openapiTS(spec, { alphabetize: true, defaultNonNullable: false });
  // Routes share a few long tenant prefixes; naming each once keeps the family tables small in a
  // bundle (the most common one is `base`).
  const counts = new Map();
  for (const { route } of operationsOf(spec)) {
    const prefix = /^(.*\/customers\/\{customerId\})\//.exec(route)?.[1];
    if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const prefixes = new Map();
  for (const [prefix, n] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    if (prefixes.size > 0 && n < 2) continue;
    const words = prefix.split("/").filter((w) => w && !["admin", "api", "customers", "{customerId}"].includes(w));
    let name = prefixes.size === 0 ? "base" : words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join("").replace(/[^A-Za-z0-9_$]/g, "");
    while ([...prefixes.values()].includes(name)) name += "_";
    prefixes.set(prefix, name);
  }
  const consts = [...prefixes].map(([prefix, name]) => `export const ${name} = ${JSON.stringify(prefix)};\n`);
  return {
    "schema.gen.ts": BANNER + astToString(ast),
    "prefixes.gen.ts": BANNER + "// The tenant prefixes routes share, named once for the family tables.\n" + consts.join(""),
    ...renderFamilies(spec, prefixes, BANNER),
  };
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
    await mkdir(path.dirname(target), { recursive: true });
    // Write to a sibling file first so an interrupted run never leaves a half-written file behind.
    await writeFile(`${target}.tmp`, content);
    await rename(`${target}.tmp`, target);
  }
}
// A generated file the spec no longer produces (a family renamed or removed) is stale too.
for (const dir of ["", "families"]) {
  const present = await readdir(path.join(outDir, dir)).catch(() => []);
  for (const file of present.filter((f) => f.endsWith(".gen.ts") && !(path.posix.join(dir, f) in files))) {
    const target = path.join(outDir, dir, file);
    if (check) stale.push(`${path.relative(process.cwd(), target)} (no longer generated)`);
    else await rm(target);
  }
}
if (stale.length > 0) {
  console.error(`generate --check: stale generated file(s):\n${stale.map((f) => `  ${f}`).join("\n")}\nRun \`pnpm generate\` and commit the result.`);
  process.exit(1);
}
console.log(check ? "generate --check: generated files are up to date" : `generate: wrote ${Object.keys(files).join(", ")}`);
