import { apiErrorFrom, badOption, ZpaError } from "./errors";
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
  /** Shorthand for `tokenUrl`: `acme` → `https://acme.zslogin.net/oauth2/v1/token`. */
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
 * Sends the token request without a bearer token: `POST /signin` (an operation of the spec) or,
 * for OneAPI, a client-credentials grant to `tokenUrl`. Resolves to the response and its body.
 */
export interface TokenExchange {
  signIn(form: { client_id: string; client_secret: string }): Promise<[Response, unknown]>;
  oneApi(tokenUrl: string, form: Record<string, string>): Promise<[Response, unknown]>;
}

const nonEmpty = (value: unknown) => typeof value === "string" && value.length > 0;

/** Checks credentials, naming the field at fault (never echoing a secret). */
export function checkCredentials(c: ZpaCredentials | undefined): void {
  if (!c || typeof c !== "object") throw badOption("credentials", "are required ({clientId, clientSecret}, OneAPI {clientId, clientSecret, tokenUrl}, or {tokenProvider})");
  if ("tokenProvider" in c) {
    if (typeof c.tokenProvider !== "function") throw badOption("credentials.tokenProvider", "must be a function");
  } else for (const key of ["clientId", "clientSecret"] as const) if (!nonEmpty(c[key])) throw badOption(`credentials.${key}`, "must be a non-empty string");
}

/** Whether credentials use OneAPI (and so the OneAPI base URL by default). */
export const isOneApi = (c: ZpaCredentials): c is OneApiCredentials => "tokenUrl" in c || "vanityDomain" in c;

/** Creates the token cache over the credentials; `exchange` sends the token requests. */
export function createTokenSource(credentials: ZpaCredentials, exchange: TokenExchange, redactor: Redactor): TokenSource {
  let cached: string | undefined;
  let refreshAt = 0;
  let pending: Promise<string> | undefined;
  let operation = "tokenProvider";

  const fetchToken = async (): Promise<ZpaToken | undefined> => {
    if ("tokenProvider" in credentials) {
      const token = await credentials.tokenProvider();
      return typeof token === "string" ? { accessToken: token } : token;
    }
    const form = { client_id: credentials.clientId, client_secret: credentials.clientSecret };
    let answer: [Response, unknown];
    if (isOneApi(credentials)) {
      operation = "oneApiToken";
      const grant: Record<string, string> = { grant_type: "client_credentials", ...form };
      const audience = credentials.audience === undefined ? "https://api.zscaler.com" : credentials.audience;
      if (audience !== null) grant.audience = audience;
      answer = await exchange.oneApi(credentials.tokenUrl ?? `https://${credentials.vanityDomain}.zslogin.net/oauth2/v1/token`, grant);
    } else {
      operation = "signIn";
      answer = await exchange.signIn(form);
    }
    const [response, body] = answer;
    if (!response.ok) throw apiErrorFrom(response, body, { operation }, redactor);
    const { access_token, expires_in } = (body ?? {}) as TokenAnswer;
    return { accessToken: access_token!, expiresIn: expires_in };
  };

  return {
    get() {
      if (cached && Date.now() < refreshAt) return cached;
      pending ??= (async () => {
        try {
          const { accessToken, expiresIn } = (await fetchToken()) ?? {};
          if (!nonEmpty(accessToken)) throw new ZpaError("the answer holds no access token", { operation });
          redactor.add(accessToken);
          // expires_in is a string on /signin and a number on OneAPI; unknown lifetimes last until a 401.
          const lifetime = Number(expiresIn) * 1000;
          refreshAt = lifetime > 0 ? Date.now() + lifetime - Math.min(60_000, lifetime / 10) : Infinity;
          return (cached = accessToken!);
        } finally {
          pending = undefined;
        }
      })();
      return pending;
    },
    invalidate(token) {
      if (cached === token) cached = undefined;
    },
  };
}
