// Per-request overhead of the client over openapi-fetch alone and over plain fetch: the same URL on
// the same server (its own process), the same keep-alive undici agent, and a 30 s timeout on every
// request (openapi-fetch and fetch get `AbortSignal.timeout`, the client its own `timeoutMs`).
// Interleaved in short blocks whose order rotates each round, so other load on the machine shifts
// every contender alike. Reports the ratios of the medians, and the per-round ratios' spread.
import { Agent, fetch } from "undici";
import createClient from "openapi-fetch";
import { createZpaClient } from "../dist/index.js";
import { C, CUSTOMER, median, now, startServerProcess, TOKEN } from "./support.mjs";

const ROUNDS = Number(process.env.ROUNDS ?? 300);
const BLOCK = 20;
const TIMEOUT = 30_000;
const server = await startServerProcess(1000);
const agent = new Agent({ keepAliveTimeout: 60_000, connections: 1 });
const viaAgent = (u, init) => fetch(u, { ...init, dispatcher: agent });
const url = `${server.url}${C}/roles/12`;
const headers = { authorization: `Bearer ${TOKEN}` };
const route = "/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}";

const plain = async () => (await fetch(url, { headers, dispatcher: agent, signal: AbortSignal.timeout(TIMEOUT) })).json();
// openapi-fetch as its docs set it up, on the same agent (undici's fetch takes the global Request's
// parts, not the object itself).
const bare = createClient({
  baseUrl: server.url,
  headers,
  fetch: (request) => fetch(request.url, { method: request.method, headers: request.headers, signal: request.signal, dispatcher: agent }),
});
const openapiFetch = async () => (await bare.GET(route, { params: { path: { customerId: CUSTOMER, roleId: "12" } }, signal: AbortSignal.timeout(TIMEOUT) })).data;
const zpa = createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { tokenProvider: () => TOKEN }, timeoutMs: TIMEOUT, fetch: viaAgent });
const helper = () => zpa.roles.get("12");
const raw = async () => (await zpa.GET(route, { params: { path: { roleId: "12" } } })).data;

const contenders = { plain, openapiFetch, raw, helper };
const names = Object.keys(contenders);
const times = Object.fromEntries(names.map((n) => [n, []]));
const rounds = Object.fromEntries(names.map((n) => [n, []]));
for (let i = 0; i < 300; i++) for (const fn of Object.values(contenders)) await fn(); // warm-up (JIT, sockets, token)
for (let r = 0; r < ROUNDS; r++) {
  const order = names.map((_, i) => names[(i + r) % names.length]);
  const block = {};
  for (const name of order) {
    const out = (block[name] = []);
    for (let i = 0; i < BLOCK; i++) {
      const t = now();
      await contenders[name]();
      out.push(now() - t);
    }
    times[name].push(...out);
  }
  for (const name of names) rounds[name].push(median(block[name]) / median(block.openapiFetch));
}
const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
const m = Object.fromEntries(names.map((n) => [n, median(times[n])]));
const spread = (name) => {
  const s = [...rounds[name]].sort((a, b) => a - b);
  return `${s[Math.floor(s.length / 4)].toFixed(3)}–${s[Math.floor((s.length * 3) / 4)].toFixed(3)}`;
};
const ratio = m.helper / m.openapiFetch;
console.log(
  `per-request (${times.plain.length} requests each, medians): plain fetch ${us(m.plain)}, openapi-fetch ${us(m.openapiFetch)}, client raw GET ${us(m.raw)}, client helper (roles.get) ${us(m.helper)}\n` +
    `  client helper / openapi-fetch: ${ratio.toFixed(3)} (target ≤ 1.03) ${ratio <= 1.03 ? "OK" : "OVER"} (per-round quartiles ${spread("helper")}); ` +
    `client raw GET / openapi-fetch: ${(m.raw / m.openapiFetch).toFixed(3)} (quartiles ${spread("raw")}); ` +
    `client helper / plain fetch: ${(m.helper / m.plain).toFixed(3)}; openapi-fetch / plain fetch: ${(m.openapiFetch / m.plain).toFixed(3)}`,
);
await agent.close();
await server.close();
