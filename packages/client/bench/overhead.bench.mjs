// Per-request overhead: the client's typed GET vs plain fetch of the same URL, through the same
// keep-alive undici agent, interleaved in short alternating blocks so both see the same machine
// state (other load on the machine shifts both sides alike). Reports the ratio of the medians and,
// as a check on its stability, the median and spread of the per-round ratios.
import { Agent, fetch } from "undici";
import { createZpaClient } from "../dist/index.js";
import { C, CUSTOMER, median, now, startServerProcess, TOKEN } from "./support.mjs";

const ROUNDS = Number(process.env.ROUNDS ?? 400);
const BLOCK = 20;
const server = await startServerProcess(1000);
const agent = new Agent({ keepAliveTimeout: 60_000, connections: 1 });
const url = `${server.url}${C}/roles/12`;
const headers = { authorization: `Bearer ${TOKEN}` };
const plain = async () => (await fetch(url, { headers, dispatcher: agent })).json();
const zpa = createZpaClient({
  baseUrl: server.url,
  customerId: CUSTOMER,
  credentials: { tokenProvider: () => TOKEN },
  fetch: (u, init) => fetch(u, { ...init, dispatcher: agent }),
});
const client = async () => (await zpa.GET("/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}", { params: { path: { roleId: "12" } } })).data;

const time = async (fn, out) => {
  for (let i = 0; i < BLOCK; i++) {
    const t = now();
    await fn();
    out.push(now() - t);
  }
};
for (let i = 0; i < 300; i++) await plain(), await client(); // warm-up (JIT, sockets, token)
const a = [];
const b = [];
const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const x = [];
  const y = [];
  if (r % 2) await time(plain, x), await time(client, y);
  else await time(client, y), await time(plain, x);
  a.push(...x);
  b.push(...y);
  rounds.push(median(y) / median(x));
}
const ratio = median(b) / median(a);
const sorted = [...rounds].sort((x, y) => x - y);
const q = (f) => sorted[Math.floor(sorted.length * f)].toFixed(3);
const p10 = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 10)];
const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
console.log(
  `per-request overhead (${a.length} requests each): plain fetch median ${us(median(a))}, client median ${us(median(b))}, ratio ${ratio.toFixed(3)} (target ≤ 1.10) ${ratio <= 1.1 ? "OK" : "OVER"}; ` +
    `10th percentile ${us(p10(a))} vs ${us(p10(b))}, ratio ${(p10(b) / p10(a)).toFixed(3)}; per-round ratios median ${q(0.5)} (quartiles ${q(0.25)}–${q(0.75)})`,
);
await agent.close();
await server.close();
