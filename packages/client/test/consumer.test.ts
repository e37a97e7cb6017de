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
import { createZpaClient, ZpaApiError, type ZpaClient, type Role } from "@zpa-openapi/client";

const zpa: ZpaClient = createZpaClient({
  baseUrl: ${JSON.stringify(url)},
  customerId: ${JSON.stringify(CUSTOMER)},
  credentials: { clientId: "test-client", clientSecret: "test-secret-value" },
});

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
  console.log(JSON.stringify({ style: ${JSON.stringify(style)}, role: role.name, names, raw: raw.data?.id, status }));
}
main();
`;

beforeAll(async () => {
  if (!existsSync(path.join(pkgDir, "dist/index.js"))) throw new Error("dist/ is missing: run `pnpm build` first");
  server = await startTestServer({
    routes: {
      [`GET ${C}/roles/12`]: () => json({ id: "12", name: "ZPA Administrator" }),
      [`GET ${C}/roles`]: () => json({ totalPages: "1", list: [{ id: "12", name: "ZPA Administrator" }] }),
    },
  });
  dir = mkdtempSync(path.join(tmpdir(), "zpa-consumer-"));
  execFileSync("npx", ["--yes", "pnpm@12.21.0", "pack", "--pack-destination", dir], { cwd: pkgDir, stdio: "pipe" });
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "zpa-consumer", private: true, version: "0.0.0" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", `./${tarball}`], { cwd: dir, stdio: "pipe" });
  writeFileSync(path.join(dir, "esm.mts"), consumer(server.url, "esm"));
  writeFileSync(path.join(dir, "cjs.cts"), consumer(server.url, "cjs"));
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022", "dom", "dom.asynciterable"], types: [], skipLibCheck: false, outDir: "out" }, files: ["esm.mts", "cjs.cts"] }),
  );
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the packed package in a fresh project", () => {
  it("ships only dist, README and package.json, with no runtime dependency but openapi-fetch", () => {
    const manifest = require(path.join(dir, "node_modules/@zpa-openapi/client/package.json"));
    expect(Object.keys(manifest.dependencies)).toEqual(["openapi-fetch"]);
    expect(manifest.dependencies["openapi-fetch"]).not.toContain("catalog:");
    const files = readdirSync(path.join(dir, "node_modules/@zpa-openapi/client")).sort();
    expect(files.filter((f) => f !== "CHANGELOG.md")).toEqual(["README.md", "dist", "package.json"]);
  });

  it("type-checks an ESM and a CommonJS consumer with strict TypeScript", () => {
    const out = (() => {
      try {
        return execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir, encoding: "utf8" });
      } catch (e) {
        return String((e as { stdout?: string }).stdout);
      }
    })();
    expect(out).toBe("");
  });

  it.each(["esm.mjs", "cjs.cjs"])("runs %s against a real server", async (file) => {
    // Asynchronously: the server answering it lives in this process.
    const { stdout: out } = await promisify(execFile)(process.execPath, [path.join(dir, "out", file)], { cwd: dir, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ style: file.slice(0, 3), role: "ZPA Administrator", names: ["ZPA Administrator"], raw: "12", status: 404 });
  });
});
