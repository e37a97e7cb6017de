// The twin's figures, each measured side by side in one run: throughput against Prism on the same
// whole spec and the same requests, start-up with the whole spec, memory for a tenant of 100,000
// records, and the response-check overhead. Figures only: nothing here asserts a time.
import { execFileSync } from "node:child_process";
import { Agent, request } from "node:http";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { startTwin } from "../dist/index.js";

const DURATION_MS = Number(process.env.BENCH_MS ?? 2000);
const CONNECTIONS = 16;
const INDEX = fileURLToPath(new URL("../dist/index.js", import.meta.url));

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

/** Requests per second with CONNECTIONS keep-alive connections for `ms`. */
async function rps(url, make, ok, ms = DURATION_MS) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let done = 0;
  let wrong = 0;
  const end = Date.now() + ms;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const [method, path, headers, body] = make(done);
        const status = await call(agent, url, method, path, headers, body);
        if (!ok(status)) wrong++;
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

/** The same requests for both servers: reads and writes over several families of the whole spec. */
function workload(twin, auth) {
  const base = `/mgmtconfig/v1/admin/customers/${twin.customerId}`;
  const ids = (name) => twin.ids?.[name] ?? [...twin.engine.store(name).scan()].map((r) => r.id);
  const apps = ids("ApplicationSegment");
  const groups = ids("ServerGroup");
  const json = { ...auth, "content-type": "application/json" };
  return [
    ["GET one application segment", (i) => ["GET", `${base}/application/${apps[i % apps.length]}`, auth], (s) => s === 200],
    ["GET a page of 20 segments", (i) => ["GET", `${base}/application?page=${1 + (i % 10)}&pagesize=20`, auth], (s) => s === 200],
    ["GET one server group", (i) => ["GET", `${base}/serverGroup/${groups[i % groups.length]}`, auth], (s) => s === 200],
    ["POST create segment group", (i) => ["POST", `${base}/segmentGroup`, json, JSON.stringify({ name: `bench ${i}`, enabled: true })], (s) => s === 201],
  ];
}

// The twin runs in a worker thread, as the embedded Prism does, so neither shares a thread with
// the load generator and the two columns compare like with like.
const TWIN_WORKER = `
import("node:worker_threads").then(async ({ parentPort, workerData }) => {
  const { startTwin } = await import(workerData.index);
  const twin = await startTwin({ rateLimit: false, seedProfile: "realistic" });
  const ids = Object.fromEntries(["ApplicationSegment", "ServerGroup"].map((n) => [n, [...twin.engine.store(n).scan()].map((r) => r.id)]));
  parentPort.once("message", () => twin.stop().then(() => parentPort.postMessage({ stopped: true })));
  parentPort.postMessage({ url: twin.url, credentials: twin.credentials, customerId: twin.customerId, ids });
});`;

async function twinInWorker() {
  const worker = new Worker(TWIN_WORKER, { eval: true, workerData: { index: new URL("../dist/index.js", import.meta.url).href } });
  const info = await new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    ...info,
    stop: async () => {
      const stopped = new Promise((r) => worker.once("message", r));
      worker.postMessage("stop");
      await stopped;
      await worker.terminate();
    },
  };
}

async function prismVsTwin() {
  let startPrism;
  try {
    ({ startPrism } = await import("@zpa-openapi/contract"));
  } catch (e) {
    return { error: `contract suite (which embeds Prism) not built: ${e.message}` };
  }
  const twin = await twinInWorker();
  const auth = { authorization: `Bearer ${await token(twin)}` };
  const prism = await startPrism();
  const rows = [];
  try {
    for (const [name, make, ok] of workload(twin, auth)) {
      // Warm both, then measure one after the other on the same requests.
      await rps(twin.url, make, ok, 300);
      await rps(prism.url, make, () => true, 300);
      const t = await rps(twin.url, make, ok);
      const p = await rps(prism.url, make, (s) => s < 300);
      rows.push({ name, twin: t, prism: p });
    }
  } finally {
    await prism.stop();
    await twin.stop();
  }
  return { rows };
}

/** Start-up with the whole spec in a fresh process: module load plus startTwin(), until it listens. */
function startup() {
  const code = `const t0 = performance.now(); const m = await import(${JSON.stringify(INDEX)}); const t1 = performance.now(); const twin = await m.startTwin({ rateLimit: false }); const t2 = performance.now(); await twin.stop(); console.log(JSON.stringify({ load: t1 - t0, start: t2 - t1, operations: twin.engine.operations.size, resources: twin.engine.resources.size }));`;
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }).trim()));
  return runs.sort((a, b) => a.load + a.start - (b.load + b.start))[1];
}

/** Memory of a tenant of 100,000 records (users, administrators and a realistic tenant), after a full GC, in a fresh process. */
function memory() {
  const code = `const m = await import(${JSON.stringify(INDEX)}); global.gc(); const before = process.memoryUsage(); const t0 = performance.now(); const twin = await m.startTwin({ rateLimit: false, seedUsers: 60000, seedAdmins: 39000, seedProfile: "realistic" }); const seeded = performance.now() - t0; global.gc(); const after = process.memoryUsage(); console.log(JSON.stringify({ records: twin.size(), seedMs: seeded, heapMB: (after.heapUsed - before.heapUsed) / 2 ** 20, rssMB: after.rss / 2 ** 20 })); await twin.stop();`;
  return JSON.parse(execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", code], { encoding: "utf8", maxBuffer: 1 << 20 }).trim());
}

async function checkedVsUnchecked() {
  const out = {};
  for (const validateResponses of [true, false]) {
    const twin = await startTwin({ rateLimit: false, seedProfile: "realistic", validateResponses });
    const auth = { authorization: `Bearer ${await token(twin)}` };
    const [, make, ok] = workload(twin, auth)[1];
    await rps(twin.url, make, ok, 300);
    out[validateResponses ? "checked" : "unchecked"] = await rps(twin.url, make, ok);
    await twin.stop();
  }
  return out;
}

const s = startup();
console.log(`start-up with the whole spec (${s.operations} operations, ${s.resources} resources), fresh process, median of 3: module load ${s.load.toFixed(0)} ms + startTwin ${s.start.toFixed(0)} ms = ${(s.load + s.start).toFixed(0)} ms`);
const m = memory();
console.log(`memory for a tenant of ${m.records.toLocaleString("en-US")} records: heap ${m.heapMB.toFixed(0)} MB (rss ${m.rssMB.toFixed(0)} MB), seeded in ${m.seedMs.toFixed(0)} ms`);

const cmp = await prismVsTwin();
if (cmp.error) console.log(cmp.error);
else {
  console.log(`\nthroughput, same whole spec and same requests, each server in a worker thread, ${CONNECTIONS} keep-alive connections, ${DURATION_MS} ms per figure (twin: realistic tenant, every answer checked against the spec)`);
  console.log("| request | twin req/s | Prism req/s | twin / Prism |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const r of cmp.rows) {
    const note = r.twin.wrong + r.prism.wrong ? ` (${r.twin.wrong} twin, ${r.prism.wrong} Prism unexpected statuses)` : "";
    console.log(`| ${r.name} | ${r.twin.rps} | ${r.prism.rps} | ${(r.twin.rps / r.prism.rps).toFixed(1)}×${note} |`);
  }
}
const c = await checkedVsUnchecked();
console.log(`\nresponse checks: a page of 20 segments at ${c.checked.rps} req/s checked vs ${c.unchecked.rps} req/s unchecked (${(c.unchecked.rps / c.checked.rps).toFixed(2)}×)`);
process.exit(0);
