import { ZpaAuthError, type ZpaApiError } from "./errors";
import { ABSOLUTE_URL, Flag, FUNCTION, isNonEmpty, isObject, NON_EMPTY, type Rule, type Table } from "./option-checks";
import type { Redactor } from "./redact";

/** A token as a {@link TokenProvider} may return it; `expiresIn` is in seconds (string or number). */
export interface ZpaToken {
  accessToken: string;
  expiresIn?: number | string;
}

/** Returns a bearer token; called again (once for all waiting calls) when the token expires or a call gets 401. */
export type TokenProvider = () => string | ZpaToken | Promise<string | ZpaToken>;

/** API key for the legacy clouds: exchanged at `POST {baseUrl}/signin` (form-encoded). */
export interface SignInCredentials {
  clientId: string;
  clientSecret: string;
}

/** API client for OneAPI: client-credentials grant at the tenant's token URL. */
export interface OneApiCredentials {
  clientId: string;
  clientSecret: string;
  /** Full token URL, e.g. `https://acme.zslogin.net/oauth2/v1/token`. */
  tokenUrl?: string;
  /**
   * Shorthand for `tokenUrl`: the tenant's vanity domain (a DNS label), put into the token URL of the
   * client's `cloud` — `acme` → `https://acme.zslogin.net/oauth2/v1/token` on PRODUCTION,
   * `https://acme.zsloginbeta.net/oauth2/v1/token` on BETA.
   */
  vanityDomain?: string;
  /** Sent as `audience` (default `https://api.zscaler.com`); `null` leaves it out, as some tenants require. */
  audience?: string | null;
}

/** Bring your own token. */
export interface TokenProviderCredentials {
  tokenProvider: TokenProvider;
}

/** How the client authenticates. */
export type ZpaCredentials = SignInCredentials | OneApiCredentials | TokenProviderCredentials;

/** Hands out a cached bearer token, fetching it once however many calls wait for it. */
export interface TokenSource {
  get(): string | Promise<string>;
  /** Drops `token` if it is still the cached one (so many 401s on one token cause one refresh). */
  invalidate(token: string): void;
}

/** What a token endpoint answers when it accepts the credentials. */
interface TokenAnswer {
  access_token?: string;
  expires_in?: number | string;
}

/**
 * Sends a form-encoded token request without a bearer token (to `/signin`, or for OneAPI a
 * client-credentials grant to the token URL); resolves to the parsed body of a success, and rejects
 * with the {@link ZpaApiError} of a failure.
 */
export type TokenExchange = (url: string, form: Record<string, string>, operation: string) => Promise<unknown>;

const KEY_CREDENTIALS: Table = {
  clientId: NON_EMPTY,
  clientSecret: NON_EMPTY,
  tokenUrl: ABSOLUTE_URL,
  // One DNS label: what goes in front of the cloud's ZIdentity host.
  vanityDomain: ["a DNS label such as acme", (v) => typeof v === "string" && /^(?!-)[a-z\d-]{1,63}(?<!-)$/i.test(v)],
  audience: ["a string or null", (v) => v === null || typeof v === "string"],
};

/** What the `credentials` option accepts; the tables check every field, never quoting a secret. */
export const CREDENTIALS: Rule = [
  "{clientId, clientSecret, tokenUrl? | vanityDomain?} or {tokenProvider}",
  isObject,
  (c) => ("tokenProvider" in c ? { tokenProvider: [...FUNCTION, , Flag.REQUIRED | Flag.SECRET] } : KEY_CREDENTIALS),
  Flag.REQUIRED,
];

/**
 * Creates the token cache over the credentials; `exchange` sends the token requests, to
 * `{baseUrl}/signin` or OneAPI's `tokenUrl` (resolved from the credentials and the cloud).
 */
export function createTokenSource(credentials: ZpaCredentials, exchange: TokenExchange, redactor: Redactor, baseUrl: string, tokenUrl?: string): TokenSource {
  let cached: string | undefined;
  let refreshAt = 0;
  let pending: Promise<string> | undefined;
  // Only OneAPI credentials come with a token URL (see resolveEndpoints).
  const operation = "tokenProvider" in credentials ? "tokenProvider" : tokenUrl ? "oneApiToken" : "signIn";

  const fetchToken = async (): Promise<ZpaToken | undefined> => {
    if ("tokenProvider" in credentials) {
      let token: string | ZpaToken;
      try {
        token = await credentials.tokenProvider();
      } catch (error) {
        // Its error may quote what it used to get the token; only a redacted summary ("Name: message")
        // goes on, no cause.
        throw new ZpaAuthError(`tokenProvider failed: ${redactor.redact(String(error))}`, { operation });
      }
      return typeof token === "string" ? { accessToken: token } : token;
    }
    const form: Record<string, string> = { client_id: credentials.clientId, client_secret: credentials.clientSecret };
    if (tokenUrl) {
      form.grant_type = "client_credentials";
      const { audience = "https://api.zscaler.com" } = credentials as OneApiCredentials;
      if (audience !== null) form.audience = audience;
    }
    const { access_token, expires_in } = ((await exchange(tokenUrl ?? `${baseUrl}/signin`, form, operation)) ?? {}) as TokenAnswer;
    return { accessToken: access_token!, expiresIn: expires_in };
  };

  return {
    get() {
      if (cached && Date.now() < refreshAt) return cached;
      return (pending ??= (async () => {
        try {
          const { accessToken, expiresIn } = (await fetchToken()) ?? {};
          if (!isNonEmpty(accessToken)) throw new ZpaAuthError("the answer holds no access token", { operation });
          redactor.addToken(accessToken);
          // expires_in is a string on /signin and a number on OneAPI; unknown lifetimes last until a 401.
          const lifetime = Number(expiresIn) * 1000;
          refreshAt = lifetime > 0 ? Date.now() + lifetime - Math.min(60_000, lifetime / 10) : Infinity;
          return (cached = accessToken!);
        } finally {
          pending = undefined;
        }
      })());
    },
    invalidate(token) {
      if (cached === token) cached = undefined;
    },
  };
}
