import { openapi } from "@zpa-openapi/spec";

/** A running embedded Prism mock. */
export interface PrismHandle {
  url: string;
  stop(): Promise<void>;
}

const noop = () => undefined;
// Prism logs through pino; a silent stand-in keeps its output out of the report.
const silentLogger: any = new Proxy({}, { get: (_t, key) => (key === "child" ? () => silentLogger : key === "level" ? "silent" : noop) });

/**
 * Starts Prism in this process on a free 127.0.0.1 port, in static mock mode with request
 * validation and security checks on, and waits until it answers.
 */
export async function startPrism(doc: object = openapi): Promise<PrismHandle> {
  const httpServer: any = await import("@stoplight/prism-http-server");
  const prismHttp: any = await import("@stoplight/prism-http");
  const createServer = httpServer.createServer ?? httpServer.default?.createServer;
  const getOps = prismHttp.getHttpOperationsFromSpec ?? prismHttp.default?.getHttpOperationsFromSpec;
  // Prism dereferences in place: give it a copy.
  const operations = await getOps(JSON.parse(JSON.stringify(doc)));
  const server = createServer(operations, {
    cors: false,
    config: { validateRequest: true, validateResponse: true, checkSecurity: true, errors: false, isProxy: false, mock: { dynamic: false } },
    components: { logger: silentLogger },
  });
  const address: string = await server.listen(0, "127.0.0.1");
  const url = address.replace("0.0.0.0", "127.0.0.1").replace(/\/$/, "");
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
    },
  };
}
