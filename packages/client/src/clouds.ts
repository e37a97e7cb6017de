import { isIP } from "node:net";
import { isOneApi, type ZpaCredentials } from "./auth";
import { badOption } from "./errors";

/** A documented ZPA cloud name. */
export type ZpaCloud = "PRODUCTION" | "ZPATWO" | "BETA" | "GOV" | "GOVUS" | "PREVIEW";

// [cloud, legacy host, OneAPI gateway host, ZIdentity host]
const HOSTS = [
  ["PRODUCTION", "config.private.zscaler.com", "api.zsapi.net", "zslogin.net"],
  ["ZPATWO", "config.zpatwo.net", "api.zpatwo.zsapi.net", "zsloginzpatwo.net"],
  ["BETA", "config.zpabeta.net", "api.beta.zsapi.net", "zsloginbeta.net"],
  ["GOV", "config.zpagov.net", "api.zscalergov.net", "zidentitygov.net"],
  ["GOVUS", "config.zpagov.us", "api.zscalergov.us", "zidentitygov.us"],
  ["PREVIEW", "config.zpapreview.net", "api.preview.zsapi.net", "zsloginpreview.net"],
];

/** Base URLs of the legacy ZPA clouds; tokens come from `POST /signin` on the same host. */
export const ZPA_CLOUDS = Object.fromEntries(HOSTS.map(([cloud, legacy]) => [cloud, `https://${legacy}`])) as Readonly<Record<ZpaCloud, string>>;

/**
 * OneAPI per cloud, as the spec's `x-oneapi` gives it: the gateway's ZPA base URL and the token URL,
 * `{vanity}` standing for the tenant's vanity domain. Clouds the spec does not list follow its
 * templates (`api.{cloud}.zsapi.net`, `{vanity}.zslogin{cloud}.net`).
 */
export const ONEAPI_CLOUDS = Object.fromEntries(
  HOSTS.map(([cloud, , api, identity]) => [cloud, { baseUrl: `https://${api}/zpa`, tokenUrl: `https://{vanity}.${identity}/oauth2/v1/token` }]),
) as Readonly<Record<ZpaCloud, { readonly baseUrl: string; readonly tokenUrl: string }>>;

/** The OneAPI gateway's ZPA base URL on PRODUCTION, used with OneAPI credentials when neither `cloud` nor `baseUrl` is given. */
export const ONEAPI_BASE_URL = ONEAPI_CLOUDS.PRODUCTION.baseUrl;

/** Where the client sends its calls and, with OneAPI credentials, its token requests. */
export interface ZpaEndpoints {
  baseUrl: string;
  /** The OneAPI token URL (OneAPI credentials only). */
  tokenUrl?: string;
}

/** Whether a URL's hostname (as `URL` canonicalises it) is this machine: 127.0.0.0/8, ::1 or localhost. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "").toLowerCase();
  if (host === "localhost") return true;
  const version = isIP(host);
  return version === 4 ? host.split(".")[0] === "127" : version === 6 && host === "::1";
}

/**
 * Checks an absolute http(s) URL option. Plain http carries the credentials and the token in the
 * clear, so it is refused unless the host is loopback or `allowInsecureHttp` is set.
 */
export function checkUrl(name: string, value: unknown, allowInsecureHttp?: boolean): string {
  if (typeof value !== "string" || !/^https?:\/\/[^/]/i.test(value) || !URL.canParse(value)) throw badOption(name, "must be an absolute http(s) URL", JSON.stringify(value));
  const url = new URL(value);
  if (url.protocol === "http:" && !allowInsecureHttp && !isLoopback(url.hostname)) {
    throw badOption(name, "must be https:// unless its host is loopback (127.0.0.0/8, ::1, localhost) or allowInsecureHttp is true", `http://${url.host}`);
  }
  return value;
}

/**
 * Resolves the base URL and the OneAPI token URL. `baseUrl` and `credentials.tokenUrl` win when
 * given; otherwise both follow `cloud` (default PRODUCTION): the legacy host with sign-in
 * credentials or a token provider, the cloud's OneAPI gateway and ZIdentity host with OneAPI ones.
 */
export function resolveEndpoints(options: { baseUrl?: string; cloud?: string; allowInsecureHttp?: boolean }, credentials: ZpaCredentials): ZpaEndpoints {
  const { cloud = "PRODUCTION", allowInsecureHttp } = options;
  const name = String(cloud).toUpperCase() as ZpaCloud;
  if (!(typeof cloud === "string" && Object.hasOwn(ZPA_CLOUDS, name))) throw badOption("cloud", `must be one of ${Object.keys(ZPA_CLOUDS).join(", ")}`, JSON.stringify(cloud));
  const oneApi = isOneApi(credentials) ? ONEAPI_CLOUDS[name] : undefined;
  const baseUrl = options.baseUrl !== undefined ? checkUrl("baseUrl", options.baseUrl, allowInsecureHttp).replace(/\/+$/, "") : (oneApi?.baseUrl ?? ZPA_CLOUDS[name]);
  if (!oneApi) return { baseUrl };
  const { tokenUrl, vanityDomain } = credentials as { tokenUrl?: string; vanityDomain?: string };
  return { baseUrl, tokenUrl: tokenUrl !== undefined ? checkUrl("credentials.tokenUrl", tokenUrl, allowInsecureHttp) : oneApi.tokenUrl.replace("{vanity}", vanityDomain!) };
}
