// Size of the ESM entry as a consumer's bundler would ship it: minified, gzipped, openapi-fetch and
// the runtime's built-in `node:` modules excluded.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const result = await build({ entryPoints: [new URL("../dist/index.js", import.meta.url).pathname], bundle: true, minify: true, format: "esm", platform: "neutral", external: ["openapi-fetch", "node:*"], write: false });
const code = result.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 }).length;
console.log(`bundle size of the ESM entry (openapi-fetch and node: built-ins excluded): ${code.length} B minified, ${gz} B gzipped (target ≤ 4096 B) ${gz <= 4096 ? "OK" : "OVER"}`);
