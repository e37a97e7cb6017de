import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { openapi, resolvePointer } from "@zpa-openapi/spec";
import { startPrism } from "../src/index";

// The embedded Prism runs in a worker thread so its CPU work overlaps the suite's. These show it
// answers as the spec's mock, is really gone after stop, fails to start with a clear error, and
// starts from both built entry points (the worker's modules are resolved from the package).
const ROLES = "/mgmtconfig/v1/admin/customers/145256180497776640/roles";

/** What the spec says the mock answers for the roles list: the first example of its 200 response. */
function firstRolesExample(): unknown {
  const content = resolvePointer(openapi, "/paths/~1mgmtconfig~1v1~1admin~1customers~1{customerId}~1roles/get/responses/200/content/application~1json");
  let example = Object.values(content.examples as Record<string, { $ref?: string; value?: unknown }>)[0]!;
  if (example.$ref) example = resolvePointer(openapi, example.$ref.slice(1));
  return example.value;
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch (e) {
    return /ECONNREFUSED/.test(String((e as { cause?: unknown }).cause ?? e));
  }
}

test("answers as the spec's mock on 127.0.0.1 and refuses connections once stopped", async () => {
  const prism = await startPrism();
  try {
    expect(prism.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${prism.url}${ROLES}`)).status).toBe(401);
    const ok = await fetch(`${prism.url}${ROLES}`, { headers: { authorization: "Bearer x" } });
    expect(ok.status).toBe(200);
    const example = firstRolesExample();
    expect(example).toBeDefined();
    expect(await ok.json()).toEqual(example);
  } finally {
    await prism.stop();
  }
  expect(await refused(`${prism.url}${ROLES}`)).toBe(true);
  await prism.stop(); // a second stop is harmless
}, 30_000);

test("a document Prism cannot load fails the start with a message that says so", async () => {
  await expect(startPrism({ openapi: "3.1.0", paths: { "/x": { get: { responses: { 200: { $ref: "#/nowhere" } } } } } })).rejects.toThrow(/^Prism did not start: /);
}, 30_000);

const dist = join(__dirname, "..", "dist");
const SCRIPT = `
const { startPrism } = LOAD;
startPrism().then(async (p) => {
  const status = (await fetch(p.url + ${JSON.stringify(ROLES)})).status;
  await p.stop();
  console.log(JSON.stringify({ status }));
}, (e) => { console.error(e.message); process.exit(1); });`;

test.each([
  ["require", `require(${JSON.stringify(join(dist, "index.cjs"))})`, "--eval"],
  ["import()", `await import(${JSON.stringify(join(dist, "index.js"))})`, "--input-type=module"],
])("%s of the built package starts and stops Prism (and the process exits)", async (_how, load, mode) => {
  const args = mode === "--eval" ? ["--eval", SCRIPT.replace("LOAD", load)] : ["--input-type=module", "--eval", SCRIPT.replace("LOAD", load)];
  const { stdout } = await promisify(execFile)(process.execPath, args, { encoding: "utf8", timeout: 30_000 });
  expect(JSON.parse(stdout.trim())).toEqual({ status: 401 });
}, 40_000);
