// Bundle sizes as a consumer's bundler would ship them (esbuild, minified, gzipped; the runtime's
// `node:` built-ins excluded): the core (`createZpaCore` from `@zpa-openapi/client/core`: auth,
// retries, limiter, timeouts, pagination, errors), the core plus one family's namespace, and the full
// client. Also checks that the core holds no operation of the spec (so it does not grow with it)
// and that a bundle with one family holds no other family's operations (tree-shaking).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const dist = new URL("../dist/", import.meta.url).pathname;
const spec = JSON.parse(readFileSync(new URL("../../../spec/dist/zpa-openapi.json", import.meta.url), "utf8"));
const operationIds = Object.values(spec.paths).flatMap((item) => ["get", "put", "post", "delete", "patch"].filter((m) => item[m]).map((m) => item[m].operationId));

const bundle = async (contents, { withOpenapiFetch = false } = {}) => {
  const result = await build({
    stdin: { contents, resolveDir: dist, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    external: ["node:*", ...(withOpenapiFetch ? [] : ["openapi-fetch"])],
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0].text;
  return { code, min: code.length, gz: gzipSync(code, { level: 9 }).length };
};
const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
const verdict = (ok) => (ok ? "OK" : "OVER");

const coreEntry = `import { createZpaCore } from "./core.js"; export const make = createZpaCore;`;
const core = await bundle(coreEntry);
const coreWithFetch = await bundle(coreEntry, { withOpenapiFetch: true });
// The core signs in itself (the legacy `/signin` is an operation of the spec); no other operation
// may be in it.
const OWN = new Set(["signIn"]);
const named = (code) => new Set([...code.matchAll(/"(\w+)"/g)].map((m) => m[1]));
const inCore = operationIds.filter((id) => named(core.code).has(id) && !OWN.has(id));
console.log(
  `core bundle (createZpaCore; openapi-fetch excluded): ${kB(core.min)} minified, ${kB(core.gz)} min+gz (target ≤ 6.5 kB) ${verdict(core.gz <= 6500)}; ` +
    `with openapi-fetch bundled: ${kB(coreWithFetch.gz)} min+gz; operations of the spec inside (besides its own signIn): ${inCore.length} of ${operationIds.length}` +
    (inCore.length ? ` (${inCore.slice(0, 5).join(", ")}…) GROWS WITH THE SPEC` : " (does not grow with the spec)"),
);

// Every family's cost over the core, by its factory from the families entry.
const familiesSource = readFileSync(new URL("../src/generated/namespaces.gen.ts", import.meta.url), "utf8");
const factories = [...familiesSource.matchAll(/^ {2}(\w+): \1\(core\),$/gm)].map((m) => m[1]);
const costs = [];
for (const name of factories) {
  const one = await bundle(`import { createZpaCore } from "./core.js"; import { ${name} } from "./families.js"; export const make = (o) => ${name}(createZpaCore(o));`);
  costs.push({ name, gz: one.gz - core.gz, code: one.code });
}
costs.sort((a, b) => b.gz - a.gz);
const seg = costs.find((c) => c.name === "applicationSegments");
// The family's own operationIds, from its generated table.
const segmentSource = readFileSync(new URL("../src/generated/families/application-segments.gen.ts", import.meta.url), "utf8");
const segmentOps = new Set([...segmentSource.matchAll(/^ {4}\["\w+", "[A-Z]+", [^,]+, \d+, "(\w+)"/gm)].map((m) => m[1]));
const others = (c) => operationIds.filter((id) => named(c.code).has(id) && !segmentOps.has(id) && !OWN.has(id)).length;
console.log(
  `one family over the core, min+gz: applicationSegments +${seg.gz} B (target ≤ 1000 B) ${verdict(seg.gz <= 1000)}; largest ${costs[0].name} +${costs[0].gz} B ${verdict(costs[0].gz <= 1000)}; ` +
    `smallest ${costs.at(-1).name} +${costs.at(-1).gz} B; median +${costs[Math.floor(costs.length / 2)].gz} B over ${costs.length} families; ` +
    `operations of other families in the core+applicationSegments bundle: ${others(seg)} (its own: ${segmentOps.size})${others(seg) ? " NOT TREE-SHAKEN" : ", the other families were shaken off"}`,
);

const full = await bundle(`import { createZpaClient } from "./index.js"; export const make = createZpaClient;`);
console.log(`full client (createZpaClient, every family; openapi-fetch excluded): ${kB(full.min)} minified, ${kB(full.gz)} min+gz`);
