import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

/** One violation Prism reported in an `sl-violations` header. */
export interface PrismViolation {
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}

/** A request that went through Prism's validation proxy and what Prism said about it. */
export interface ProxiedExchange {
  method: string;
  path: string;
  status: number;
  violations: PrismViolation[];
  /** `params` of a 400 body: the fields the twin said were wrong. */
  params?: string[];
  /** `id` of a 400 body (`invalid.input`, `resource.referenced`). */
  errorId?: string;
}

const SPEC = require.resolve("@zpa-openapi/spec/openapi.json");
const PRISM = join(__dirname, "..", "node_modules", ".bin", "prism");

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** Parses an `sl-violations` header (a JSON array). */
export function parseViolations(header: string | string[] | undefined): PrismViolation[] {
  if (!header) return [];
  return JSON.parse(Array.isArray(header) ? header[0]! : header) as PrismViolation[];
}

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

/** The bundled spec with only these operations in `paths` (components untouched), written to a temporary file. */
function specWithOnly(operations: readonly string[]): string {
  const doc = JSON.parse(readFileSync(SPEC, "utf8"));
  const keep = new Set(operations);
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const method of Object.keys(item)) if (HTTP_METHODS.has(method) && !keep.has(item[method].operationId)) delete item[method];
    if (!Object.keys(item).some((k) => HTTP_METHODS.has(k))) delete doc.paths[path];
  }
  const file = join(mkdtempSync(join(tmpdir(), "zpa-twin-proxy-")), "openapi.json");
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

/**
 * Starts `prism proxy <spec> <upstream>` on a free loopback port; resolves once it listens. With
 * `operations`, Prism validates against those operations only (the ones the twin implements):
 * Prism's router weighs every operation on every request, so the whole spec made it slow.
 */
export async function startPrismProxy(upstream: string, operations?: readonly string[]): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const spec = operations ? specWithOnly(operations) : SPEC;
  const child: ChildProcess = spawn(PRISM, ["proxy", spec, upstream, "-h", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`prism proxy did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (d: Buffer) => {
      if (output.length < 20_000) output += d.toString();
      if (output.includes("Prism is listening on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`prism proxy exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** A pass-through HTTP proxy in front of `target` that records Prism's verdict on every exchange. */
export async function startRecorder(target: string): Promise<{ url: string; exchanges: ProxiedExchange[]; stop(): Promise<void> }> {
  const to = new URL(target);
  const exchanges: ProxiedExchange[] = [];
  const server: Server = createServer((req, res) => {
    const upstream = request(
      { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: { ...req.headers, host: to.host } },
      (up) => {
        const exchange: ProxiedExchange = { method: req.method!, path: req.url!, status: up.statusCode!, violations: parseViolations(up.headers["sl-violations"]) };
        exchanges.push(exchange);
        res.writeHead(up.statusCode!, up.headers);
        const chunks: Buffer[] = [];
        up.on("data", (c: Buffer) => chunks.push(c));
        up.on("end", () => {
          if (exchange.status === 400) {
            try {
              const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
              exchange.params = body.params;
              exchange.errorId = body.id;
            } catch {
              exchange.params = [];
            }
          }
        });
        up.pipe(res);
      },
    );
    upstream.on("error", (e) => {
      res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "recorder.upstream.error", reason: e.message, params: [] }));
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Violations that are the twin's fault: anything about a response, or a request the twin accepted. */
export function twinViolations(exchanges: ProxiedExchange[]): Array<ProxiedExchange & { violation: PrismViolation }> {
  return exchanges.flatMap((x) =>
    x.violations
      .filter((v) => v.location[0] === "response" || (v.location[0] === "request" && x.status < 400))
      .map((violation) => ({ ...x, violation })),
  );
}

/**
 * Rules a schema cannot state, which Prism cannot know: the twin may refuse these on its own. A
 * reference field (from `x-resources`) must name a record the tenant has.
 */
const SEMANTIC_FIELDS = new Set([
  "confirmPassword",
  "pageId",
  "microtenantId",
  ...Object.values<any>(JSON.parse(readFileSync(SPEC, "utf8"))["x-resources"]).flatMap((r) => (r.references ?? []).map((x: any) => x.field)),
]);

/** 400s for requests Prism found valid, other than for rules no schema states: the twin would be stricter than the spec. */
export function overStrict(exchanges: ProxiedExchange[]): ProxiedExchange[] {
  return exchanges.filter(
    (x) =>
      x.status === 400 &&
      x.errorId !== "resource.referenced" &&
      !x.violations.some((v) => v.location[0] === "request") &&
      !(x.params ?? []).some((p) => SEMANTIC_FIELDS.has(p)),
  );
}
