import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../doc-check/help-pages";
import { publishPackages } from "../release/publish";
import type { WorkspacePackage } from "../release/workspace-packages";

// A registry that keeps what npm publishes in memory: enough of the npm registry protocol for
// `npm view` (GET packument) and `npm publish` (PUT packument with the tarball attached).
function startRegistry(token: string): Promise<{ url: string; server: Server; packuments: Map<string, any>; puts: string[] }> {
  const packuments = new Map<string, any>();
  const puts: string[] = [];
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? "/").slice(1).split("?")[0]);
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method === "GET") {
        const doc = packuments.get(name);
        res.writeHead(doc ? 200 : 404, { "content-type": "application/json" });
        res.end(JSON.stringify(doc ?? { error: "Not found" }));
        return;
      }
      if (req.method === "PUT") {
        if (req.headers.authorization !== `Bearer ${token}`) {
          res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "auth required" }));
          return;
        }
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        puts.push(name);
        const doc = packuments.get(name) ?? { name, versions: {}, "dist-tags": {} };
        Object.assign(doc.versions, body.versions);
        Object.assign(doc["dist-tags"], body["dist-tags"]);
        packuments.set(name, doc);
        res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ ok: true }));
        return;
      }
      res.writeHead(405).end();
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server, packuments, puts })));
}

const fixture = (name: string): WorkspacePackage => {
  const dir = path.join(__dirname, "fixtures", "packages", name);
  const manifest = require(path.join(dir, "package.json"));
  return { name: manifest.name, version: manifest.version, dir, private: false, manifest };
};

describe("publishing what the registry lacks", () => {
  const token = "fixture-publish-token-7f3a9c";
  let registry: Awaited<ReturnType<typeof startRegistry>>;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    registry = await startRegistry(token);
    const home = mkdtempSync(path.join(os.tmpdir(), "zpa-publish-test-"));
    const userconfig = path.join(home, ".npmrc");
    writeFileSync(userconfig, `//${new URL(registry.url).host}/:_authToken=${token}\n`);
    env = { npm_config_userconfig: userconfig, npm_config_cache: path.join(home, "cache") };
  });
  afterAll(() => registry.server.close());

  it("publishes a version once, then reports it as already published", async () => {
    const pkg = fixture("good-dual");
    const lines: string[] = [];
    const first = await publishPackages({ root: repoRoot, packages: [pkg], registry: registry.url, env, log: (l) => lines.push(l) });
    expect(first).toEqual([{ name: "@zpa-fixture/good-dual", version: "1.0.0", status: "published" }]);
    expect(registry.puts).toEqual(["@zpa-fixture/good-dual"]);
    expect(Object.keys(registry.packuments.get("@zpa-fixture/good-dual").versions)).toEqual(["1.0.0"]);

    const second = await publishPackages({ root: repoRoot, packages: [pkg], registry: registry.url, env, log: (l) => lines.push(l) });
    expect(second).toEqual([{ name: "@zpa-fixture/good-dual", version: "1.0.0", status: "already-published" }]);
    expect(registry.puts).toHaveLength(1);
    expect(lines.join("\n")).not.toContain(token);
  }, 120_000);

  it("reports a refused publish as failed without the token", async () => {
    const pkg = { ...fixture("good-dual"), version: "9.9.9" };
    // The manifest on disk says 1.0.0, so pnpm packs 1.0.0; with a wrong token the PUT is refused.
    const wrong = mkdtempSync(path.join(os.tmpdir(), "zpa-publish-test-"));
    writeFileSync(path.join(wrong, ".npmrc"), `//${new URL(registry.url).host}/:_authToken=not-${token}\n`);
    const [outcome] = await publishPackages({ root: repoRoot, packages: [pkg], registry: registry.url, env: { ...env, npm_config_userconfig: path.join(wrong, ".npmrc") } });
    expect(outcome.status).toBe("failed");
    expect(outcome.detail).toMatch(/npm publish failed/);
    expect(outcome.detail).not.toContain(token);
  }, 120_000);
});
