#!/usr/bin/env node
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { FAULTS, startTwin, type RateLimitMode, type SeedProfile } from "./index.js";

const USAGE = `zpa-twin: a stateful in-memory ZPA tenant

  --port N            port (default 8080; 0 picks a free one)
  --host H            interface (default 127.0.0.1)
  --seed-users N      generated emergency access users (default 0)
  --seed-admins N     generated administrators (default 0)
  --fault NAME        break the contract in one way (--list-faults)
  --seed-profile P    empty (default) or realistic: hundreds of application segments
                      with their groups, servers, connectors, policies and portals
  --seed N            seed of the generated data (default 1; same seed, same tenant)
  --rate-limit MODE   legacy (default: 429 with retry-after: 13s) or oneapi
                      (adds x-ratelimit-* headers to every answer)
  --no-rate-limit     do not enforce 20 GET / 10 writes per 10 s
  --client-id ID      API key id (default zpa-twin)
  --client-secret-file F  read the API key secret from file F (first line)
                      (or set ZPA_TWIN_CLIENT_SECRET; default: random, written to a
                      file only you can read and deleted when the twin stops)
  --customer-id N     tenant id in the URLs
  --token-ttl N       token lifetime in seconds (default 3600)
  --list-faults       print the faults and exit`;

function count(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^[0-9]+$/.test(raw)) throw new Error(`--${name} must be a whole number, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

function rateLimitMode(raw: string | undefined): RateLimitMode {
  if (raw === undefined || raw === "legacy" || raw === "oneapi") return raw ?? "legacy";
  throw new Error(`--rate-limit must be legacy or oneapi, got ${JSON.stringify(raw)}`);
}

function secretFromFile(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(`--client-secret-file: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const secret = text.split(/\r?\n/)[0]!.trim();
  if (!secret) throw new Error(`--client-secret-file: ${file} is empty`);
  return secret;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "seed-users": { type: "string" },
      "seed-admins": { type: "string" },
      fault: { type: "string" },
      "no-rate-limit": { type: "boolean" },
      "rate-limit": { type: "string" },
      "seed-profile": { type: "string" },
      seed: { type: "string" },
      "client-id": { type: "string" },
      // Accepted only to refuse it with a clear message: a secret on a command line shows in `ps`.
      "client-secret": { type: "string" },
      "client-secret-file": { type: "string" },
      "customer-id": { type: "string" },
      "token-ttl": { type: "string" },
      "list-faults": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return void console.log(USAGE);
  if (values["list-faults"]) {
    for (const f of FAULTS) console.log(`${f.name.padEnd(32)} ${f.description}`);
    return;
  }
  if (values["client-secret"] !== undefined) {
    throw new Error("--client-secret is refused: a secret on the command line shows in `ps` and in pnpm's echo of the command. Set ZPA_TWIN_CLIENT_SECRET or pass --client-secret-file FILE");
  }
  const chosenSecret = secretFromFile(values["client-secret-file"]) ?? (process.env.ZPA_TWIN_CLIENT_SECRET || undefined);
  const twin = await startTwin({
    port: count("port", values.port, 8080),
    host: values.host,
    seedUsers: count("seed-users", values["seed-users"], 0),
    seedAdmins: count("seed-admins", values["seed-admins"], 0),
    fault: values.fault,
    rateLimit: values["no-rate-limit"] ? false : rateLimitMode(values["rate-limit"]),
    seedProfile: values["seed-profile"] as SeedProfile | undefined,
    seed: count("seed", values.seed, 1),
    clientId: values["client-id"],
    clientSecret: chosenSecret ?? randomBytes(18).toString("base64url"),
    customerId: values["customer-id"],
    tokenTtlSeconds: count("token-ttl", values["token-ttl"], 3600),
  });
  // A generated secret goes to a file only its owner can read, never to the terminal. The file is
  // created exclusively (never through a file or link someone placed there) and removed on stop,
  // so a glob over old secret files cannot pick up a stale one.
  let secretNote = values["client-secret-file"] ? `from ${values["client-secret-file"]}` : "from ZPA_TWIN_CLIENT_SECRET";
  let secretFile: string | undefined;
  if (!chosenSecret) {
    secretFile = join(tmpdir(), `zpa-twin-${process.pid}-${randomBytes(4).toString("hex")}.secret`);
    writeFileSync(secretFile, `${twin.credentials.clientSecret}\n`, { mode: 0o600, flag: "wx" });
    secretNote = `in ${secretFile} (ZPA_CLIENT_SECRET=$(cat ${secretFile}))`;
    const file = secretFile;
    process.once("exit", () => rmSync(file, { force: true }));
  }
  console.log(`ZPA twin listening on ${twin.url}${values.fault ? ` with fault ${values.fault}` : ""}`);
  console.log(`  ZPA_BASE_URL=${twin.url}`);
  console.log(`  ZPA_CLIENT_ID=${twin.credentials.clientId}`);
  console.log(`  ZPA_CUSTOMER_ID=${twin.customerId}`);
  console.log(`  client secret: ${secretNote}`);
  const stop = () =>
    void twin.stop().finally(() => {
      if (secretFile) rmSync(secretFile, { force: true });
      process.exit(0);
    });
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((e: Error) => {
  console.error(`zpa-twin: ${e.message}`);
  process.exit(2);
});
