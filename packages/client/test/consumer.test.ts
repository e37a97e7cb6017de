// Packs the package as it would be published, installs the tarball into a fresh project, and
// type-checks (strict) and runs an ESM and a CommonJS consumer against a real server.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { C, CUSTOMER, json, startTestServer, type TestServer } from "./support/test-server";

const pkgDir = path.resolve(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc");
let dir: string;
let server: TestServer;

const consumer = (url: string, style: "esm" | "cjs") => `
import { createZpaClient, ZpaApiError, type ApplicationSegment, type ZpaClient, type Role } from "@zpa-openapi/client";
import { createZpaCore, ZpaApiError as CoreApiError } from "@zpa-openapi/client/core";
import { segmentGroups, serverGroups, type SegmentGroup } from "@zpa-openapi/client/families";

const options = {
  baseUrl: ${JSON.stringify(url)},
  customerId: ${JSON.stringify(CUSTOMER)},
  credentials: { clientId: "test-client", clientSecret: "test-secret-value" },
};
const zpa: ZpaClient = createZpaClient(options);

async function main(): Promise<void> {
  const role: Role = await zpa.roles.get("12");
  const names: string[] = [];
  for await (const r of zpa.roles.list()) names.push(r.name ?? "(unnamed)");
  const raw = await zpa.GET("/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}", { params: { path: { roleId: "12" } } });
  let status = 0;
  try {
    await zpa.administrators.get("404");
  } catch (e) {
    if (e instanceof ZpaApiError) status = e.status;
  }
  // A typed list, a typed create, and the core with only the families it uses.
  const segments: ApplicationSegment[] = await zpa.applicationSegments.listAll({ search: "name+EQ+crm" }, { timeoutMs: 5000 });
  const core = createZpaCore(options);
  const created: SegmentGroup = await segmentGroups(core).create({ name: "finance", enabled: true }, { microtenantId: "0" });
  const groups = await serverGroups(core).listAll();
  const rules = await zpa.policies.rules("ACCESS_POLICY").listAll();
  console.log(JSON.stringify({ style: ${JSON.stringify(style)}, role: role.name, names, raw: raw.data?.id, status, segments: segments.map((s) => s.name), created: created.id, groups: groups.length, rules: rules.length, oneErrorClass: CoreApiError === ZpaApiError }));
}
main();
`;

// Mistakes a strict consumer must be told about: the test fails if any of them type-checks.
const mistakes = `
import { createZpaClient } from "@zpa-openapi/client";
const zpa = createZpaClient({ baseUrl: "http://127.0.0.1:1", customerId: "1", credentials: { tokenProvider: () => "t" } });
export const a = zpa.segmentGroups.create({ nmae: "finance", enabled: true });
export const b = zpa.applicationSegments.get(12345);
export const c = zpa.applicationSegments.list({}, { retries: 3 });
`;

beforeAll(async () => {
  if (!existsSync(path.join(pkgDir, "dist/index.js"))) throw new Error("dist/ is missing: run `pnpm build` first");
  server = await startTestServer({
    routes: {
      [`GET ${C}/roles/12`]: () => json({ id: "12", name: "ZPA Administrator" }),
      [`GET ${C}/roles`]: () => json({ totalPages: "1", list: [{ id: "12", name: "ZPA Administrator" }] }),
      [`GET ${C}/application`]: () => json({ totalPages: "1", list: [{ id: "31", name: "crm" }] }),
      [`POST ${C}/segmentGroup`]: (req) => json({ id: "41", ...JSON.parse(req.body) }, req.query.get("microtenantId") === "0" ? 201 : 400),
      [`GET ${C}/serverGroup`]: () => json({ totalPages: "1", list: [{ id: "51", name: "dc1" }, { id: "52", name: "dc2" }] }),
      [`GET ${C}/policySet/rules/policyType/ACCESS_POLICY`]: () => json({ totalPages: "1", list: [{ id: "61", name: "allow" }] }),
    },
  });
  dir = mkdtempSync(path.join(tmpdir(), "zpa-consumer-"));
  execFileSync("npx", ["--yes", "pnpm@12.21.0", "pack", "--pack-destination", dir], { cwd: pkgDir, stdio: "pipe" });
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "zpa-consumer", private: true, version: "0.0.0" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", `./${tarball}`], { cwd: dir, stdio: "pipe" });
  writeFileSync(path.join(dir, "esm.mts"), consumer(server.url, "esm"));
  writeFileSync(path.join(dir, "cjs.cts"), consumer(server.url, "cjs"));
  writeFileSync(path.join(dir, "mistakes.mts"), mistakes);
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022", "dom", "dom.asynciterable"], types: [], skipLibCheck: false, outDir: "out" }, files: ["esm.mts", "cjs.cts"] }),
  );
  writeFileSync(path.join(dir, "tsconfig.mistakes.json"), JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { noEmit: true }, files: ["mistakes.mts"] }));
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the packed package in a fresh project", () => {
  it("ships only dist, README, LICENSE and package.json, with no runtime dependency but openapi-fetch", () => {
    const manifest = require(path.join(dir, "node_modules/@zpa-openapi/client/package.json"));
    expect(Object.keys(manifest.dependencies)).toEqual(["openapi-fetch"]);
    expect(manifest.dependencies["openapi-fetch"]).not.toContain("catalog:");
    const files = readdirSync(path.join(dir, "node_modules/@zpa-openapi/client")).sort();
    expect(files.filter((f) => f !== "CHANGELOG.md")).toEqual(["LICENSE", "README.md", "dist", "package.json"]);
  });

  const typeCheck = (project: string) => {
    try {
      return execFileSync(process.execPath, [tsc, "-p", project], { cwd: dir, encoding: "utf8" });
    } catch (e) {
      return String((e as { stdout?: string }).stdout);
    }
  };

  it("type-checks an ESM and a CommonJS consumer with strict TypeScript", () => {
    expect(typeCheck("tsconfig.json")).toBe("");
  });

  it("reports a misspelt body field, a wrong path parameter type and an unknown call option", () => {
    const out = typeCheck("tsconfig.mistakes.json");
    const errors = out.split("\n").filter((line) => line.includes("error TS"));
    expect(errors.map((line) => /^mistakes\.mts\((\d+),/.exec(line)?.[1])).toEqual(["4", "5", "6"]);
    expect(out).toContain("'nmae'");
    expect(out).toContain("'retries'");
  });

  it.each(["esm.mjs", "cjs.cjs"])("runs %s against a real server", async (file) => {
    // Asynchronously: the server answering it lives in this process.
    const { stdout: out } = await promisify(execFile)(process.execPath, [path.join(dir, "out", file)], { cwd: dir, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ style: file.slice(0, 3), role: "ZPA Administrator", names: ["ZPA Administrator"], raw: "12", status: 404, segments: ["crm"], created: "41", groups: 2, rules: 1, oneErrorClass: true });
  });
});
