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
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new TypeError(`createZpaClient: baseUrl is not an absolute URL: ${JSON.stringify(options.baseUrl)}`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError(`createZpaClient: baseUrl must be http(s), got ${url.protocol}`);
    return options.baseUrl.replace(/\/+$/, "");
  }
  if (options.cloud === undefined) return fallback;
  const base = (ZPA_CLOUDS as Record<string, string>)[String(options.cloud).toUpperCase()];
  if (!base) throw new TypeError(`createZpaClient: unknown cloud ${JSON.stringify(options.cloud)}; expected one of ${Object.keys(ZPA_CLOUDS).join(", ")}`);
  return base;
}
