import { createSpecValidator } from "@zpa-openapi/spec";
import { Recorder, type Env } from "./engine";
import { Transport } from "./http/transport";
import { cleanupOwned, idOf, listAll } from "./owned-resources";
import { actionOf, allowedFlag, carriesPrefix, deriveResources } from "./resources";
import { loadSpecModel } from "./spec-model";
import { credentialsFrom, signIn, type Credentials } from "./sign-in";
import { resolveTarget } from "./targets/resolve-target";

/** Options of a sweep. */
export interface SweepOptions {
  target: string;
  prefix: string;
  credentials?: Credentials;
  customerId?: string;
  cloud?: string;
  /** List what would be removed without removing it. */
  dryRun?: boolean;
}

/** One resource a sweep found, and what became of it. */
export interface SweptResource {
  resource: string;
  id: string;
  /**
   * `deleted`, `deactivated`, `already gone`, `already inactive` (retired before, left as it is),
   * `would remove` (dry run), or `not removed` (see the sweep's problems).
   */
  outcome: string;
}

/**
 * Removes (or retires, where the API cannot delete) every resource whose name or email field
 * starts with exactly `prefix`, the leftovers of a crashed run. Touches nothing else.
 */
export async function sweep(options: SweepOptions): Promise<{ found: SweptResource[]; problems: string[] }> {
  if (!/^zpact-[a-z0-9]{4,}$/.test(options.prefix)) throw new Error(`--prefix must be a run prefix like zpact-lx3k9a2b (got ${JSON.stringify(options.prefix)})`);
  const model = loadSpecModel();
  const target = await resolveTarget(options.target, options.cloud);
  const credentials = credentialsFrom(options.credentials) ?? (target.mock ? { clientId: "x", clientSecret: "y" } : undefined);
  const customerId = options.customerId ?? process.env.ZPA_CUSTOMER_ID ?? (target.mock ? "1" : undefined);
  if (!customerId) throw new Error("sweep needs --customer-id or ZPA_CUSTOMER_ID");
  const transport = new Transport({ baseUrl: target.baseUrl, rateLimit: target.remote });
  const validator = createSpecValidator();
  const env = {
    model,
    transport,
    resources: deriveResources(model),
    owned: [],
    known: new Map(),
    recorder: new Recorder(),
    baseContext: () => ({ fixedParams: { customerId }, idPools: {}, mock: target.mock, compile: validator.compile }),
  } as unknown as Env;
  const found: SweptResource[] = [];
  try {
    if (credentials) await signIn(model, transport, credentials);
    for (const r of env.resources) {
      if (!r.list || (!r.delete && !r.actions.length)) continue;
      const { items, exchanges } = await listAll(env, r);
      const retire = r.delete ? undefined : r.actions.find((a) => /deactivate|disable|retire/i.test(a.path));
      for (const it of items) {
        if (!it || !carriesPrefix(it, options.prefix)) continue;
        const id = exchanges.map((x) => idOf(it, r.idField, x)).find((v) => v !== undefined);
        if (!id) continue;
        // A user deactivated by the run or an earlier sweep stays listed (the API cannot delete it): nothing to do.
        if (retire && it[allowedFlag(actionOf(retire))] === false) {
          found.push({ resource: r.name, id, outcome: "already inactive" });
          continue;
        }
        // microtenant_isolation creates outside the Default Microtenant: remove it where it lives.
        const scope = typeof it.microtenantId === "string" && it.microtenantId !== "0" ? { microtenantId: it.microtenantId } : undefined;
        env.owned.push({ resource: r, id, ...(scope ? { query: scope } : {}) });
      }
    }
    if (options.dryRun) {
      for (const o of env.owned) found.push({ resource: o.resource.name, id: o.id, outcome: "would remove" });
      return { found, problems: [] };
    }
    const { outcomes, problems } = await cleanupOwned(env);
    for (const o of env.owned) {
      const done = outcomes.find((x) => x.resource === o.resource.name && x.id === o.id);
      found.push({ resource: o.resource.name, id: o.id, outcome: done?.outcome ?? "not removed" });
    }
    return { found, problems };
  } finally {
    transport.close();
    await target.stop();
  }
}
