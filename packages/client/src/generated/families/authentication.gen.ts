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

/** `client.authentication`: Authentication (2 operations; pages: getting-started-zpa-api). */
export interface AuthenticationNamespace {
  /** Obtain an access token. `POST /signin` (signIn) */
  signIn(body: Body<"signIn">, options?: RequestOptions): Promise<Result<"signIn">>;
  /** End an access token's session. `POST /signout` (signOut) */
  signOut(options?: RequestOptions): Promise<Result<"signOut">>;
}

/** Builds the `authentication` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const authentication = (core: ZpaClientCore): AuthenticationNamespace =>
  bindFamily(core, [
    ["signIn", "POST", "/signin", 5, "signIn", 0],
    ["signOut", "POST", "/signout", 0, "signOut", 0],
  ]);
