import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { openapi } from "@zpa-openapi/spec";

/** A running embedded Prism mock. */
export interface PrismHandle {
  url: string;
  stop(): Promise<void>;
}

// Prism gets a thread of its own: its request validation and mocking cost more CPU per request
// than the suite's own work, and on a shared event loop the two add up instead of overlapping.
// A worker (not a child process) dies with the run however the run ends, so Prism is always stopped.
// The code is evaluated rather than loaded from a file so that the ESM build, the CommonJS build
// and the TypeScript sources under test all start the same worker; the modules it needs are
// resolved here, from this package, and handed over as file URLs.
// Only dynamic import() inside: the evaluated code is a module or a script depending on the
// parent's flags (`--input-type=module` makes it a module).
const WORKER_SOURCE = `
const noop = () => undefined;
// Prism logs through pino; a silent stand-in keeps its output out of the report.
const silentLogger = new Proxy({}, { get: (_t, key) => (key === "child" ? () => silentLogger : key === "level" ? "silent" : noop) });
import("node:worker_threads").then(async ({ parentPort, workerData }) => {
  try {
    const httpServer = await import(workerData.serverModule);
    const prismHttp = await import(workerData.httpModule);
    const createServer = httpServer.createServer ?? httpServer.default.createServer;
    const getOps = prismHttp.getHttpOperationsFromSpec ?? prismHttp.default.getHttpOperationsFromSpec;
    const operations = await getOps(workerData.doc);
    const server = createServer(operations, {
      cors: false,
      config: { validateRequest: true, validateResponse: true, checkSecurity: true, errors: false, isProxy: false, mock: { dynamic: false } },
      components: { logger: silentLogger },
    });
    // Prism's router sorts every operation by a match score on every request (n log n path splits
    // and decodes): at 245 operations that was most of its CPU time. Only operations whose path can
    // match are handed to it, so it answers as before; a path nothing can match gets the whole list,
    // so that Prism's own "route not found" answer is unchanged.
    const decode = (f) => { try { return decodeURIComponent(f); } catch { return f; } };
    const shapes = operations.map((op) => op.path.split("/").slice(1).map((f) => (/{(.+)}/.test(f) ? undefined : f)));
    const prism = server.prism;
    const request = prism.request;
    prism.request = (input, all, config) => {
      const parts = String(input.url.path).split("/").slice(1).map(decode);
      const candidates = all === operations ? operations.filter((_op, i) => shapes[i].length === parts.length && shapes[i].every((f, j) => f === undefined || f === parts[j])) : all;
      return request(input, candidates.length ? candidates : all, config);
    };
    const address = await server.listen(0, "127.0.0.1");
    parentPort.once("message", () => server.close().finally(() => parentPort.postMessage({ closed: true })));
    parentPort.postMessage({ address });
  } catch (e) {
    parentPort.postMessage({ error: String((e && e.message) || e) });
  }
});
`;

/** The Prism packages the embedded mock needs, at the versions this package was tested with. */
export const PRISM_PACKAGES = { "@stoplight/prism-http": "5.12.0", "@stoplight/prism-http-server": "5.12.2" } as const;

/** Thrown when the prism target is asked for and Prism is not installed. */
export class PrismMissingError extends Error {
  constructor(missing: string[]) {
    const install = Object.entries(PRISM_PACKAGES).map(([name, version]) => `${name}@${version}`).join(" ");
    super(`the prism target needs ${missing.join(" and ")}, which ${missing.length > 1 ? "are" : "is"} not installed: run \`npm install --save-dev ${install}\`, or run against a server with --target URL or --target live`);
    this.name = "PrismMissingError";
  }
}

// Prism is an optional peer: a run against a URL or a live tenant never downloads it (it is most
// of what installing the suite would otherwise cost).
function prismModules(): { serverModule: string; httpModule: string } {
  const require = createRequire(__filename);
  const resolved: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of Object.keys(PRISM_PACKAGES)) {
    try {
      resolved[name] = pathToFileURL(require.resolve(name)).href;
    } catch {
      missing.push(name);
    }
  }
  if (missing.length) throw new PrismMissingError(missing);
  return { serverModule: resolved["@stoplight/prism-http-server"]!, httpModule: resolved["@stoplight/prism-http"]! };
}

/**
 * Starts Prism on a free 127.0.0.1 port in a worker thread, in static mock mode with request
 * validation and security checks on, and waits until it answers.
 */
export async function startPrism(doc: object = openapi): Promise<PrismHandle> {
  // The document is copied into the worker (Prism dereferences it in place).
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { doc, ...prismModules() } });
  let address: string;
  try {
    address = await new Promise<string>((resolve, reject) => {
      worker.once("message", (m: { address?: string; error?: string }) => (m.address ? resolve(m.address) : reject(new Error(`Prism did not start: ${m.error}`))));
      worker.once("error", (e) => reject(new Error(`Prism did not start: ${e.message}`)));
      worker.once("exit", (code) => reject(new Error(`Prism did not start: its worker exited with code ${code}`)));
    });
  } catch (e) {
    await worker.terminate();
    throw e;
  }
  const url = address.replace("0.0.0.0", "127.0.0.1").replace(/\/$/, "");
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  let stopped: Promise<void> | undefined;
  return {
    url,
    stop() {
      stopped ??= (async () => {
        // Close the listening socket first so no request is cut off mid-answer, but never wait long.
        const closed = new Promise<void>((resolve) => {
          worker.once("message", () => resolve());
          worker.once("exit", () => resolve());
        });
        worker.postMessage("close");
        await Promise.race([closed, new Promise((r) => setTimeout(r, 2000).unref())]);
        await worker.terminate();
      })();
      return stopped;
    },
  };
}
