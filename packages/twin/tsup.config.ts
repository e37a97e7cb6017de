import { defineConfig } from "tsup";

// The contract suite and Prism are only used by the mutation script and stay external.
const external = ["@zpa-openapi/spec", "@zpa-openapi/contract", "@zpa-openapi/client", /^@stoplight\//];

export default defineConfig([
  { entry: ["src/index.ts"], format: ["esm", "cjs"], dts: true, clean: true, target: "node20", external },
  { entry: ["src/cli.ts", "src/mutation.ts"], format: ["esm"], dts: false, clean: false, target: "node20", external },
]);
