import fc from "fast-check";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { MAX_SHRINK_STEPS, Recorder, runProperty, type Env } from "../src/engine";
import { Transport } from "../src/http/transport";
import { runConformance } from "../src/index";
import type { OperationModel } from "../src/spec-model";
import { startReferenceServer } from "./fixtures/reference-server";

// Regression: a flaky 500 kept a failing property shrinking for as long as some candidate failed
// again (about 80 000 requests on one operation). A failing property may now spend at most
// MAX_SHRINK_STEPS requests shrinking beyond its runs; the counterexample found by then stands.
jest.setTimeout(60_000);

describe("a server answering 500 to every third request", () => {
  let server: Server;
  let url: string;
  let received = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        received++;
        res.writeHead(received % 3 === 0 ? 500 : 200, { "content-type": "application/json" }).end(received % 3 === 0 ? '{"id":"internal.error","reason":"flaky","params":[]}' : "{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  test("a property with large requests sends at most its runs plus the shrink allowance, and keeps the failure", async () => {
    const transport = new Transport({ baseUrl: url });
    const recorder = new Recorder();
    // Only what runProperty reads of a run: the property's requests go over a real transport to a real server.
    const env = { seed: 7, recorder, progress() {}, transport } as unknown as Env;
    const op = { operationId: "createThing", pointer: "/paths/~1things/post" } as OperationModel;
    const runs = 30;
    received = 0;
    try {
      // Arrays of strings give the shrinker a long way down: uncapped, this property sent about 700 requests.
      await runProperty(env, op, "large bodies", fc.array(fc.string({ minLength: 10 }), { minLength: 20 }).map((items) => ({ path: {}, query: {}, body: items })), runs, async (req) => {
        const x = await transport.sendRaw("POST", `${url}/things`, { "content-type": "application/json" }, JSON.stringify(req.body));
        return x.response!.status >= 500 ? [{ check: "not_a_server_error", message: `got ${x.response!.status}`, specLocation: op.pointer, exchange: x }] : [];
      }, "not_a_server_error");
    } finally {
      transport.close();
    }
    expect(received).toBeLessThanOrEqual(runs + MAX_SHRINK_STEPS + 1);
    expect(recorder.results(["createThing"], [])).toEqual([expect.objectContaining({ check: "not_a_server_error", status: "fail", failures: [expect.objectContaining({ message: "got 500", curl: expect.stringMatching(/^curl -i -X POST /) })] })]);
  });
});

test("through the whole suite: a flaky 500 on creates is reported as a failure, with a bounded number of creates", async () => {
  const server = await startReferenceServer({ fault: "flaky-server-error" });
  try {
    const runs = 30;
    const report = await runConformance({ target: server.url, credentials: server.credentials, customerId: server.customerId, onlyOperations: ["createAdministrator"], onlyChecks: ["not_a_server_error", "negative_data_rejection"], runs, negativeRuns: 1, requestBudget: Infinity, stateful: false, concurrency: 1, seed: 3, quiet: true });
    const result = (check: string) => report.results.find((r) => r.operationId === "createAdministrator" && r.check === check);
    expect(result("not_a_server_error")).toMatchObject({ status: "fail", failures: [expect.objectContaining({ message: expect.stringMatching(/500/) })] });
    // The invalid requests are refused before the flaky part of the server: only the positive property shrinks.
    expect(result("negative_data_rejection")).toMatchObject({ status: "pass" });
    const families = Number(/(\d+) families/.exec(result("negative_data_rejection")!.reason!)![1]);
    const creates = server.requests.filter((r) => r.operationId === "createAdministrator").length;
    expect(creates).toBeLessThanOrEqual(runs + families + MAX_SHRINK_STEPS + 1);
  } finally {
    await server.stop();
  }
});
