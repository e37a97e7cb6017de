import type { OneApiCredentials, ZpaCredentials } from "./auth";
import { badOption, type Rule } from "./option-checks";

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

// A literal (HOSTS' first row), not a read of ONEAPI_CLOUDS: a bundler keeps a property read that
// nothing uses, since it cannot tell it has no side effects.
/** The OneAPI gateway's ZPA base URL on PRODUCTION, used with OneAPI credentials when neither `cloud` nor `baseUrl` is given. */
export const ONEAPI_BASE_URL = "https://api.zsapi.net/zpa";

/** Where the client sends its calls and, with OneAPI credentials, its token requests. */
export interface ZpaEndpoints {
  baseUrl: string;
  /** The OneAPI token URL (OneAPI credentials only). */
  tokenUrl?: string;
}

/**
 * Whether a URL's hostname is this machine: 127.0.0.0/8, ::1 or localhost. Only for a hostname as
 * `URL` canonicalises it (lower case, IPv4 as four decimal parts, IPv6 bracketed and compressed), so
 * `127.1` arrives as 127.0.0.1 and `[0:0:0:0:0:0:0:1]` as [::1], while 127.0.0.1.nip.io stays a name.
 */
export const isLoopback = (hostname: string): boolean => /^(127(\.\d+){3}|\[::1\]|localhost\.?)$/.test(hostname);

/**
 * What the `cloud` option accepts: a documented cloud name, in any case. (`in` is safe here: an
 * upper-cased name never matches an inherited key such as `constructor`.)
 */
export const CLOUD: Rule = [`one of ${Object.keys(ZPA_CLOUDS).join(", ")}`, (v) => typeof v === "string" && v.toUpperCase() in ZPA_CLOUDS];

/**
 * Plain http carries the credentials and the token in the clear, so an http URL option (already
 * checked to be an absolute http(s) URL) is refused unless its host is loopback or
 * `allowInsecureHttp` is set. The refusal names the host only, never user info in the URL.
 */
function checkHttps(name: string, value: string, allowInsecureHttp?: boolean): string {
  const url = new URL(value);
  if (url.protocol === "http:" && !allowInsecureHttp && !isLoopback(url.hostname)) {
    throw badOption(name, "https:// (http:// only to loopback or with allowInsecureHttp)", `http://${url.host}`);
  }
  return value;
}

/**
 * Resolves the base URL and the OneAPI token URL from options already checked (refusing `tokenUrl`
 * and `vanityDomain` together, and plain http outside loopback). `baseUrl` and
 * `credentials.tokenUrl` win when given; otherwise both follow `cloud` (default PRODUCTION): the
 * legacy host with sign-in credentials or a token provider, the cloud's OneAPI gateway and ZIdentity
 * host with OneAPI ones.
 */
export function resolveEndpoints(options: { baseUrl?: string; cloud?: string; allowInsecureHttp?: boolean }, credentials: ZpaCredentials): ZpaEndpoints {
  const { cloud = "PRODUCTION", baseUrl: own, allowInsecureHttp } = options;
  const name = cloud.toUpperCase() as ZpaCloud;
  // OneAPI credentials are those with a token URL or a vanity domain (the checks refuse empty ones).
  const { tokenUrl, vanityDomain } = credentials as OneApiCredentials;
  const oneApi = tokenUrl || vanityDomain ? ONEAPI_CLOUDS[name] : undefined;
  const baseUrl = own ? checkHttps("baseUrl", own, allowInsecureHttp).replace(/\/+$/, "") : (oneApi?.baseUrl ?? ZPA_CLOUDS[name]);
  if (!oneApi) return { baseUrl };
  // The one credential check the tables cannot make.
  if (tokenUrl && vanityDomain) throw new TypeError("createZpaClient: credentials take tokenUrl or vanityDomain, not both");
  return { baseUrl, tokenUrl: tokenUrl ? checkHttps("credentials.tokenUrl", tokenUrl, allowInsecureHttp) : oneApi.tokenUrl.replace("{vanity}", vanityDomain!) };
}
