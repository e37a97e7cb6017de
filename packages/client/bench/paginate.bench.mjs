// Walking 100 000 administrators at page size 500: the namespace's iterator
// (`client.administrators.list()`) vs a hand-written loop over the same client's raw GET, same
// server (its own process), same keep-alive agent. Each round walks the list once each way, the
// order alternating, after a full garbage collection. Two figures per walk: this process's CPU time
// (the client's own work: HTTP parsing, JSON, iteration; other jobs on the machine do not count in
// it, so it is what the target is judged on) and the wall time (which they do count in). Each is
// reported as the median of the per-round ratios, with their quartiles.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Agent, fetch } from "undici";
import { createZpaClient } from "../dist/index.js";
import { CUSTOMER, median, now, startServerProcess, TOKEN } from "./support.mjs";

const TOTAL = 100_000;
const ROUNDS = Number(process.env.ROUNDS ?? process.env.RUNS ?? 21);
// A collection left over from one side would otherwise land in the other side's time.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");
const server = await startServerProcess(TOTAL);
const agent = new Agent({ keepAliveTimeout: 60_000, connections: 1 });
const zpa = createZpaClient({
  baseUrl: server.url,
  customerId: CUSTOMER,
  credentials: { tokenProvider: () => TOKEN },
  fetch: (u, init) => fetch(u, { ...init, dispatcher: agent }),
});
const path = "/mgmtconfig/v1/admin/customers/{customerId}/administrators";

const iterator = async () => {
  let n = 0;
  for await (const admin of zpa.administrators.list()) if (admin.id) n++;
  return n;
};
const handWritten = async () => {
  let n = 0;
  for (let page = 1; ; page++) {
    const data = zpa.unwrap(await zpa.GET(path, { params: { query: { page, pagesize: 500 } } }));
    const list = Array.isArray(data) ? data : (data.list ?? []);
    for (const admin of list) if (admin.id) n++;
    if (Array.isArray(data) || page >= Number(data.totalPages)) break;
  }
  return n;
};

const timed = async (fn) => {
  gc();
  const cpu = process.cpuUsage();
  const t = now();
  const n = await fn();
  const wall = now() - t;
  const { user } = process.cpuUsage(cpu);
  if (n !== TOTAL) throw new Error(`walked ${n} items, expected ${TOTAL}`);
  return { wall, cpu: user / 1000 };
};

// Warm-up: JIT, the socket, and the server renders each page once.
for (let i = 0; i < 2; i++) await timed(iterator), await timed(handWritten);
const loop = [];
const iter = [];
for (let r = 0; r < ROUNDS; r++) {
  if (r % 2) loop.push(await timed(handWritten)), iter.push(await timed(iterator));
  else iter.push(await timed(iterator)), loop.push(await timed(handWritten));
}
const figures = (key) => {
  const ratios = iter.map((x, i) => x[key] / loop[i][key]).sort((x, y) => x - y);
  const q = (p) => ratios[Math.floor((ratios.length - 1) * p)].toFixed(3);
  const ms = (xs) => median(xs.map((x) => x[key])).toFixed(1);
  return { ratio: median(ratios), text: `loop ${ms(loop)} ms, iterator ${ms(iter)} ms, ratio ${median(ratios).toFixed(3)} (quartiles ${q(0.25)}–${q(0.75)})` };
};
const cpu = figures("cpu");
const wall = figures("wall");
console.log(
  `pagination, ${TOTAL} items at 500 a page (${ROUNDS} rounds, medians; ratio = iterator / loop per round): ` +
    `CPU time ${cpu.text} (target ≤ 1.05) ${cpu.ratio <= 1.05 ? "OK" : "OVER"}; wall time ${wall.text}`,
);
await agent.close();
await server.close();
