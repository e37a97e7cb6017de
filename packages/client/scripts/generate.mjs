// Regenerates src/generated/ from the assembled spec (spec/openapi.yaml + spec/families/*.yaml,
// merged by spec/scripts/assemble.cjs into spec/dist/zpa-openapi.json). `--check` regenerates in memory and fails,
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
 * Produced by \`pnpm generate\` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
`;

// What the runtime needs to know about each operation, which types alone cannot carry: its id
// (for error messages), whether it takes `microtenantId`, and how its list is paged.
function operationTable(spec) {
  const resolve = (p) => (p.$ref ? resolve(p.$ref.split("/").slice(1).reduce((o, k) => o[k], spec)) : p);
  const table = {};
  for (const [route, item] of Object.entries(spec.paths).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      const op = item[method];
      if (!op) continue;
      const query = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve).filter((p) => p.in === "query");
      const names = query.map((p) => p.name);
      const entry = [op.operationId, names.includes("microtenantId") ? 1 : 0];
      const cursor = names.includes("pageId");
      if (cursor || names.includes("page")) {
        const size = query.find((p) => /^page_?size$/i.test(p.name));
        entry.push(cursor ? "cursor" : "page", size.name, size.schema.maximum ?? 500);
      }
      table[`${method.toUpperCase()} ${route}`] = entry;
    }
  }
  return table;
}

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
  // Routes share a few long tenant prefixes; naming each once keeps the table small in a bundle.
  // The most common one is exported as `base` (the resource helpers build their routes on it).
  const table = operationTable(spec);
  const prefixOf = (route) => /^(.*\/customers\/\{customerId\})\//.exec(route)?.[1];
  const counts = new Map();
  for (const key of Object.keys(table)) {
    const prefix = prefixOf(key.split(" ")[1]);
    if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const names = new Map();
  for (const [prefix, n] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    if (names.size > 0 && n < 2) continue;
    const words = prefix.split("/").filter((w) => w && !["admin", "api", "customers", "{customerId}"].includes(w));
    let name = names.size === 0 ? "base" : words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join("").replace(/[^A-Za-z0-9_$]/g, "");
    while ([...names.values()].includes(name)) name += "_";
    names.set(prefix, name);
  }
  const rows = Object.entries(table).map(([key, entry]) => {
    const [method, route] = key.split(" ");
    const name = names.get(prefixOf(route));
    const text = name ? `[\`${method} \${${name}}${route.slice(prefixOf(route).length)}\`]` : JSON.stringify(key);
    return `  ${text}: ${JSON.stringify(entry)},`;
  });
  const consts = [...names].map(([prefix, name]) =>
    name === "base" ? `/** The prefix most routes share. */\nexport const base = ${JSON.stringify(prefix)};\n` : `const ${name} = ${JSON.stringify(prefix)};\n`,
  );
  const ops =
    BANNER +
    consts.join("") +
    "/** `\"METHOD /path\"` → [operationId, takes microtenantId (1/0), then for lists: paging style, page-size parameter, its maximum]. */\n" +
    `export const operationTable: Record<string, readonly [string, 0 | 1, ("cursor" | "page")?, string?, number?]> = {\n${rows.join("\n")}\n};\n`;
  return { "operations.gen.ts": ops, "schema.gen.ts": BANNER + astToString(ast) };
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
