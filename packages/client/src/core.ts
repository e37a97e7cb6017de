// The `@zpa-openapi/client/core` entry: everything but the resource namespaces, so a bundle that
// attaches a few families ships only those (see `@zpa-openapi/client/families`).
export type { components, operations, paths } from "./generated/schema.gen";
export { createZpaCore, type ZpaClientOptions } from "./create-zpa-core";
export type { OperationInfo, ZpaClientCore } from "./client-core";
export type { OneApiCredentials, SignInCredentials, TokenProvider, TokenProviderCredentials, ZpaCredentials, ZpaToken } from "./auth";
export { ONEAPI_BASE_URL, ONEAPI_CLOUDS, ZPA_CLOUDS, type ZpaCloud } from "./clouds";
export { ZpaApiError, ZpaAuthError, ZpaError, ZpaInvalidResponseError, ZpaNetworkError, ZpaTimeoutError, type ZpaErrorBody, type ZpaErrorContext } from "./errors";
export { collectAll, paginate, type PaginateOptions, type Pageable } from "./paginate";
export { createRateLimiter, type RateLimiter, type RateLimitOptions } from "./rate-limiter";
export { DEFAULT_RETRY, parseRetryAfter, type RetryOptions } from "./retry";
export type { RequestOptions } from "./request-options";
export type { FetchLike } from "./transport";
export type { ListItem, ListParams, ListPath, ZpaPaths } from "./zpa-paths";
export type { Body, ListItemOf, OperationId, PathParam, Query, Result } from "./operation-types";
