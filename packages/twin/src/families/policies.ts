import { invalidInput, notFound, type TwinResponse } from "../http-error.js";
import type { FamilyRules, OpContext, TwinEngine } from "../engine/engine.js";
import { derefSchema } from "../engine/schema.js";
import type { StoredRecord } from "../engine/store.js";

const rulesOf = (engine: TwinEngine, policySetId: string): StoredRecord[] =>
  [...engine.store("PolicyRule").scan({ partition: { policySetId } })].sort((a, b) => Number(a.data.ruleOrder) - Number(b.data.ruleOrder));

/** Writes `ordered` back with rule orders 1..n: the orders of a set stay contiguous whatever happened. */
function renumber(engine: TwinEngine, ordered: StoredRecord[]): void {
  const def = engine.resources.get("PolicyRule")!;
  ordered.forEach((r, i) => {
    if (r.data.ruleOrder !== String(i + 1)) engine.replace(def, r, { ...r.data, ruleOrder: String(i + 1) });
  });
}

function policySet(ctx: OpContext): StoredRecord {
  const id = ctx.pathParams.policySetId!;
  const set = ctx.engine.store("PolicySet").find(id);
  if (!set) throw notFound("PolicySet", id);
  return set;
}

/**
 * Policies: one policy set per policy type; a rule lands last in its set; reorder moves a rule
 * (or takes the whole order) and the orders stay 1..n; a deleted rule closes its gap.
 */
export const policies: FamilyRules = {
  family: "policies",
  seed(engine) {
    const def = engine.resources.get("PolicySet");
    const item = def?.item ? engine.doc.paths[def.item] : undefined;
    const param = [...(item?.parameters ?? []), ...(item?.get?.parameters ?? [])].map((p: any) => derefSchema(engine.doc, p)).find((p: any) => p.name === "policyType");
    const types: string[] = derefSchema(engine.doc, param?.schema).enum ?? [];
    for (const policyType of def ? types : []) {
      const data = engine.buildData(def!, { name: `${policyType} set`, enabled: true }, engine.newId(def!), "0");
      engine.insert(def!, { ...data, policyType }, "0", {});
    }
  },
  resources: {
    PolicyRule: {
      onCreate(data, ctx) {
        const set = policySet(ctx);
        data.policyType = set.data.policyType;
        data.ruleOrder = String(rulesOf(ctx.engine, set.id).length + 1);
      },
    },
  },
  operations: {
    deletePolicyRule(ctx) {
      const def = ctx.engine.resources.get("PolicyRule")!;
      const reply = ctx.engine.deleteOp(def, ctx);
      renumber(ctx.engine, rulesOf(ctx.engine, ctx.pathParams.policySetId!));
      return reply;
    },
    reorderPolicyRule(ctx): TwinResponse {
      const set = policySet(ctx);
      const rules = rulesOf(ctx.engine, set.id);
      const at = rules.findIndex((r) => r.id === ctx.pathParams.ruleId);
      if (at === -1) throw notFound("PolicyRule", ctx.pathParams.ruleId!);
      const to = Number(ctx.pathParams.newOrder);
      if (!Number.isInteger(to) || to < 1 || to > rules.length) throw invalidInput(`newOrder must be 1 to ${rules.length}, the rules of this policy set`, ["newOrder"]);
      const [moved] = rules.splice(at, 1);
      rules.splice(to - 1, 0, moved!);
      renumber(ctx.engine, rules);
      return { status: 204 };
    },
    reorderPolicyRules(ctx): TwinResponse {
      const set = policySet(ctx);
      const rules = rulesOf(ctx.engine, set.id);
      const ids = (ctx.body as unknown[]).map(String);
      const byId = new Map(rules.map((r) => [r.id, r]));
      if (ids.length !== rules.length || new Set(ids).size !== ids.length || !ids.every((id) => byId.has(id))) {
        throw invalidInput("The body must list every rule id of the policy set exactly once", ["body"]);
      }
      renumber(ctx.engine, ids.map((id) => byId.get(id)!));
      return { status: 204 };
    },
  },
};
