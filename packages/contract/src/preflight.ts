import { UsageError } from "./cli-options";
import type { Transport } from "./http/transport";
import { signIn, type Credentials } from "./sign-in";
import type { OperationModel, SpecModel } from "./spec-model";

/** Signs in; a refused credential exchange (401/403) becomes one line that says the credentials were refused. */
export async function signInOrExplain(model: SpecModel, transport: Transport, credentials: Credentials): Promise<boolean> {
  try {
    return await signIn(model, transport, credentials);
  } catch (e) {
    const status = /: (\d{3})$/.exec((e as Error).message)?.[1];
    if (status === "401" || status === "403" || status === "400") {
      throw new UsageError(`the target refused the credentials (${status} from the sign-in): check --client-id and ZPA_CLIENT_SECRET (or --client-secret-file) for this target`);
    }
    throw e;
  }
}

/** A list that takes nothing but the tenant id: the cheapest request that proves the token works for the tenant. */
function tenantProbe(candidates: readonly (OperationModel | undefined)[]): OperationModel | undefined {
  return candidates.find((op): op is OperationModel => !!op && op.method === "GET" && op.secured && op.params.every((p) => !p.required || (p.in === "path" && p.name === "customerId")) && op.params.some((p) => p.name === "customerId"));
}

/**
 * Before any check runs: one list request of the tenant. A 401 means the token is refused, a 403
 * (or a 404 that names the customer) that it is not this tenant's; either stops the run with one
 * line instead of reporting every operation as a contract failure.
 */
export async function checkTenant(transport: Transport, customerId: string, candidates: readonly (OperationModel | undefined)[]): Promise<void> {
  const op = tenantProbe(candidates);
  if (!op) return;
  const x = await transport.send(op, { path: { customerId }, query: {} });
  const status = x.response?.status;
  const where = `GET ${op.path.replace("{customerId}", customerId)}`;
  if (status === 401) throw new UsageError(`the target refused the token it issued (401 on ${where}): check the credentials and that they belong to this target`);
  if (status === 403 || (status === 404 && /customer/i.test(x.response?.body ?? ""))) {
    throw new UsageError(`this token does not belong to customer ${customerId} (${status} on ${where}): check --customer-id or ZPA_CUSTOMER_ID`);
  }
}
