// Prism mocking the assembled spec in-process on 127.0.0.1, for tests that call the client against it.
import path from "node:path";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createServer } from "@stoplight/prism-http-server";

export const specFile = path.resolve(__dirname, "../../../../spec/dist/zpa-openapi.json");

// Prism wants a pino logger; a silent stand-in whose every method is a no-op (and child() itself).
const silent: any = new Proxy(() => silent, { get: (_t, key) => (key === "level" ? "silent" : silent) });

/** Starts Prism (static examples, requests validated, security checked for shape). */
export async function startPrism(): Promise<{ url: string; close(): Promise<void> }> {
  const operations = await getHttpOperationsFromSpec(specFile);
  const server = createServer(operations, {
    cors: false,
    components: { logger: silent },
    config: { mock: { dynamic: false }, validateRequest: true, validateResponse: true, checkSecurity: true, errors: false, upstreamProxy: undefined, isProxy: false } as any,
  });
  const address = await server.listen(0, "127.0.0.1");
  return { url: address.replace(/\/$/, ""), close: () => server.close() };
}
