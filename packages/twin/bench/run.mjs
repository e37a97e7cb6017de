// The twin's figures, each measured side by side in one run: throughput against Prism on the same
// whole spec and the same requests, start-up with the whole spec, memory for a tenant of 100,000
// records, and the response-check overhead. Figures only: nothing here asserts a time.
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { startTwin } from "../dist/index.js";

const DURATION_MS = Number(process.env.BENCH_MS ?? 4000);
/** Alternating spells per server and row: the twin, then Prism, ROUNDS times. */
const ROUNDS = 4;
const CONNECTIONS = 16;
const INDEX = fileURLToPath(new URL("../dist/index.js", import.meta.url));

/**
 * Requests per second with CONNECTIONS keep-alive connections for `ms`, sent by autocannon. The
 * load generator shares the machine with the server: a node:http client spends about as long on a
 * request as the twin does to answer it, and would measure itself instead of the twin.
 */
async function rps(url, make, ok, ms = DURATION_MS) {
  let i = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: ms / 1000,
    requests: [
      {
        setupRequest: (req) => {
          const [method, path, headers, body] = make(i++);
          return { ...req, method, path, headers, body };
        },
      },
    ],
  });
  const wrong = Object.entries(result.statusCodeStats ?? {}).reduce((n, [code, { count }]) => n + (ok(Number(code)) ? 0 : count), 0) + result.errors + result.timeouts;
  return { rps: Math.round(result.requests.total / (ms / 1000)), wrong };
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

// A server that answers at once, in a worker thread like the others: what the load generator
// itself can send on this machine, so a twin figure near it would be the generator's, not the twin's.
const INSTANT_WORKER = `
import("node:http").then(({ createServer }) => import("node:worker_threads").then(({ parentPort }) => {
  const server = createServer((req, res) => req.resume().on("end", () => res.writeHead(200, { "content-type": "application/json", "content-length": "2" }).end("{}")));
  server.listen(0, "127.0.0.1", () => parentPort.postMessage(\`http://127.0.0.1:\${server.address().port}\`));
}));`;

async function generatorCeiling() {
  const worker = new Worker(INSTANT_WORKER, { eval: true });
  const url = await new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  try {
    await rps(url, () => ["GET", "/", {}], () => true, 300);
    return (await rps(url, () => ["GET", "/", {}], (s) => s === 200)).rps;
  } finally {
    await worker.terminate();
  }
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
      // Warm both, then alternate short spells of each, so a change in the machine's load falls
      // on both columns; each round gives a ratio, and the row reports the median one.
      await rps(twin.url, make, ok, 300);
      await rps(prism.url, make, () => true, 300);
      const spells = [];
      for (let round = 0; round < ROUNDS; round++) {
        const t = await rps(twin.url, make, ok, DURATION_MS / ROUNDS);
        const p = await rps(prism.url, make, (s) => s < 300, DURATION_MS / ROUNDS);
        spells.push({ t, p, ratio: t.rps / p.rps });
      }
      const mid = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      const wrong = (side) => spells.reduce((n, x) => n + x[side].wrong, 0);
      rows.push({
        name,
        twin: { rps: mid(spells.map((x) => x.t.rps)), wrong: wrong("t") },
        prism: { rps: mid(spells.map((x) => x.p.rps)), wrong: wrong("p") },
        ratio: mid(spells.map((x) => x.ratio)),
        low: Math.min(...spells.map((x) => x.ratio)),
        high: Math.max(...spells.map((x) => x.ratio)),
      });
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

/** The cost of checking every answer against the spec: two twins, one checking and one not, in alternating spells. */
async function checkedVsUnchecked() {
  const twins = await Promise.all([true, false].map((validateResponses) => startTwin({ rateLimit: false, seedProfile: "realistic", validateResponses })));
  try {
    const loads = await Promise.all(twins.map(async (twin) => workload(twin, { authorization: `Bearer ${await token(twin)}` })[1]));
    for (const [i, [, make, ok]] of loads.entries()) await rps(twins[i].url, make, ok, 300);
    const spells = { checked: [], unchecked: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [, make, ok]] of loads.entries()) spells[i === 0 ? "checked" : "unchecked"].push((await rps(twins[i].url, make, ok, DURATION_MS / ROUNDS)).rps);
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    return { checked: med(spells.checked), unchecked: med(spells.unchecked) };
  } finally {
    await Promise.all(twins.map((t) => t.stop()));
  }
}

const s = startup();
console.log(`start-up with the whole spec (${s.operations} operations, ${s.resources} resources), fresh process, median of 3: module load ${s.load.toFixed(0)} ms + startTwin ${s.start.toFixed(0)} ms = ${(s.load + s.start).toFixed(0)} ms`);
const m = memory();
console.log(`memory for a tenant of ${m.records.toLocaleString("en-US")} records: heap ${m.heapMB.toFixed(0)} MB (rss ${m.rssMB.toFixed(0)} MB), seeded in ${m.seedMs.toFixed(0)} ms`);

const cmp = await prismVsTwin();
if (cmp.error) console.log(cmp.error);
else {
  console.log(`\nthroughput, same whole spec and same requests, each server in a worker thread, ${CONNECTIONS} keep-alive connections, ${ROUNDS} alternating spells of ${DURATION_MS / ROUNDS} ms per server and row, medians (twin: realistic tenant, every answer checked against the spec)`);
  console.log("| request | twin req/s | Prism req/s | twin / Prism | lowest … highest spell | ≥ 5× |");
  console.log("| --- | ---: | ---: | ---: | ---: | :---: |");
  for (const r of cmp.rows) {
    const note = r.twin.wrong + r.prism.wrong ? ` (${r.twin.wrong} twin, ${r.prism.wrong} Prism unexpected statuses)` : "";
    console.log(`| ${r.name} | ${r.twin.rps} | ${r.prism.rps} | ${r.ratio.toFixed(1)}×${note} | ${r.low.toFixed(1)}× … ${r.high.toFixed(1)}× | ${r.ratio >= 5 ? "yes" : "NO"} |`);
  }
  console.log(`(the load generator alone, against a server in a worker thread that answers at once: ${await generatorCeiling()} req/s)`);
}
const c = await checkedVsUnchecked();
console.log(`\nresponse checks (twin in this process, ${ROUNDS} alternating spells, medians): a page of 20 segments at ${c.checked} req/s checked vs ${c.unchecked} req/s unchecked (checked ÷ unchecked ${(c.checked / c.unchecked).toFixed(2)})`);
process.exit(0);
