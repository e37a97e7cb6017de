import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { findFault, type FaultName } from "./faults.js";
import { seed } from "./seed.js";
import { createTwinServer } from "./server.js";
import { AdministratorStore } from "./stores/administrators.js";
import { EmergencyAccessStore } from "./stores/emergency-access.js";

export { FAULTS, type FaultName } from "./faults.js";
export { IMPLEMENTED_OPERATIONS } from "./handlers.js";
export { DOCUMENTED_LIMITS, type RateLimits } from "./rate-limit.js";
export type { EmergencyAccessUser } from "./stores/emergency-access.js";
export type { Administrator } from "./stores/administrators.js";
export type { Credentials } from "./auth.js";

/** Options of {@link startTwin}; every one is optional. */
export interface TwinOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; 127.0.0.1 by default. */
  host?: string;
  /** How many generated emergency access users the twin starts with (default 0). */
  seedUsers?: number;
  /** How many generated administrators the twin starts with (default 0). */
  seedAdmins?: number;
  /** Enforce the documented rate limits (20 GET / 10 writes per 10 s per client). Default true. */
  rateLimit?: boolean;
  /** Break the contract in one named way (see {@link FAULTS}). */
  fault?: FaultName;
  /** API key id the token endpoints accept (default `zpa-twin`). */
  clientId?: string;
  /** API key secret the token endpoints accept (default: random per start). */
  clientSecret?: string;
  /** The tenant's id in the URL (default `72058304855015424`). */
  customerId?: string;
  /** Lifetime of issued tokens in seconds (default 3600). */
  tokenTtlSeconds?: number;
  /** Largest accepted body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Check every answer against the spec, answering 500 on a mismatch (default: true without a fault, false with one, so a fault shows as itself). */
  validateResponses?: boolean;
  /** Receives twin bug reports; stderr by default. */
  log?: (line: string) => void;
}

/** A running twin. */
export interface Twin {
  /** Base URL, e.g. `http://127.0.0.1:40123`; API paths are the spec's, appended to it. */
  url: string;
  /** The API key to sign in with at `/signin` or `/oauth2/v1/token`. */
  credentials: { clientId: string; clientSecret: string };
  customerId: string;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
  /** A fingerprint of all stored data, to show that requests changed nothing. */
  fingerprint(): string;
}

/**
 * Starts an in-memory, stateful ZPA tenant on loopback that follows the spec.
 *
 * @example
 * const twin = await startTwin({ seedUsers: 50, rateLimit: false });
 * // ... sign in at `${twin.url}/signin` with twin.credentials ...
 * await twin.stop();
 */
export async function startTwin(options: TwinOptions = {}): Promise<Twin> {
  const fault = options.fault === undefined ? undefined : findFault(options.fault);
  const customerId = options.customerId ?? "72058304855015424";
  if (!/^[0-9]{1,19}$/.test(customerId)) throw new Error(`customerId must be a string of 1 to 19 digits, got ${JSON.stringify(customerId)}`);
  const credentials = {
    clientId: options.clientId ?? "zpa-twin",
    clientSecret: options.clientSecret ?? randomBytes(18).toString("base64url"),
  };
  const users = new EmergencyAccessStore();
  const admins = new AdministratorStore(customerId, "72058304855015500");
  seed({ users, admins }, { users: options.seedUsers ?? 0, admins: options.seedAdmins ?? 0 });
  const server = createTwinServer({
    state: { customerId, users, admins },
    credentials,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    rateLimit: options.rateLimit ?? true,
    fault,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    validateResponses: options.validateResponses ?? fault === undefined,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  });
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    credentials,
    customerId,
    fingerprint: () => users.fingerprint() + admins.fingerprint(),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
