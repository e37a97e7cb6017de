import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { startReferenceServer, type ReferenceServer } from "./fixtures/reference-server";

// Regression: the CommonJS build threw `(0 , import_openapi_fetch.default) is not a function`,
// because Node's CJS interop hands openapi-fetch's whole module over as the default import.
// Each built entry point is loaded the way a consumer would, in a fresh `node`, and runs a tiny
// conformance run (which sends through openapi-fetch) against the reference server.
const dist = join(__dirname, "..", "dist");
const run = promisify(execFile);

const SCRIPT = `
const { runConformance } = LOAD;
runConformance({
  target: process.env.REF_URL,
  credentials: { clientId: process.env.REF_CLIENT_ID, clientSecret: process.env.REF_CLIENT_SECRET },
  customerId: process.env.REF_CUSTOMER_ID,
  onlyChecks: ["positive_data_acceptance"],
  onlyOperations: ["getRole"],
  runs: 2,
  seed: 1,
  quiet: true,
}).then(
  (r) => console.log(JSON.stringify({ requests: r.requests, results: r.results.map((x) => [x.operationId, x.check, x.status]) })),
  (e) => { console.error(e.message); process.exit(1); },
);`;

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer();
});
afterAll(() => server.stop());

test.each([
  ["require", "dist/index.cjs", `require(${JSON.stringify(join(dist, "index.cjs"))})`, "--eval"],
  ["import()", "dist/index.js", `await import(${JSON.stringify(join(dist, "index.js"))})`, "--input-type=module"],
])("%s of %s runs a conformance run through openapi-fetch", async (_how, file, load, mode) => {
  if (!existsSync(join(dist, file.replace("dist/", "")))) throw new Error(`${file} is missing: build the package first (pnpm --filter @zpa-openapi/contract build)`);
  const args = mode === "--eval" ? ["--eval", SCRIPT.replace("LOAD", load)] : ["--input-type=module", "--eval", SCRIPT.replace("LOAD", load)];
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, REF_URL: server.url, REF_CLIENT_ID: server.credentials.clientId, REF_CLIENT_SECRET: server.credentials.clientSecret, REF_CUSTOMER_ID: server.customerId },
    encoding: "utf8",
  });
  const out = JSON.parse(stdout.trim().split("\n").pop()!);
  expect(out.results).toEqual([["getRole", "positive_data_acceptance", "pass"]]);
  expect(out.requests).toBeGreaterThan(2);
}, 30_000);
