import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { runConformance } from "../src/index";
import { startReferenceServer, type ReferenceServer } from "./fixtures/reference-server";

// The progress line: on a terminal it redraws itself in place with an ETA and says when the run is
// waiting out a rate limit (live, while it waits); in a log it is a plain line. The reference server
// answers the first read of a role 429 with `retry-after: 1s`, so getRole (after listRoles) waits once.
jest.setTimeout(60_000);

/** A stream that records what was written; `isTTY` as a terminal's or a log's. */
function sink(isTTY: boolean): { stream: PassThrough & { isTTY: boolean; columns: number }; chunks: string[] } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 300 });
  const chunks: string[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
  return { stream, chunks };
}

let server: ReferenceServer;
beforeEach(async () => (server = await startReferenceServer({ fault: "rate-limited-once" })));
afterEach(() => server.stop());

const run = (progressStream: PassThrough, reportDir?: string) =>
  runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: ["listRoles", "getRole"], onlyChecks: ["not_a_server_error"], runs: 5, stateful: false, concurrency: 1, seed: 2, progressStream, reportDir });

test("on a terminal: redrawn in place, with an ETA, saying it waits out the rate limit while it does; the report counts the wait", async () => {
  const { stream, chunks } = sink(true);
  const dir = await mkdtemp(join(tmpdir(), "zpa-progress-"));
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    await run(stream, dir);
  } finally {
    stdout.mockRestore();
  }
  expect(server.requests.filter((r) => r.status === 429)).toHaveLength(1);
  const lines = chunks.filter((c) => c.startsWith("\r\x1b[2K["));
  expect(lines.length).toBeGreaterThan(0);
  const waiting = lines.filter((l) => /waiting out a rate limit/.test(l));
  expect(waiting).toContainEqual(expect.stringMatching(/^\r\x1b\[2K\[1\/2 operations · ETA \d+s\] getRole · \d+ requests · 0 failing.* · waiting out a rate limit$/));
  // Every line is redrawn over the last one: none ends a line of its own.
  expect(lines.every((l) => !l.includes("\n"))).toBe(true);
  const report = JSON.parse(await readFile(join(dir, "conformance.json"), "utf8"));
  expect(report.rateLimitWaitMs).toBeGreaterThan(0);
});

test("in a log: plain lines of their own, never redrawn", async () => {
  const { stream, chunks } = sink(false);
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    await run(stream);
  } finally {
    stdout.mockRestore();
  }
  const text = chunks.join("");
  expect(text).not.toContain("\r");
  expect(text).not.toContain("\x1b[");
  expect(text).toMatch(/^\[\d\/2 operations\] \S+ · \d+ requests · 0 failing/m);
  expect(text.endsWith("\n")).toBe(true);
});
