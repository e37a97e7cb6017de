import { badOption } from "./errors";

/** Base URLs of the legacy ZPA clouds; tokens come from `POST /signin` on the same host. */
export const ZPA_CLOUDS = {
  PRODUCTION: "https://config.private.zscaler.com",
  ZPATWO: "https://config.zpatwo.net",
  BETA: "https://config.zpabeta.net",
  GOV: "https://config.zpagov.net",
  GOVUS: "https://config.zpagov.us",
  PREVIEW: "https://config.zpapreview.net",
} as const;

/** A documented ZPA cloud name. */
export type ZpaCloud = keyof typeof ZPA_CLOUDS;

/** The OneAPI gateway's ZPA base URL, used with OneAPI credentials when no `baseUrl` is given. */
export const ONEAPI_BASE_URL = "https://api.zsapi.net/zpa";

/** Resolves `baseUrl` (wins when given) or `cloud` to a base URL without a trailing slash. */
export function resolveBaseUrl(options: { baseUrl?: string; cloud?: string }, fallback: string): string {
  if (options.baseUrl !== undefined) {
    if (!/^https?:\/\/[^/]/.test(options.baseUrl) || !URL.canParse(options.baseUrl)) throw badOption("baseUrl", "must be an absolute http(s) URL", JSON.stringify(options.baseUrl));
    return options.baseUrl.replace(/\/+$/, "");
  }
  if (options.cloud === undefined) return fallback;
  const base = (ZPA_CLOUDS as Record<string, string>)[String(options.cloud).toUpperCase()];
  if (!base) throw badOption("cloud", `must be one of ${Object.keys(ZPA_CLOUDS).join(", ")}`, JSON.stringify(options.cloud));
  return base;
}
