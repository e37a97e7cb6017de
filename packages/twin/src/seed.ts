import type { OperationSpec } from "./router.js";
import { stringifyIds, type OpContext, type TwinEngine } from "./engine/engine.js";
import type { ResourceDef } from "./engine/resources.js";
import { derefSchema, objectShape, synthesize } from "./engine/schema.js";

const FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Tim"];
const LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman", "Berners-Lee"];
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Seeded records carry this time (2026-01-01), so a seed gives byte-identical tenants. */
const SEED_CLOCK = Date.UTC(2026, 0, 1);

/** The generated tenants `--seed-profile` offers. */
export const SEED_PROFILES = ["empty", "realistic"] as const;
export type SeedProfile = (typeof SEED_PROFILES)[number];

/** mulberry32: a tiny seeded generator, so the same seed gives the same tenant. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pinnedClock<T>(engine: TwinEngine, fn: () => T): T {
  const clock = engine.now;
  engine.now = () => SEED_CLOCK;
  try {
    return fn();
  } finally {
    engine.now = clock;
  }
}

function context(engine: TwinEngine, op: OperationSpec | undefined, body: unknown, pathParams: Record<string, string> = {}, query: Record<string, unknown> = {}): OpContext {
  return { operationId: op?.operationId ?? "seed", method: "POST", op: op!, pathParams: { customerId: engine.customerId, ...pathParams }, query, body, engine };
}

/** Generated emergency access users and administrators (in the Default Microtenant), as `seedUsers`/`seedAdmins` ask. */
export function seedCounts(engine: TwinEngine, counts: { users: number; admins: number }, seedValue = 1): void {
  const rand = prng(seedValue);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  pinnedClock(engine, () => {
    const users = engine.resources.get("EmergencyAccessUser");
    for (let i = 0; users && i < counts.users; i++) {
      let id = "00u";
      for (let k = 0; k < 17; k++) id += ALPHABET[Math.floor(rand() * ALPHABET.length)];
      const firstName = pick(FIRST);
      const lastName = pick(LAST);
      const body = { emailId: `${firstName}.${lastName}.${i}@example.com`.toLowerCase(), firstName, lastName };
      engine.createRecord(users, context(engine, undefined, body, {}, { activateNow: rand() < 0.5 }), { id, microtenantId: "0" });
    }
    const admins = engine.resources.get("Administrator");
    const roles = [...engine.store("Role").scan()].map((r) => r.id);
    for (let i = 0; admins && i < counts.admins; i++) {
      let phone = "";
      for (let k = 0; k < 10; k++) phone += Math.floor(rand() * 10);
      const body = { username: `admin${i}@example.com`, displayName: `${pick(FIRST)} ${pick(LAST)}`, phoneNumber: phone, roleId: pick(roles), twoFactorAuthEnabled: false, email: "" };
      engine.createRecord(admins, context(engine, undefined, body), { microtenantId: "0" });
    }
  });
}

/** How many of each resource the realistic tenant has; every other creatable resource gets a few. */
const REALISTIC: Record<string, number> = {
  ApplicationSegment: 300,
  SegmentGroup: 30,
  ServerGroup: 40,
  Server: 120,
  AppConnectorGroup: 12,
  AppConnector: 48,
  ServiceEdgeGroup: 6,
  PolicyRule: 150,
  UserPortal: 8,
  UserPortalLink: 40,
  PraPortal: 6,
  PraConsole: 30,
  // Users and administrators come from `seedUsers`/`seedAdmins`, with names a person would have.
  EmergencyAccessUser: 0,
  Administrator: 0,
};
const DEFAULT_COUNT = 3;

/** Resources in an order where every referenced resource comes before the ones naming it. */
function dependencyOrder(engine: TwinEngine): ResourceDef[] {
  const out: ResourceDef[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (def: ResourceDef) => {
    if (state.has(def.name)) return;
    state.set(def.name, "visiting");
    for (const dep of [...def.references.map((r) => r.resource), ...(def.parent ? [def.parent.resource] : [])]) {
      const d = engine.resources.get(dep);
      if (d && d !== def) visit(d);
    }
    state.set(def.name, "done");
    out.push(def);
  };
  for (const def of engine.resources.values()) visit(def);
  return out;
}

/**
 * A believable tenant: every creatable resource of the spec, in dependency order, hundreds of
 * application segments in segment groups, on server groups with servers and connector groups,
 * access rules naming them, portals and links. Bodies are built from the spec's own schemas, so a
 * family added to the spec is seeded too. The same seed gives the same tenant.
 */
export function seedRealistic(engine: TwinEngine, seedValue = 1, readable: (def: ResourceDef, record: unknown) => boolean = () => true): { created: Record<string, number>; skipped: string[] } {
  const rand = prng(seedValue ^ 0x5eed);
  const created: Record<string, number> = {};
  const skipped: string[] = [];
  const createOps = new Map<string, OperationSpec>();
  for (const [operationId, b] of engine.bindings) {
    if (b.kind === "create" && !createOps.has(b.resource.name)) createOps.set(b.resource.name, engine.operations.get(operationId)!);
  }
  pinnedClock(engine, () => {
    for (const def of dependencyOrder(engine)) {
      const op = createOps.get(def.name);
      const pointer = op?.requestBody?.contentTypes.get("application/json");
      const want = REALISTIC[def.name] ?? DEFAULT_COUNT;
      if (!op) {
        // Made by Zscaler or by enrolment, not through the API (connectors, IdPs, posture profiles): stored as they would be read.
        const n = enrolled(engine, def, want, rand, readable);
        if (n > 0) created[def.name] = n;
        continue;
      }
      if (!pointer) continue;
      const schema = derefSchema(engine.doc, { $ref: `#${pointer}` });
      const writable = objectShape(engine.doc, schema).properties;
      let made = 0;
      for (let i = 0; i < want * 2 && made < want; i++) {
        const body = synthesize(engine.doc, schema) as Record<string, unknown>;
        if (!body || typeof body !== "object" || Array.isArray(body)) break;
        if ("name" in writable) body.name = `${def.name.replace(/([a-z])([A-Z])/g, "$1 $2")} ${i + 1}`;
        if ("description" in writable) body.description = `Seeded ${def.name} ${i + 1}`;
        if ("enabled" in writable) body.enabled = true;
        const pathParams = pathParamsFor(engine, def, op, rand);
        if (!pathParams) break;
        fillReferences(engine, def, body, writable, rand, pathParams);
        stringifyIds(body);
        try {
          let id: string | undefined;
          if (def.idField !== "id") {
            // Ids the server does not count (IdP user ids) come from the seed too.
            id = "00u";
            for (let k = 0; k < 17; k++) id += ALPHABET[Math.floor(rand() * ALPHABET.length)];
          }
          const record = engine.createRecord(def, context(engine, op, body, pathParams), { microtenantId: "0", ...(id ? { id } : {}) });
          // Where the spec's write and read schemas disagree, a generated write may not read back
          // valid: such a record is taken out again rather than served broken.
          if (!readable(def, engine.present(def, record))) {
            engine.remove(def, record, true);
            continue;
          }
          made++;
        } catch {
          // A record the rules refuse (a reference the spec demands that the tenant lacks) is left out.
        }
      }
      if (made > 0) created[def.name] = made;
      else skipped.push(def.name);
    }
  });
  return { created, skipped };
}

function pathParamsFor(engine: TwinEngine, def: ResourceDef, op: OperationSpec, rand: () => number): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const p of op.parameters) {
    if (p.in !== "path" || p.name === "customerId") continue;
    if (def.parent && p.name === def.parent.param) {
      const parents = [...engine.store(def.parent.resource).scan()];
      if (parents.length === 0) return undefined;
      // Policy rules go to the access policy set, where a tenant has most of them.
      const access = parents.find((r) => r.data.policyType === "ACCESS_POLICY");
      out[p.name] = (access ?? parents[Math.floor(rand() * parents.length)]!).id;
    } else {
      out[p.name] = String(synthesize(engine.doc, p.schema));
    }
  }
  return out;
}

/** Stores `want` records of a resource the API cannot create, built from its read schema, in the Default Microtenant. */
function enrolled(engine: TwinEngine, def: ResourceDef, want: number, rand: () => number, readable: (def: ResourceDef, record: unknown) => boolean): number {
  if (!def.idParam && !def.collection) return 0;
  if (def.parent && [...engine.store(def.parent.resource).scan()].length === 0) return 0;
  let made = 0;
  for (let i = 0; i < want; i++) {
    const body = synthesize(engine.doc, def.schema) as Record<string, unknown>;
    if ("name" in def.properties) body.name = `${def.name.replace(/([a-z])([A-Z])/g, "$1 $2")} ${i + 1}`;
    fillReferences(engine, def, body, def.properties, rand);
    const partition: Record<string, string> = {};
    if (def.parent) {
      const parents = [...engine.store(def.parent.resource).scan()];
      partition[def.parent.param] = parents[Math.floor(rand() * parents.length)]!.id;
    }
    const data = engine.buildData(def, body, engine.newId(def), "0");
    for (const k of Object.keys(body)) if (data[k] === undefined) data[k] = body[k];
    const record = engine.insert(def, data, "0", partition);
    if (!readable(def, engine.present(def, record))) {
      engine.remove(def, record, true);
      continue;
    }
    made++;
  }
  return made;
}

/** Points the body's simple reference fields (`x`, `x[]`, `x[].id`) at records the tenant has. */
export function fillReferences(engine: TwinEngine, def: ResourceDef, body: Record<string, unknown>, writable: Record<string, unknown>, rand: () => number, pathParams: Record<string, string> = {}): void {
  for (const ref of def.references) {
    if (ref.whenFields || ref.key || def.serverManaged.has(ref.path[0]!) || !(ref.path[0]! in writable)) continue;
    if (ref.whenParam && pathParams[ref.whenParam.name] !== ref.whenParam.value) continue;
    const targets = [...engine.store(ref.resource).scan()];
    const pick = () => targets[Math.floor(rand() * targets.length)]!.id;
    const [field, ...rest] = ref.path;
    if (targets.length === 0) {
      delete body[field!];
      continue;
    }
    if (rest.length === 0) body[field!] = pick();
    else if (rest.length === 1 && rest[0] === "[]") body[field!] = [pick()];
    else if (rest.length === 2 && rest[0] === "[]") body[field!] = [{ [rest[1]!]: pick() }];
  }
}
