import { execFileSync } from "node:child_process";
import { join } from "node:path";

// Regression: the ESM build imported "ajv/dist/2020" without its extension, which Node's ESM
// resolver rejects (ajv has no exports map), so `import` of the package failed while `require` worked.
const dist = join(__dirname, "..", "dist");

test.each([
  ["ESM", "index.mjs", `import("${join(dist, "index.mjs")}").then((m) => console.log(m.createSpecValidator().validate("/components/schemas/Int64Id", "42").length))`],
  ["CJS", "index.js", `console.log(require("${join(dist, "index.js")}").createSpecValidator().validate("/components/schemas/Int64Id", "42").length)`],
])("the %s entry (%s) loads in Node and validates", (_kind, _file, script) => {
  const out = execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(out.trim()).toBe("0");
});
