// Renders openapi-typescript's types for a bundled spec (argv[2], JSON) to argv[3], with the
// options packages/client/scripts/generate.mjs uses. A separate process because
// openapi-typescript's dependencies are ESM-only, which jest's CommonJS runtime cannot load.
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";

const [input, output] = process.argv.slice(2);
const doc = JSON.parse(await readFile(input, "utf8"));
await writeFile(output, astToString(await openapiTS(doc, { alphabetize: true, silent: true })));
