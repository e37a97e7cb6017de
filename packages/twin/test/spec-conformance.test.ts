import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { join } from "node:path";
import { checkedOperationsOf, MUTATION_FAMILIES, operationFamilies, startTwin, type Twin } from "../src/index";
import { adminPayload, send } from "./twin-session";
import { overStrict, startPrismProxy, startRecorder, twinViolations } from "./prism-proxy";

const run = promisify(execFile);

/**
 * The suite runs here, through Prism's proxy, over the families `pnpm mutation` runs by default:
 * Prism weighs every operation of its spec on every request, so the whole checked list would take
 * minutes behind it (`pnpm mutation --families all` runs that). Policies are left out: their rule
 * conditions refer to most other families, so the proxied spec would be nearly the whole one, and
 * Prism's proxy does not start on that within the 30 s the helper allows.
 */
const FAMILIES = new Set(MUTATION_FAMILIES.filter((f) => f !== "policies"));

const FAMILY_OF = operationFamilies();
const familyOf = (_twin: Twin, operationId: string) => FAMILY_OF.get(operationId);

/** What Prism validates: every operation of those families and of the families they reference, transitively (the suite lists those for ids). */
function proxied(twin: Twin): string[] {
  const families = new Set<string>(FAMILIES);
  const queue = [...twin.engine.resources.values()].filter((d) => families.has(d.family));
  for (let def = queue.shift(); def; def = queue.shift()) {
    for (const name of [...def.references.map((r) => r.resource), ...(def.parent ? [def.parent.resource] : [])]) {
      const dep = twin.engine.resources.get(name);
      if (dep && !families.has(dep.family)) {
        families.add(dep.family);
        queue.push(...[...twin.engine.resources.values()].filter((d) => d.family === dep.family));
      }
    }
  }
  return [...twin.engine.operations.values()].map((o) => o.operationId).filter((o) => o === "signIn" || o === "signOut" || families.has(familyOf(twin, o) ?? ""));
}

/**
 * The twin's own conformance: Prism's validation proxy sits between the caller and the twin and
 * reports, in `sl-violations`, every place a response (or an accepted request) breaks the spec.
 * Request violations of requests the twin refused are expected (the suite sends invalid data on
 * purpose); the reverse is checked too: the twin refuses no request Prism finds valid, except for
 * the rules no schema can state (an unknown role, a password confirmation that differs).
 */
describe("the twin behind Prism's validation proxy", () => {
  let twin: Twin;
  let prism: Awaited<ReturnType<typeof startPrismProxy>>;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  beforeAll(async () => {
    twin = await startTwin({ rateLimit: false, seedUsers: 30, seedAdmins: 5, seedProfile: "realistic" });
    prism = await startPrismProxy(twin.url, proxied(twin));
    recorder = await startRecorder(prism.url);
  }, 60_000);
  afterAll(async () => {
    await recorder?.stop();
    await prism?.stop();
    await twin?.stop();
  });

  it("a full tour of every operation raises no violation", async () => {
    const form = new URLSearchParams({ client_id: twin.credentials.clientId, client_secret: twin.credentials.clientSecret });
    const token = (await send(recorder.url, "POST", "/signin", { headers: { "content-type": "application/x-www-form-urlencoded" }, body: form.toString() })).json.access_token;
    expect(typeof token).toBe("string");
    const base = `/mgmtconfig/v1/admin/customers/${twin.customerId}`;
    const h = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const call = (m: string, p: string, b?: unknown) => send(recorder.url, m, base + p, { headers: h, body: b === undefined ? undefined : JSON.stringify(b) });
    const user = (await call("POST", "/emergencyAccess/user?activateNow=false", { emailId: "tour@example.com", firstName: "T", lastName: "U" })).json;
    await call("GET", `/emergencyAccess/user/${user.userId}`);
    await call("PUT", `/emergencyAccess/user/${user.userId}`, { firstName: "V" });
    await call("PUT", `/emergencyAccess/user/${user.userId}/activate?sendEmail=true`);
    await call("PUT", `/emergencyAccess/user/${user.userId}/deactivate`);
    const page = (await call("GET", "/emergencyAccess/users?pageSize=7")).json;
    await call("GET", `/emergencyAccess/users?pageSize=7&pageId=${page.nextPage}`);
    await call("GET", "/emergencyAccess/users?pageSize=500&search=ada");
    const admin = (await call("POST", "/administrators", adminPayload("tour"))).json;
    await call("GET", `/administrators/${admin.id}`);
    await call("GET", "/administrators?page=1&pagesize=3");
    await call("PUT", `/administrators/${admin.id}`, adminPayload("tour", { displayName: "Tour" }));
    await call("DELETE", `/administrators/${admin.id}`);
    await call("GET", `/administrators/${admin.id}`);
    await call("GET", "/roles?page=1&pagesize=2");
    await call("GET", "/roles/12");
    await call("GET", "/roles/999");
    await call("POST", "/administrators", adminPayload("bad", { phoneNumber: "123" }));
    await send(recorder.url, "GET", `${base}/roles`);
    expect(recorder.exchanges.length).toBe(20);
    expect(recorder.exchanges.map((x) => x.status)).toEqual([200, 201, 200, 200, 200, 200, 200, 200, 200, 201, 200, 200, 204, 204, 404, 200, 200, 404, 400, 401]);
    expect(twinViolations(recorder.exchanges)).toEqual([]);
    expect(overStrict(recorder.exchanges)).toEqual([]);
  }, 30_000);

  it("the contract suite run through the proxy raises no violation", async () => {
    const dist = join(__dirname, "..", "node_modules", "@zpa-openapi", "contract", "dist", "index.js");
    if (!existsSync(dist)) throw new Error("@zpa-openapi/contract is not built: build it first (turbo does, before this test)");
    const before = recorder.exchanges.length;
    const options = {
      target: recorder.url,
      credentials: twin.credentials,
      customerId: twin.customerId,
      seed: 7,
      runs: 3,
      negativeRuns: 2,
      // The families below, each operation with every run asked for (the whole list runs in `pnpm mutation`).
      onlyOperations: checkedOperationsOf([...FAMILIES]),
      requestBudget: "none",
      allowWrites: true,
      stateful: true,
      rateLimit: false,
      quiet: true,
    };
    const { stdout } = await run(process.execPath, [join(__dirname, "fixtures", "run-contract-suite.mjs"), JSON.stringify(options)], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(stdout.trim().split("\n").pop()!);
    expect(recorder.exchanges.length).toBeGreaterThan(before);
    expect(twinViolations(recorder.exchanges.slice(before))).toEqual([]);
    expect(overStrict(recorder.exchanges.slice(before))).toEqual([]);
    expect(report.results.filter((r: any) => r.status === "fail").map((r: any) => `${r.check}@${r.operationId}: ${r.failures?.[0]?.message}`)).toEqual([]);
  }, 600_000);
});
