// The suite's own cost on top of the target's answers, for full default runs (100 runs per
// property), against the embedded Prism (the default run, where the target applies: the suite adds
// ≤ 15%) and against a trivial local server in its own process (to show the suite's own cost per
// request, which a server that answers in microseconds cannot hide), measured side by side in one run.
//
// "The time the server takes to answer" is measured, not estimated: a second run with the same
// seed records its requests, and a bare keep-alive client (no generation, no checks, same
// concurrency) replays them against a fresh server, before and after each of the suite's runs so
// both see the same machine load. "suite adds" = median over runs of checking time / the mean of
// the replays on either side − 1,
// where checking time is the run's wall time minus starting the target (Prism's start is the
// server's time, and the bare client does not pay it either).
import { spawn } from "node:child_process";
import http from "node:http";
import { createRequire } from "node:module";
import { DEFAULT_CONCURRENCY, runConformance, startPrism } from "../dist/index.js";

const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx/cli");
const runs = Number(process.env.BENCH_RUNS ?? 100);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET = 0.15;

async function startTrivialServer() {
  const child = spawn(process.execPath, [tsx, new URL("../test/fixtures/serve-reference.ts", import.meta.url).pathname], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise((resolve, reject) => {
    child.stdout.once("data", (d) => resolve(String(d)));
    child.once("exit", (code) => reject(new Error(`reference server exited with ${code}`)));
  });
  return { ...JSON.parse(line), stop: () => new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGTERM"))) };
}

async function startPrismTarget() {
  const prism = await startPrism();
  return { url: prism.url, credentials: { clientId: "bench", clientSecret: "bench" }, stop: prism.stop };
}

/** Sends the recorded requests with a bare keep-alive client, `concurrency` at a time; returns seconds. */
async function replay(server, exchanges, concurrency) {
  // The suite's own agent settings: a connection idle 4 s is closed before a server (Prism: 5 s) closes it under a request.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16, timeout: 4_000 });
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

const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];

/**
 * Brackets the suite's runs with bare replays (replay, run, replay, run, ..., replay), `rounds` runs,
 * and reports the median of each and of the per-run ratios. Each run is judged against the mean of
 * the replays on either side of it: this machine's speed drifts by up to ±20% within a minute (the
 * same replay took 17.5 s to 23 s in five runs in a row), and a drift then falls on both sides of a
 * ratio instead of on one.
 */
async function measure(label, startFresh, optionsFor, judged) {
  // Every run gets a fresh server, so a stateful one starts each run empty, as for the recording.
  const run = async (extra) => {
    const server = optionsFor ? await startFresh() : undefined;
    try {
      return await runConformance({ quiet: true, seed: 1, runs, ...(server ? optionsFor(server) : {}), ...extra });
    } finally {
      await server?.stop();
    }
  };
  // One run records the requests (recording redacts each one, so the measured runs do not record).
  const exchanges = [];
  await run({ onExchange: (x) => exchanges.push(x) });
  const replayOnce = async () => {
    const fresh = await startFresh();
    try {
      // The suite's own default concurrency (the agent caps both at 16 connections).
      return await replay(fresh, exchanges, DEFAULT_CONCURRENCY);
    } finally {
      await fresh.stop();
    }
  };
  const suite = [];
  const bare = [await replayOnce()];
  const ratios = [];
  let report;
  for (let round = 0; round < rounds; round++) {
    report = await run({});
    bare.push(await replayOnce());
    suite.push({ wall: report.durationMs / 1000, start: report.targetStartMs / 1000, checking: (report.durationMs - report.targetStartMs) / 1000 });
    ratios.push(suite.at(-1).checking / ((bare.at(-2) + bare.at(-1)) / 2));
  }
  const checking = median(suite.map((x) => x.checking));
  const adds = median(ratios) - 1;
  return {
    target: label,
    failed: report.failed,
    requests: report.requests,
    "wall s": median(suite.map((x) => x.wall)).toFixed(2),
    "target start s": median(suite.map((x) => x.start)).toFixed(2),
    "checking s": checking.toFixed(2),
    "req/s": Math.round(report.requests / checking),
    "bare client s": median(bare).toFixed(2),
    "suite adds": `${pct(adds)} (${pct(Math.min(...ratios) - 1)}…${pct(Math.max(...ratios) - 1)})`,
    "own µs/req": Math.round(((checking - median(bare)) / report.requests) * 1e6),
    [`≤ ${pct(TARGET)}`]: judged ? (adds <= TARGET ? "yes" : "NO") : "(not judged)",
    adds,
    ratios,
  };
}

const rows = [];
rows.push(await measure("trivial local server (own process, stateful)", startTrivialServer, (s) => ({ target: s.url, credentials: s.credentials, customerId: s.customerId }), false));
// The default run starts its own Prism; the replay gets a fresh one.
rows.push(await measure("embedded prism (default run)", startPrismTarget, undefined, true));
console.table(rows.map(({ adds, ratios, ...row }) => row));
const prism = rows[1];
console.log(`suite adds, run by run against Prism: ${prism.ratios.map((r) => pct(r - 1)).join(", ")}`);
console.log(`target: the suite adds ≤ ${pct(TARGET)} over the time the server takes to answer the same requests (the default run, against Prism); measured ${pct(prism.adds)}, median of ${rounds} rounds (${prism.adds <= TARGET ? "met" : "NOT met"})`);
