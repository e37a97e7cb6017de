/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { Body, ListItemOf, PathParam, Query, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base, mgmtconfigV2 } from "../prefixes.gen";

/** A PolicyRule as the server returns it. */
export type PolicyRule = components["schemas"]["PolicyRule"];

/** A PolicySet as the server returns it. */
export type PolicySet = components["schemas"]["PolicySet"];

/** `client.policies`: Policies (13 operations; pages: policy-management, configuring-access-policies-using-api, configuring-appprotection-policies-using-api, configuring-client-forwarding-policies-using-api, configuring-isolation-policies-using-api, configuring-privileged-policies-using-api, configuring-redirection-policies-using-api, configuring-timeout-policies-using-api). */
export interface PoliciesNamespace {
  /** List the client types. `GET …/clientTypes` (getClientTypes) */
  getClientTypes(options?: RequestOptions): Promise<Result<"getClientTypes">>;
  /** List the platform types. `GET …/platform` (getPlatformTypes) */
  getPlatformTypes(options?: RequestOptions): Promise<Result<"getPlatformTypes">>;
  /** Read the policy set of a policy type. `GET …/policySet/policyType/{policyType}` (getPolicySetByType) */
  getByType(policyType: PathParam<"getPolicySetByType", "policyType">, query?: Query<"getPolicySetByType">, options?: RequestOptions): Promise<Result<"getPolicySetByType">>;
  /** List the rules of a policy type: every item, page after page (numbered pages of up to 500). `GET …/policySet/rules/policyType/{policyType}` (listPolicyRulesByType) */
  listByType(policyType: PathParam<"listPolicyRulesByType", "policyType">, query?: Query<"listPolicyRulesByType">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listPolicyRulesByType">>;
  /** List the rules of a policy type: every item, as an array. `GET …/policySet/rules/policyType/{policyType}` (listPolicyRulesByType) */
  listAllByType(policyType: PathParam<"listPolicyRulesByType", "policyType">, query?: Query<"listPolicyRulesByType">, options?: RequestOptions): Promise<ListItemOf<"listPolicyRulesByType">[]>;
  /** Reorder every rule of a policy set. `PUT …/policySet/{policySetId}/reorder` (reorderPolicyRules) */
  reorderPolicyRules(policySetId: PathParam<"reorderPolicyRules", "policySetId">, body: Body<"reorderPolicyRules">, query?: Query<"reorderPolicyRules">, options?: RequestOptions): Promise<Result<"reorderPolicyRules">>;
  /** Update a policy rule without naming it in the path. `PUT …/policySet/{policySetId}/rule` (updatePolicyRuleWithoutId) */
  updateWithoutId(policySetId: PathParam<"updatePolicyRuleWithoutId", "policySetId">, body: Body<"updatePolicyRuleWithoutId">, query?: Query<"updatePolicyRuleWithoutId">, options?: RequestOptions): Promise<Result<"updatePolicyRuleWithoutId">>;
  /** Create a policy rule. `POST …/policySet/{policySetId}/rule` (createPolicyRule) */
  create(policySetId: PathParam<"createPolicyRule", "policySetId">, body: Body<"createPolicyRule">, query?: Query<"createPolicyRule">, options?: RequestOptions): Promise<Result<"createPolicyRule">>;
  /** Read a policy rule. `GET …/policySet/{policySetId}/rule/{ruleId}` (getPolicyRule) */
  get(policySetId: PathParam<"getPolicyRule", "policySetId">, ruleId: PathParam<"getPolicyRule", "ruleId">, query?: Query<"getPolicyRule">, options?: RequestOptions): Promise<Result<"getPolicyRule">>;
  /** Replace a policy rule. `PUT …/policySet/{policySetId}/rule/{ruleId}` (updatePolicyRule) */
  update(policySetId: PathParam<"updatePolicyRule", "policySetId">, ruleId: PathParam<"updatePolicyRule", "ruleId">, body: Body<"updatePolicyRule">, query?: Query<"updatePolicyRule">, options?: RequestOptions): Promise<Result<"updatePolicyRule">>;
  /** Delete a policy rule. `DELETE …/policySet/{policySetId}/rule/{ruleId}` (deletePolicyRule) */
  delete(policySetId: PathParam<"deletePolicyRule", "policySetId">, ruleId: PathParam<"deletePolicyRule", "ruleId">, query?: Query<"deletePolicyRule">, options?: RequestOptions): Promise<Result<"deletePolicyRule">>;
  /** Move one policy rule. `PUT …/policySet/{policySetId}/rule/{ruleId}/reorder/{newOrder}` (reorderPolicyRule) */
  reorder(policySetId: PathParam<"reorderPolicyRule", "policySetId">, ruleId: PathParam<"reorderPolicyRule", "ruleId">, newOrder: PathParam<"reorderPolicyRule", "newOrder">, query?: Query<"reorderPolicyRule">, options?: RequestOptions): Promise<Result<"reorderPolicyRule">>;
  /** Create a policy rule (v2 conditions). `POST …/policySet/{policySetId}/rule` (createPolicyRuleV2) */
  createV2(policySetId: PathParam<"createPolicyRuleV2", "policySetId">, body: Body<"createPolicyRuleV2">, query?: Query<"createPolicyRuleV2">, options?: RequestOptions): Promise<Result<"createPolicyRuleV2">>;
  /** Replace a policy rule (v2 conditions). `PUT …/policySet/{policySetId}/rule/{ruleId}` (updatePolicyRuleV2) */
  updateV2(policySetId: PathParam<"updatePolicyRuleV2", "policySetId">, ruleId: PathParam<"updatePolicyRuleV2", "ruleId">, body: Body<"updatePolicyRuleV2">, query?: Query<"updatePolicyRuleV2">, options?: RequestOptions): Promise<Result<"updatePolicyRuleV2">>;
}

/** Builds the `policies` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const policies = (core: ZpaClientCore): PoliciesNamespace =>
  bindFamily(core, [
    ["getClientTypes", "GET", `${base}/clientTypes`, 0, "getClientTypes", 0],
    ["getPlatformTypes", "GET", `${base}/platform`, 0, "getPlatformTypes", 0],
    ["getByType", "GET", `${base}/policySet/policyType/{policyType}`, 2, "getPolicySetByType", 1],
    ["listByType", "GET", `${base}/policySet/rules/policyType/{policyType}`, 2, "listPolicyRulesByType", 1, "page", "pagesize", 500],
    ["reorderPolicyRules", "PUT", `${base}/policySet/{policySetId}/reorder`, 3, "reorderPolicyRules", 1],
    ["updateWithoutId", "PUT", `${base}/policySet/{policySetId}/rule`, 3, "updatePolicyRuleWithoutId", 1],
    ["create", "POST", `${base}/policySet/{policySetId}/rule`, 3, "createPolicyRule", 1],
    ["get", "GET", `${base}/policySet/{policySetId}/rule/{ruleId}`, 2, "getPolicyRule", 1],
    ["update", "PUT", `${base}/policySet/{policySetId}/rule/{ruleId}`, 3, "updatePolicyRule", 1],
    ["delete", "DELETE", `${base}/policySet/{policySetId}/rule/{ruleId}`, 2, "deletePolicyRule", 1],
    ["reorder", "PUT", `${base}/policySet/{policySetId}/rule/{ruleId}/reorder/{newOrder}`, 2, "reorderPolicyRule", 1],
    ["createV2", "POST", `${mgmtconfigV2}/policySet/{policySetId}/rule`, 3, "createPolicyRuleV2", 1],
    ["updateV2", "PUT", `${mgmtconfigV2}/policySet/{policySetId}/rule/{ruleId}`, 3, "updatePolicyRuleV2", 1],
  ]);
