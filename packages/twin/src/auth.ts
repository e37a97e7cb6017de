import { randomBytes, timingSafeEqual } from "node:crypto";

/** Client credentials of an API key the twin accepts. */
export interface Credentials {
  clientId: string;
  clientSecret: string;
}

/** Outcome of checking an `Authorization` header. */
export type TokenCheck = { ok: true; clientId: string } | { ok: false; reason: string };

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Live tokens kept at most; past it the oldest is ended, so sign-ins cannot grow memory without bound. */
export const MAX_LIVE_TOKENS = 1_000;

/** Issues and checks bearer tokens for one API key, as `/signin` and the OneAPI token URL do. */
export class TokenIssuer {
  // A Map iterates in insertion order: the first entry is always the oldest token.
  private readonly tokens = new Map<string, { clientId: string; expiresAt: number }>();

  constructor(
    private readonly credentials: Credentials,
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
    private readonly maxLive: number = MAX_LIVE_TOKENS,
  ) {}

  /** How many tokens are held (live or not yet pruned). */
  get size(): number {
    return this.tokens.size;
  }

  get ttl(): number {
    return this.ttlSeconds;
  }

  /** Returns a new token when the id and secret are the twin's, undefined otherwise. */
  issue(clientId: string, clientSecret: string): string | undefined {
    if (!sameSecret(clientId, this.credentials.clientId) || !sameSecret(clientSecret, this.credentials.clientSecret)) {
      return undefined;
    }
    const token = randomBytes(32).toString("base64url");
    this.prune();
    while (this.tokens.size >= this.maxLive) this.tokens.delete(this.tokens.keys().next().value!);
    this.tokens.set(token, { clientId, expiresAt: this.now() + this.ttlSeconds * 1000 });
    return token;
  }

  /** Checks an `Authorization: Bearer …` header. */
  check(header: string | undefined): TokenCheck {
    if (!header) return { ok: false, reason: "Authentication is required" };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return { ok: false, reason: "The Authorization header is not a bearer token" };
    const entry = this.tokens.get(match[1]!);
    if (!entry) return { ok: false, reason: "The token is not valid" };
    if (entry.expiresAt <= this.now()) {
      this.tokens.delete(match[1]!);
      return { ok: false, reason: "The token has expired" };
    }
    return { ok: true, clientId: entry.clientId };
  }

  /** Ends a token (`/signout`). */
  revoke(header: string | undefined): void {
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (match) this.tokens.delete(match[1]!);
  }

  /** Drops expired tokens from the oldest end; every token lives equally long, so it stops at the first live one. */
  private prune(): void {
    const now = this.now();
    for (const [token, entry] of this.tokens) {
      if (entry.expiresAt > now) break;
      this.tokens.delete(token);
    }
  }
}
