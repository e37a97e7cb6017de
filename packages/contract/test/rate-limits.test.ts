import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Transport } from "../src/http/transport";

// Against a remote target the suite keeps itself under ZPA's documented budget (20 GET per 10 s)
// instead of tripping 429s. The server here enforces that budget the way ZPA does.
let server: Server;
let url: string;
let arrivals: number[];
let rejected: number;

beforeEach(async () => {
  arrivals = [];
  rejected = 0;
  server = createServer((req, res) => {
    const now = Date.now();
    arrivals.push(now);
    if (arrivals.filter((t) => t > now - 10_000).length > 20) {
      rejected++;
      res.writeHead(429, { "content-type": "application/json", "retry-after": "13s" }).end('{"id":"too.many.requests","reason":"rate limit"}');
    } else res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise((resolve) => server.close(resolve)));

const burst = (transport: Transport, n: number) => Promise.all(Array.from({ length: n }, () => transport.sendRaw("GET", `${url}/roles`, { accept: "application/json" })));

test("a burst of 24 GETs is spread over two windows and never answered 429", async () => {
  const transport = new Transport({ baseUrl: url, rateLimit: true });
  try {
    const exchanges = await burst(transport, 24);
    expect(exchanges.map((x) => x.response?.status)).toEqual(Array(24).fill(200));
    expect(rejected).toBe(0);
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThanOrEqual(10_000);
  } finally {
    transport.close();
  }
}, 30_000);

test("without the limiter the same burst trips the server's 429 (so the test above can fail)", async () => {
  // Aborted instead of waiting out the 13 s retry-after: the first answers are what count here.
  const aborted = new AbortController();
  const transport = new Transport({ baseUrl: url, rateLimit: false, signal: aborted.signal });
  setTimeout(() => aborted.abort(), 1000).unref();
  try {
    await Promise.allSettled(Array.from({ length: 24 }, () => transport.sendRaw("GET", `${url}/roles`, {})));
    expect(rejected).toBeGreaterThan(0);
  } finally {
    transport.close();
  }
}, 30_000);
