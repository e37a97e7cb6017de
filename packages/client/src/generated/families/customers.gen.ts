/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import { base } from "../prefixes.gen";

/** `client.customers`: Customers (1 operations; pages: customers, obtaining-customer-details-using-api). */
export interface CustomersNamespace {
  /** List the authentication domains. `GET …/authDomains` (listAuthDomains) */
  listAuthDomains(options?: RequestOptions): Promise<Result<"listAuthDomains">>;
}

/** Builds the `customers` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const customers = (core: ZpaClientCore): CustomersNamespace =>
  bindFamily(core, [
    ["listAuthDomains", "GET", `${base}/authDomains`, 0, "listAuthDomains", 0],
  ]);
