import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { createSpecValidator, openapi, type OpenApiDocument } from "@zpa-openapi/spec";
import { TwinEngine } from "./engine/engine.js";
import { findFault, type FaultName } from "./faults.js";
import { FAMILY_RULES } from "./families/index.js";
import type { RateLimitMode } from "./rate-limit.js";
import { buildRoutes, type Route } from "./router.js";
import { seedCounts, seedRealistic, SEED_PROFILES, type SeedProfile } from "./seed.js";
import { createTwinServer } from "./server.js";
import { SpecConformance } from "./validation.js";

export { FAULTS, type FaultName } from "./faults.js";
export { DOCUMENTED_LIMITS, LEGACY_RETRY_AFTER_SECONDS, type RateLimitMode, type RateLimits } from "./rate-limit.js";
export { SEED_PROFILES, type SeedProfile } from "./seed.js";
export type { Credentials } from "./auth.js";
export type { FamilyRules, ResourceRules, OpContext } from "./engine/engine.js";

/** Every operation of the bundled spec: the twin serves each one (see the README for how). */
export const IMPLEMENTED_OPERATIONS: readonly string[] = Object.freeze(
  Object.values(openapi.paths).flatMap((item) => Object.entries(item).filter(([m, op]) => /^(get|put|post|delete|patch)$/.test(m) && op?.operationId).map(([, op]) => op.operationId as string)),
);

export { CONTRACT_CHECKED_OPERATIONS, MUTATION_FAMILIES, checkedOperationsOf, operationFamilies } from "./contract-coverage.js";

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
  /**
   * Enforce the documented rate limits (20 GET / 10 writes per 10 s per client, sign-in per client
   * address): `true` or `"legacy"` answers 429 with `retry-after: 13s`; `"oneapi"` adds
   * `x-ratelimit-*` headers to every answer. Default `"legacy"`.
   */
  rateLimit?: boolean | RateLimitMode;
  /** The spec to serve (default: the bundled `@zpa-openapi/spec`); a copy with a family added is served with no twin change. */
  spec?: OpenApiDocument;
  /** A generated tenant: `empty` (default) or `realistic` (hundreds of segments with groups, connectors, policies, portals). */
  seedProfile?: SeedProfile;
  /** Seed of the generated data; the same seed gives the same tenant (default 1). */
  seed?: number;
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
  /** Time a client has to send its request headers, in ms (default 10,000); slower clients are cut off (slowloris). */
  headersTimeoutMs?: number;
  /** Time a client has to send its whole request, in ms (default 30,000); a slow body gets 408 and is cut off. */
  requestTimeoutMs?: number;
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
  /** How many records the tenant holds, over every resource. */
  size(): number;
  /** @internal The engine behind the HTTP surface, for the twin's own tests: read it, never write through it. */
  readonly engine: TwinEngine;
}

// The mutation run starts one twin per fault over the same spec: its routing table and compiled
// schemas (read-only once built) are made once per spec object.
const servedCache = new WeakMap<object, { routes: Route[]; conformance: SpecConformance }>();

function servedFor(spec: OpenApiDocument): { routes: Route[]; conformance: SpecConformance } {
  let served = servedCache.get(spec);
  if (!served) servedCache.set(spec, (served = { routes: buildRoutes(spec), conformance: new SpecConformance(createSpecValidator(spec)) }));
  return served;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number of milliseconds, got ${value}`);
  return value;
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
  const headersTimeoutMs = positive("headersTimeoutMs", options.headersTimeoutMs, 10_000);
  const requestTimeoutMs = Math.max(headersTimeoutMs, positive("requestTimeoutMs", options.requestTimeoutMs, 30_000));
  const spec = options.spec ?? openapi;
  const served = servedFor(spec);
  const engine = new TwinEngine(spec, served.routes, { customerId, actorId: "72058304855015500", rules: FAMILY_RULES });
  const seedValue = options.seed ?? 1;
  seedCounts(engine, { users: options.seedUsers ?? 0, admins: options.seedAdmins ?? 0 }, seedValue);
  const profile = options.seedProfile ?? "empty";
  if (!SEED_PROFILES.includes(profile)) throw new Error(`seedProfile must be one of ${SEED_PROFILES.join(", ")}, got ${JSON.stringify(profile)}`);
  if (profile === "realistic") seedRealistic(engine, seedValue, (def, record) => served.conformance.isValid(def.schemaPointer, record));
  const rateLimit = options.rateLimit === undefined || options.rateLimit === true ? "legacy" : options.rateLimit;
  if (rateLimit !== false && rateLimit !== "legacy" && rateLimit !== "oneapi") throw new Error(`rateLimit must be true, false, "legacy" or "oneapi", got ${JSON.stringify(rateLimit)}`);
  const server = createTwinServer({
    engine,
    served,
    credentials,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    rateLimit,
    fault,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    validateResponses: options.validateResponses ?? fault === undefined,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    connectionsCheckingIntervalMs: Math.min(1_000, Math.max(100, Math.floor(Math.min(headersTimeoutMs, requestTimeoutMs) / 2))),
  });
  server.keepAliveTimeout = 5_000;
  // Node's defaults hold a slow client for 60 s (headers) and 300 s (body): a handful of slow
  // sockets would pin the twin. Its clients are tests on loopback, which are never that slow.
  server.headersTimeout = headersTimeoutMs;
  server.requestTimeout = requestTimeoutMs;
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
    fingerprint: () => engine.fingerprint(),
    size: () => engine.size,
    engine,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
