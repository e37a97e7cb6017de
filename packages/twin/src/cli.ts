#!/usr/bin/env node
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { FAULTS, startTwin } from "./index.js";

const USAGE = `zpa-twin: a stateful in-memory ZPA tenant

  --port N            port (default 8080; 0 picks a free one)
  --host H            interface (default 127.0.0.1)
  --seed-users N      generated emergency access users (default 0)
  --seed-admins N     generated administrators (default 0)
  --fault NAME        break the contract in one way (--list-faults)
  --no-rate-limit     do not enforce 20 GET / 10 writes per 10 s
  --client-id ID      API key id (default zpa-twin)
  --client-secret S   API key secret (default: random; or ZPA_TWIN_CLIENT_SECRET)
  --customer-id N     tenant id in the URLs
  --token-ttl N       token lifetime in seconds (default 3600)
  --list-faults       print the faults and exit`;

function count(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^[0-9]+$/.test(raw)) throw new Error(`--${name} must be a whole number, got ${JSON.stringify(raw)}`);
  return Number(raw);
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
      "client-id": { type: "string" },
      "client-secret": { type: "string" },
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
  const chosenSecret = values["client-secret"] ?? process.env.ZPA_TWIN_CLIENT_SECRET;
  const twin = await startTwin({
    port: count("port", values.port, 8080),
    host: values.host,
    seedUsers: count("seed-users", values["seed-users"], 0),
    seedAdmins: count("seed-admins", values["seed-admins"], 0),
    fault: values.fault,
    rateLimit: !values["no-rate-limit"],
    clientId: values["client-id"],
    clientSecret: chosenSecret ?? randomBytes(18).toString("base64url"),
    customerId: values["customer-id"],
    tokenTtlSeconds: count("token-ttl", values["token-ttl"], 3600),
  });
  // A generated secret goes to a file only its owner can read, never to the terminal.
  let secretNote = "the --client-secret you chose";
  if (!chosenSecret) {
    const file = join(tmpdir(), `zpa-twin-${process.pid}.secret`);
    writeFileSync(file, `${twin.credentials.clientSecret}\n`, { mode: 0o600 });
    secretNote = `in ${file} (ZPA_CLIENT_SECRET=$(cat ${file}))`;
  }
  console.log(`ZPA twin listening on ${twin.url}${values.fault ? ` with fault ${values.fault}` : ""}`);
  console.log(`  ZPA_BASE_URL=${twin.url}`);
  console.log(`  ZPA_CLIENT_ID=${twin.credentials.clientId}`);
  console.log(`  ZPA_CUSTOMER_ID=${twin.customerId}`);
  console.log(`  client secret: ${secretNote}`);
  const stop = () => void twin.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((e: Error) => {
  console.error(`zpa-twin: ${e.message}`);
  process.exit(2);
});
