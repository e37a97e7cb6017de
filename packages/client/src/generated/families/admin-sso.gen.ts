/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { Body, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import { base } from "../prefixes.gen";

/** `client.adminSso`: Admin single sign-on (2 operations; pages: admin-single-sign-management, managing-admin-single-sign-login-configurations-using-api). */
export interface AdminSsoNamespace {
  /** Get the admin SSO login setting. `GET …/v2/ssoLoginOptions` (getSsoLoginOptions) */
  getSsoLoginOptions(options?: RequestOptions): Promise<Result<"getSsoLoginOptions">>;
  /** Set the admin SSO login setting. `POST …/v2/ssoLoginOptions` (updateSsoLoginOptions) */
  updateSsoLoginOptions(body: Body<"updateSsoLoginOptions">, options?: RequestOptions): Promise<Result<"updateSsoLoginOptions">>;
}

/** Builds the `adminSso` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const adminSso = (core: ZpaClientCore): AdminSsoNamespace =>
  bindFamily(core, [
    ["getSsoLoginOptions", "GET", `${base}/v2/ssoLoginOptions`, 0, "getSsoLoginOptions", 0],
    ["updateSsoLoginOptions", "POST", `${base}/v2/ssoLoginOptions`, 1, "updateSsoLoginOptions", 0],
  ]);
