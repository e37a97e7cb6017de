import { defineConfig } from "tsup";

export default defineConfig({
  // `core` and `families` are entries of their own so a bundler can ship the core and the families
  // a program uses, without the rest.
  entry: ["src/index.ts", "src/core.ts", "src/families.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node20",
  // Shared chunks in both formats: one copy of each module (and of each error class, so
  // `instanceof ZpaApiError` holds whichever entry a program imported it from).
  splitting: true,
  // Keep `node:net` as written: Deno and Bun resolve only the prefixed name.
  removeNodeProtocol: false,
});
