import type { ZpaClientCore } from "./client-core";
import { createZpaCore, type ZpaClientOptions } from "./create-zpa-core";
import type { AdministratorRolesNamespace } from "./generated/families/administrator-roles.gen";
import type { PoliciesNamespace } from "./generated/families/policies.gen";
import { attachNamespaces, type ZpaNamespaces } from "./generated/namespaces.gen";
import { policyRules, type PolicyRules, type PolicyType } from "./workflows/policy-rules";

export type { ZpaClientCore, ZpaClientOptions };

/** `client.policies`: the generated helpers plus `rules(policyType)`, the workflow the pages describe. */
export interface PoliciesWithRules extends PoliciesNamespace {
  /** The rules of one policy type, its policy set looked up once (see {@link PolicyRules}). */
  rules(policyType: PolicyType): PolicyRules;
}

/**
 * A ZPA client: raw typed calls, pagination, and one namespace per family of Zscaler's docs
 * (`client.applicationSegments.list()`, `client.segmentGroups.create(…)`, …).
 */
export interface ZpaClient extends ZpaClientCore, Omit<ZpaNamespaces, "policies"> {
  readonly policies: PoliciesWithRules;
  /** The same namespace as `administratorRoles` (its name before every family had one). */
  readonly roles: AdministratorRolesNamespace;
}

/**
 * Creates a typed ZPA client with every family's namespace attached. For a smaller bundle, build on
 * `createZpaCore` from `@zpa-openapi/client/core` and attach only the families you use from
 * `@zpa-openapi/client/families`. Tokens are fetched once and cached until shortly before they
 * expire (and refreshed once on a 401); 429 and 503 honour `retry-after`; idempotent calls are
 * retried on 5xx and network errors, a POST only when the server did not act on it.
 */
export function createZpaClient(options: ZpaClientOptions): ZpaClient {
  const core = createZpaCore(options);
  const namespaces = attachNamespaces(core);
  const policies: PoliciesWithRules = { ...namespaces.policies, rules: policyRules(namespaces.policies) };
  return { ...core, ...namespaces, policies, roles: namespaces.administratorRoles };
}
