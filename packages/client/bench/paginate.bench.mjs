// Walking 100 000 administrators at page size 500: the namespace's iterator
// (`client.administrators.list()`) vs a hand-written loop over the same client's raw GET,
// alternating runs in one process.
import { Agent, fetch } from "undici";
import { createZpaClient } from "../dist/index.js";
import { CUSTOMER, median, now, startServerProcess, TOKEN } from "./support.mjs";

const TOTAL = 100_000;
const RUNS = Number(process.env.RUNS ?? 16);
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

await iterator();
await handWritten(); // warm-up, and the server renders its pages once
const a = [];
const b = [];
for (let r = 0; r < RUNS; r++) {
  for (const [fn, out] of r % 2 ? [[handWritten, a], [iterator, b]] : [[iterator, b], [handWritten, a]]) {
    const t = now();
    const n = await fn();
    out.push(now() - t);
    if (n !== TOTAL) throw new Error(`walked ${n} items, expected ${TOTAL}`);
  }
}
const ratio = median(b) / median(a);
// Other load on the machine only ever adds time, so the fastest runs are shown beside the medians.
const best = Math.min(...b) / Math.min(...a);
console.log(
  `pagination, ${TOTAL} items at 500 a page (${RUNS} runs each): hand-written loop median ${median(a).toFixed(1)} ms, iterator median ${median(b).toFixed(1)} ms, ` +
    `ratio ${ratio.toFixed(3)} (target ≤ 1.05) ${ratio <= 1.05 ? "OK" : "OVER"}; fastest runs ${Math.min(...a).toFixed(1)} vs ${Math.min(...b).toFixed(1)} ms, ratio ${best.toFixed(3)}`,
);
await agent.close();
await server.close();
