// The suite's own cost on top of the target's answers, for full default runs (100 runs per
// property), against a trivial local server in its own process (the target: ≤ 20%) and against
// the embedded Prism, measured side by side in one run.
//
// Two honest figures per target:
// - "overhead" = (suite wall time − waiting) / waiting, where waiting is the wall time during which
//   at least one request was in flight (measured by the suite's transport, in the same run). With
//   several requests in flight the suite's own work overlaps the waits; this is the wall time the
//   suite adds while the target has nothing to answer.
// - "vs bare client" (trivial server only) = suite wall time / the wall time a bare keep-alive
//   client needs to send the same requests (recorded from a second run with the same seed,
//   replayed against a fresh server at the same concurrency, no checks), minus 1.
// Prism runs in this process, so its answer time includes its own CPU work and the suite cannot
// overlap with it (it runs one request at a time there).
import { spawn } from "node:child_process";
import http from "node:http";
import { createRequire } from "node:module";
import { runConformance } from "../dist/index.js";

const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx/cli");
const runs = Number(process.env.BENCH_RUNS ?? 100);
const TARGET = 0.2;

async function startTrivialServer() {
  const child = spawn(process.execPath, [tsx, new URL("../test/fixtures/serve-reference.ts", import.meta.url).pathname], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise((resolve, reject) => {
    child.stdout.once("data", (d) => resolve(String(d)));
    child.once("exit", (code) => reject(new Error(`reference server exited with ${code}`)));
  });
  return { ...JSON.parse(line), stop: () => child.kill("SIGTERM") };
}

/** Sends the recorded requests with a bare keep-alive client, `concurrency` at a time; returns seconds. */
async function replay(server, exchanges, concurrency) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const send = (method, url, headers, body) =>
    new Promise((resolve, reject) => {
      const req = http.request(url, { method, headers: body === undefined ? headers : { ...headers, "content-length": Buffer.byteLength(body) }, agent }, (res) => {
        res.on("data", () => undefined);
        res.on("end", resolve);
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
  const signIn = await new Promise((resolve, reject) => {
    const body = new URLSearchParams({ client_id: server.credentials.clientId, client_secret: server.credentials.clientSecret }).toString();
    const req = http.request(`${server.url}/signin`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) }, agent }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve(JSON.parse(text).access_token));
    });
    req.on("error", reject);
    req.end(body);
  });
  const origin = new URL(exchanges[0].request.url).origin;
  const requests = exchanges.map(({ request: r }) => {
    const headers = { ...r.headers };
    if (headers.authorization === "Bearer $ZPA_TOKEN") headers.authorization = `Bearer ${signIn}`;
    return [r.method, r.url.replace(origin, server.url), headers, r.body];
  });
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) await send(...requests[next++]);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return seconds;
}

const pct = (x) => `${Math.round(x * 100)}%`;

async function measure(label, options, bare) {
  const report = await runConformance({ quiet: true, seed: 1, runs, ...options });
  const wall = report.durationMs / 1000;
  const waiting = report.waitingMs / 1000;
  const overhead = (wall - waiting) / waiting;
  const row = {
    target: label,
    failed: report.failed,
    requests: report.requests,
    "wall s": wall.toFixed(2),
    "req/s": Math.round(report.requests / wall),
    "waiting s": waiting.toFixed(2),
    "latencies summed s": (report.serverMs / 1000).toFixed(2),
    overhead: pct(overhead),
    "≤ 20%": overhead <= TARGET ? "yes" : "NO",
  };
  if (bare) {
    // A second run records its requests (recording redacts each one, so the measured run above does not).
    const exchanges = [];
    await runConformance({ quiet: true, seed: 1, runs, ...options, onExchange: (x) => exchanges.push(x) });
    const fresh = await bare();
    try {
      const seconds = await replay(fresh, exchanges, options.concurrency ?? 4);
      row["bare client s"] = seconds.toFixed(2);
      row["vs bare client"] = pct(wall / seconds - 1);
    } finally {
      fresh.stop();
    }
  }
  return row;
}

const rows = [];
const trivial = await startTrivialServer();
try {
  rows.push(await measure("trivial local server (own process, stateful)", { target: trivial.url, credentials: trivial.credentials, customerId: trivial.customerId }, startTrivialServer));
} finally {
  trivial.stop();
}
rows.push(await measure("embedded prism (default run)", {}));
console.table(rows);
console.log(`target: the suite adds ≤ ${pct(TARGET)} over the time spent waiting on a local server's answers; measured ${rows[0].overhead} (${rows[0]["≤ 20%"] === "yes" ? "met" : "NOT met"})`);
