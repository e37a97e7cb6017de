import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: false,
  target: "node20",
  // `__filename` in the ES module build: src/index.ts finds dist/validators.cjs beside itself.
  shims: true,
});
