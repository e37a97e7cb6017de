/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { Body, PathParam, Query, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base } from "../prefixes.gen";

/** A CustomerDomain as the server returns it. */
export type CustomerDomain = components["schemas"]["CustomerDomain"];

/** `client.customerDomains`: Customer domains (2 operations; pages: customer-domain-management, managing-customer-domains-using-api). */
export interface CustomerDomainsNamespace {
  /** List customer domains. `GET …/v2/associationtype/{type}/domains` (listCustomerDomains) */
  list(type: PathParam<"listCustomerDomains", "type">, query?: Query<"listCustomerDomains">, options?: RequestOptions): Promise<Result<"listCustomerDomains">>;
  /** Add or update customer domains. `POST …/v2/associationtype/{type}/domains` (upsertCustomerDomains) */
  upsert(type: PathParam<"upsertCustomerDomains", "type">, body: Body<"upsertCustomerDomains">, query?: Query<"upsertCustomerDomains">, options?: RequestOptions): Promise<Result<"upsertCustomerDomains">>;
}

/** Builds the `customerDomains` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const customerDomains = (core: ZpaClientCore): CustomerDomainsNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/v2/associationtype/{type}/domains`, 2, "listCustomerDomains", 1],
    ["upsert", "POST", `${base}/v2/associationtype/{type}/domains`, 3, "upsertCustomerDomains", 1],
  ]);
