// Shared pieces of the benchmarks: a loopback ZPA-shaped server and a median helper.
import { createServer } from "node:http";

export const CUSTOMER = "216196257331281920";
export const C = `/mgmtconfig/v1/admin/customers/${CUSTOMER}`;
export const TOKEN = "bench-token";

/** Serves one role and `total` administrators in numbered pages with string counters; keep-alive on. */
export async function startBenchServer(total = 100_000) {
  const role = JSON.stringify({ id: "12", name: "ZPA Administrator", users: "2" });
  const pages = new Map();
  const page = (n, size) => {
    const key = `${n}/${size}`;
    if (!pages.has(key)) {
      const list = [];
      for (let i = (n - 1) * size; i < Math.min(total, n * size); i++) list.push({ id: String(1e15 + i), username: `admin${i}@example.com`, isEnabled: true, role: { id: "12", name: "ZPA Administrator" } });
      pages.set(key, JSON.stringify({ totalPages: String(Math.ceil(total / size)), totalCount: String(total), list }));
    }
    return pages.get(key);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    let body;
    if (url.pathname === `${C}/roles/12`) body = role;
    else if (url.pathname === `${C}/administrators`) body = page(Number(url.searchParams.get("page") ?? 1), Number(url.searchParams.get("pagesize") ?? 20));
    else if (url.pathname === "/signin") body = JSON.stringify({ access_token: TOKEN, expires_in: "3600" });
    res.writeHead(body ? 200 : 404, { "content-type": "application/json", "content-length": Buffer.byteLength(body ?? "") });
    res.end(body ?? "");
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Runs {@link startBenchServer} in a child process, as a real server would be: the client's own
 * work is then measured against network latency, not against the server's work on the same thread.
 */
export async function startServerProcess(total) {
  const { fork } = await import("node:child_process");
  const child = fork(new URL("./server-process.mjs", import.meta.url), [String(total)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const url = await new Promise((resolve, reject) => {
    child.once("message", resolve);
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url, close: async () => void child.kill() };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

export const now = () => Number(process.hrtime.bigint()) / 1e6;
