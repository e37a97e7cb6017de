import type { PoliciesNamespace, PolicyRule } from "../generated/families/policies.gen";
import type { Body, PathParam, Query } from "../operation-types";
import type { RequestOptions } from "../request-options";

/** A policy type (`ACCESS_POLICY`, `TIMEOUT_POLICY`, `CLIENT_FORWARDING_POLICY`, …). */
export type PolicyType = PathParam<"getPolicySetByType", "policyType">;

/**
 * `client.policies.rules(policyType)`: the rules of one policy type. Zscaler's pages describe every
 * rule change as two steps: look the policy set up by type, then act on `policySet/{id}/rule…`. These
 * helpers do the first step once (the id is cached) and take the rule ids only.
 */
export interface PolicyRules {
  /** The id of this type's policy set (read once, then remembered). */
  policySetId(options?: RequestOptions): Promise<string>;
  /** Every rule of this policy type, in order, page after page. */
  list(query?: Query<"listPolicyRulesByType">, options?: RequestOptions): AsyncIterableIterator<PolicyRule>;
  /** Every rule of this policy type, as an array. */
  listAll(query?: Query<"listPolicyRulesByType">, options?: RequestOptions): Promise<PolicyRule[]>;
  /** Reads one rule. */
  get(ruleId: string, query?: Query<"getPolicyRule">, options?: RequestOptions): Promise<PolicyRule>;
  /** Creates a rule in this type's policy set; returns it. */
  create(rule: Body<"createPolicyRule">, query?: Query<"createPolicyRule">, options?: RequestOptions): Promise<PolicyRule>;
  /** Replaces a rule. */
  update(ruleId: string, rule: Body<"updatePolicyRule">, query?: Query<"updatePolicyRule">, options?: RequestOptions): Promise<void>;
  /** Deletes a rule. */
  delete(ruleId: string, query?: Query<"deletePolicyRule">, options?: RequestOptions): Promise<void>;
  /**
   * Reorders rules. With an array of every rule id of the set, first rule first, sets the whole order
   * at once (the bulk reorder); with one rule id and its new 1-based order, moves that rule alone.
   */
  reorder(ruleIds: readonly string[], query?: Query<"reorderPolicyRules">, options?: RequestOptions): Promise<void>;
  reorder(ruleId: string, newOrder: number | string, query?: Query<"reorderPolicyRule">, options?: RequestOptions): Promise<void>;
}

/** Builds `rules(policyType)` over the generated `policies` namespace. */
export function policyRules(policies: PoliciesNamespace): (policyType: PolicyType) => PolicyRules {
  return (policyType) => {
    let id: Promise<string> | undefined;
    const policySetId = (options?: RequestOptions) => {
      // A failed look-up is not remembered: the next call tries again.
      id ??= policies.getByType(policyType, undefined, options).then(
        (set) => {
          if (!set?.id) throw new TypeError(`policies.rules(${JSON.stringify(policyType)}): the policy set the server returned has no id`);
          return set.id;
        },
        (error) => {
          id = undefined;
          throw error;
        },
      );
      return id;
    };
    return {
      policySetId,
      list: (query, options) => policies.listByType(policyType, query, options) as AsyncIterableIterator<PolicyRule>,
      listAll: (query, options) => policies.listAllByType(policyType, query, options) as Promise<PolicyRule[]>,
      get: async (ruleId, query, options) => policies.get(await policySetId(options), ruleId, query, options),
      create: async (rule, query, options) => policies.create(await policySetId(options), rule, query, options),
      update: async (ruleId, rule, query, options) => policies.update(await policySetId(options), ruleId, rule, query, options),
      delete: async (ruleId, query, options) => policies.delete(await policySetId(options), ruleId, query, options),
      reorder: async (rules: string | readonly string[], ...rest: any[]) => {
        if (Array.isArray(rules)) {
          const [query, options] = rest;
          return policies.reorderPolicyRules(await policySetId(options), [...rules], query, options);
        }
        const [newOrder, query, options] = rest;
        if (!/^[1-9]\d*$/.test(String(newOrder))) throw new TypeError(`reorderPolicyRule: newOrder must be a positive whole number, not ${JSON.stringify(newOrder)}`);
        return policies.reorder(await policySetId(options), rules as string, Number(newOrder), query, options);
      },
    } as PolicyRules;
  };
}
