import { runConformance } from "../src/index";
import { CHAIN_RESOURCES, chainSpec, startChainServer, type ChainServer } from "./fixtures/dependency-server";

// A run against a server that refuses dangling references and deletes of what is still referred to.
jest.setTimeout(180_000);

async function withServer(fn: (s: ChainServer) => Promise<void>): Promise<void> {
  const server = await startChainServer();
  try {
    await fn(server);
  } finally {
    await server.stop();
  }
}

const rank = (resource: string) => CHAIN_RESOURCES.indexOf(resource as (typeof CHAIN_RESOURCES)[number]);

test("prerequisites are created A, B, C before anything refers to them, removed C, B, A, and the run is green", () =>
  withServer(async (server) => {
    // dangling_reference names missing records on purpose; the refusals asserted below are the prerequisites'.
    const report = await runConformance({ target: server.url, spec: chainSpec, credentials: server.credentials, customerId: server.customerId, runs: 4, negativeRuns: 1, seed: 7, quiet: true, excludeChecks: ["dangling_reference"] });
    const failures = report.results.filter((r) => r.status === "fail").map((r) => `${r.operationId} ${r.check}: ${r.failures?.[0]?.message}`);
    expect(failures).toEqual([]);
    expect(report.stateful).toBe(true);
    expect(report.notes.filter((n) => /Cleanup left/.test(n))).toEqual([]);

    // The first create of each resource: Alpha, then Beta, then Gamma (the spec lists them the other way round).
    const firstCreates = CHAIN_RESOURCES.map((r) => server.events.findIndex((e) => e.op === "create" && e.resource === r));
    expect(firstCreates.every((i) => i >= 0)).toBe(true);
    expect([...firstCreates].sort((a, b) => a - b)).toEqual(firstCreates);

    // Cleanup is the run of deletes the server answered last: dependents first, so Gammas, then Betas, then Alphas.
    const lastOther = server.answers.map((a) => a.method === "DELETE" && a.status === 204).lastIndexOf(false);
    const cleanup = server.events.slice(server.events.length - (server.answers.length - lastOther - 1)).map((e) => e.resource);
    expect(cleanup.length).toBeGreaterThan(3);
    expect(new Set(cleanup)).toEqual(new Set(CHAIN_RESOURCES));
    expect(cleanup).toEqual([...cleanup].sort((a, b) => rank(b) - rank(a)));

    // Nothing the server refused for references, and nothing of the run left behind.
    expect(server.answers.filter((a) => a.status === 409 || /does not exist/.test(a.reason ?? ""))).toEqual([]);
    const left = CHAIN_RESOURCES.flatMap((r) => [...server.stored[r].values()].filter((v) => String(v.name).startsWith(report.runPrefix)).map((v) => `${r} ${v.id}`));
    expect(left).toEqual([]);
  }));

test("a spec of its own needs a URL target: the embedded Prism serves the bundled one", async () => {
  await expect(runConformance({ spec: chainSpec, quiet: true })).rejects.toThrow(/pass a URL target/);
});
