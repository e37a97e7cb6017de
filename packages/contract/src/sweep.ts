import { createSpecValidator } from "@zpa-openapi/spec";
import { Recorder, type Env } from "./engine";
import { Transport } from "./http/transport";
import { cleanupOwned, listAll } from "./owned-resources";
import { carriesPrefix, deriveResources } from "./resources";
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

/**
 * Removes (or retires, where the API cannot delete) every resource whose name carries `prefix`,
 * the leftovers of a crashed run. Touches nothing else.
 */
export async function sweep(options: SweepOptions): Promise<{ found: { resource: string; id: string }[]; problems: string[] }> {
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
  try {
    if (credentials) await signIn(model, transport, credentials);
    for (const r of env.resources) {
      if (!r.list || (!r.delete && !r.actions.length)) continue;
      const { items } = await listAll(env, r);
      for (const it of items) {
        if (!it || !carriesPrefix(it, options.prefix)) continue;
        // microtenant_isolation creates outside the Default Microtenant: remove it where it lives.
        const scope = typeof it.microtenantId === "string" && it.microtenantId !== "0" ? { microtenantId: it.microtenantId } : undefined;
        env.owned.push({ resource: r, id: String(it[r.idField]), ...(scope ? { query: scope } : {}) });
      }
    }
    const found = env.owned.map((o) => ({ resource: o.resource.name, id: o.id }));
    const problems = options.dryRun ? [] : await cleanupOwned(env);
    return { found, problems };
  } finally {
    transport.close();
    await target.stop();
  }
}
