// Twin throughput on loopback, and the contract suite's wall time against the twin vs Prism,
// measured side by side in one run. Figures only: nothing here asserts a time.
import { Agent, request } from "node:http";
import { startTwin } from "../dist/index.js";

let DURATION_MS = Number(process.env.BENCH_MS ?? 2000);
const CONNECTIONS = 16;

function call(agent, url, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, method, path, headers, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Requests per second with CONNECTIONS keep-alive connections for DURATION_MS. */
async function rps(url, make, expected) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let done = 0;
  let wrong = 0;
  const end = Date.now() + DURATION_MS;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const [method, path, headers, body] = make(done);
        const status = await call(agent, url, method, path, headers, body);
        if (status !== expected) wrong++;
        done++;
      }
    }),
  );
  agent.destroy();
  return { rps: Math.round(done / ((Date.now() - started) / 1000)), wrong };
}

async function token(twin) {
  const r = await fetch(`${twin.url}/signin`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: twin.credentials.clientId, client_secret: twin.credentials.clientSecret }),
  });
  return (await r.json()).access_token;
}

async function throughput(validateResponses) {
  const t0 = Date.now();
  const twin = await startTwin({ rateLimit: false, seedUsers: 100_000, seedAdmins: 1_000, validateResponses });
  const seedMs = Date.now() - t0;
  const auth = { authorization: `Bearer ${await token(twin)}` };
  const base = `/mgmtconfig/v1/admin/customers/${twin.customerId}`;
  const first = await (await fetch(`${twin.url}${base}/emergencyAccess/users?pageSize=500`, { headers: auth })).json();
  const ids = first.items.map((u) => u.userId);
  const json = { ...auth, "content-type": "application/json" };
  const get = await rps(twin.url, (i) => ["GET", `${base}/emergencyAccess/user/${ids[i % ids.length]}`, auth], 200);
  const create = await rps(twin.url, (i) => ["POST", `${base}/emergencyAccess/user`, json, JSON.stringify({ emailId: `b${i}@example.com`, firstName: "B", lastName: "C" })], 201);
  const page = await rps(twin.url, () => ["GET", `${base}/emergencyAccess/users?pageSize=500`, auth], 200);
  await twin.stop();
  return { seedMs, get, create, page };
}

async function suiteTimes() {
  let runConformance;
  try {
    ({ runConformance } = await import("@zpa-openapi/contract"));
  } catch (e) {
    return { error: `contract suite not built: ${e.message}` };
  }
  const options = { seed: 20261126, runs: 12, negativeRuns: 6, quiet: true };
  const twin = await startTwin({ rateLimit: false, seedUsers: 25, seedAdmins: 5 });
  let t = Date.now();
  const onTwin = await runConformance({ ...options, target: twin.url, credentials: twin.credentials, customerId: twin.customerId, allowWrites: true, rateLimit: false });
  const twinMs = Date.now() - t;
  await twin.stop();
  t = Date.now();
  const onPrism = await runConformance({ ...options, target: "prism" });
  const prismMs = Date.now() - t;
  const count = (r, s) => r.results.filter((x) => x.status === s).length;
  return { twinMs, prismMs, twin: onTwin, prism: onPrism, count };
}

// Warm the JIT first, so whichever variant runs first is not penalised.
const measured = DURATION_MS;
DURATION_MS = 500;
await throughput(true);
DURATION_MS = measured;
const checked = await throughput(true);
const unchecked = await throughput(false);
console.log(`twin on loopback, ${CONNECTIONS} keep-alive connections, ${DURATION_MS} ms per figure, 100,000 seeded users`);
console.log(`seeding 100,000 users + 1,000 admins: ${checked.seedMs} ms`);
console.log("| request | req/s (responses checked against the spec) | req/s (unchecked) | ratio |");
console.log("| --- | ---: | ---: | ---: |");
for (const [name, key] of [["GET one user", "get"], ["POST create user", "create"], ["GET 500-user page", "page"]]) {
  const a = checked[key];
  const b = unchecked[key];
  const note = a.wrong + b.wrong ? ` (${a.wrong + b.wrong} unexpected statuses)` : "";
  console.log(`| ${name} | ${a.rps} | ${b.rps} | ${(b.rps / a.rps).toFixed(2)}×${note} |`);
}
const suite = await suiteTimes();
if (suite.error) console.log(suite.error);
else {
  const { count } = suite;
  console.log("\ncontract suite (seed 20261126, runs 12), wall time side by side");
  console.log("| target | wall time | stateful | pass | fail | skip |");
  console.log("| --- | ---: | :---: | ---: | ---: | ---: |");
  console.log(`| twin | ${(suite.twinMs / 1000).toFixed(1)} s | ${suite.twin.stateful} | ${count(suite.twin, "pass")} | ${count(suite.twin, "fail")} | ${count(suite.twin, "skip")} |`);
  console.log(`| Prism (in-process mock) | ${(suite.prismMs / 1000).toFixed(1)} s | ${suite.prism.stateful} | ${count(suite.prism, "pass")} | ${count(suite.prism, "fail")} | ${count(suite.prism, "skip")} |`);
  console.log(`twin / Prism wall-time ratio: ${(suite.twinMs / suite.prismMs).toFixed(2)}`);
}
process.exit(0);
