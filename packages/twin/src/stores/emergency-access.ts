import { randomBytes } from "node:crypto";
import { compileSearch } from "../search.js";

/** An emergency access user as the API returns it. */
export interface EmergencyAccessUser {
  userId: string;
  emailId: string;
  firstName: string;
  lastName: string;
  userStatus: "Active" | "Staged" | "Provisioned" | "Deprovisioned" | "Suspended";
  activatedOn?: string;
  lastLoginTime?: string;
  allowedActivate: boolean;
  allowedDeactivate: boolean;
  updateEnabled: boolean;
}

interface UserRecord {
  seq: number;
  microtenantId: string;
  user: EmergencyAccessUser;
}

/** One page of users plus the position after its last item, if more follow. */
export interface UserPage {
  items: EmergencyAccessUser[];
  nextAfter?: number;
}

/** What happened to a state change. */
export type Transition = "ok" | "not-found" | "not-allowed";

const SEARCHABLE = ["emailId", "firstName", "lastName", "userId", "userStatus"] as const;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A new identity-provider style id such as `00u2gg2qairRJf71G756`. */
export function newIdpUserId(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(17);
  let id = "00u";
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return id;
}

const epoch = (ms: number) => String(Math.floor(ms / 1000));

/**
 * Emergency access users, kept in creation order so the cursor (`pageId`) is stable while users
 * are added: a cursor is the sequence number of the last user a page held.
 */
export class EmergencyAccessStore {
  private readonly ordered: UserRecord[] = [];
  private readonly byId = new Map<string, UserRecord>();
  private seq = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get size(): number {
    return this.ordered.length;
  }

  create(input: { emailId: string; firstName: string; lastName: string }, opts: { activateNow: boolean; microtenantId: string; userId?: string }): EmergencyAccessUser {
    let userId = opts.userId ?? newIdpUserId();
    while (this.byId.has(userId)) userId = newIdpUserId();
    const user: EmergencyAccessUser = opts.activateNow
      ? { userId, emailId: input.emailId, firstName: input.firstName, lastName: input.lastName, userStatus: "Active", activatedOn: epoch(this.now()), allowedActivate: false, allowedDeactivate: true, updateEnabled: true }
      : { userId, emailId: input.emailId, firstName: input.firstName, lastName: input.lastName, userStatus: "Staged", allowedActivate: true, allowedDeactivate: false, updateEnabled: true };
    const record = { seq: ++this.seq, microtenantId: opts.microtenantId, user };
    this.ordered.push(record);
    this.byId.set(userId, record);
    return { ...user };
  }

  /** Reads a user; `microtenantId` undefined sees every microtenant. */
  get(userId: string, microtenantId?: string): EmergencyAccessUser | undefined {
    const r = this.visible(userId, microtenantId);
    return r ? { ...r.user } : undefined;
  }

  /** Replaces the names in one step, so concurrent updates never mix. */
  rename(userId: string, microtenantId: string | undefined, names: { firstName?: string; lastName?: string }): Transition {
    const r = this.visible(userId, microtenantId);
    if (!r) return "not-found";
    if (!r.user.updateEnabled) return "not-allowed";
    r.user = { ...r.user, ...(names.firstName !== undefined && { firstName: names.firstName }), ...(names.lastName !== undefined && { lastName: names.lastName }) };
    return "ok";
  }

  activate(userId: string, microtenantId?: string): Transition {
    const r = this.visible(userId, microtenantId);
    if (!r) return "not-found";
    if (!r.user.allowedActivate) return "not-allowed";
    r.user = { ...r.user, userStatus: "Active", activatedOn: epoch(this.now()), allowedActivate: false, allowedDeactivate: true };
    return "ok";
  }

  deactivate(userId: string, microtenantId?: string): Transition {
    const r = this.visible(userId, microtenantId);
    if (!r) return "not-found";
    if (!r.user.allowedDeactivate) return "not-allowed";
    r.user = { ...r.user, userStatus: "Deprovisioned", allowedActivate: true, allowedDeactivate: false };
    return "ok";
  }

  /** The users after position `after` (0 = from the start), at most `pageSize`. */
  page(opts: { after: number; pageSize: number; search?: string; microtenantId?: string }): UserPage {
    const match = compileSearch(opts.search, SEARCHABLE);
    let i = this.firstIndexAfter(opts.after);
    const items: EmergencyAccessUser[] = [];
    let lastSeq = opts.after;
    for (; i < this.ordered.length; i++) {
      const r = this.ordered[i]!;
      if (opts.microtenantId !== undefined && r.microtenantId !== opts.microtenantId) continue;
      if (match && !match(r.user as unknown as Record<string, unknown>)) continue;
      if (items.length === opts.pageSize) return { items, nextAfter: lastSeq };
      items.push({ ...r.user });
      lastSeq = r.seq;
    }
    return { items };
  }

  /** Whether a position came from this store (a cursor past the end is still valid: it yields an empty page). */
  isPosition(seq: number): boolean {
    return Number.isSafeInteger(seq) && seq >= 0 && seq <= this.seq;
  }

  /** A fingerprint of every record, to prove that a request changed nothing. */
  fingerprint(): string {
    return JSON.stringify(this.ordered.map((r) => [r.seq, r.microtenantId, r.user]));
  }

  private visible(userId: string, microtenantId?: string): UserRecord | undefined {
    const r = this.byId.get(userId);
    if (!r || (microtenantId !== undefined && r.microtenantId !== microtenantId)) return undefined;
    return r;
  }

  private firstIndexAfter(seq: number): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ordered[mid]!.seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Encodes a position as the opaque `nextPage` cursor. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`eau:${seq}`).toString("base64url");
}

/** Decodes a `pageId`; undefined when it is not a cursor this twin issued. */
export function decodeCursor(pageId: string): number | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(pageId)) return undefined;
  const m = /^eau:(\d{1,15})$/.exec(Buffer.from(pageId, "base64url").toString("utf8"));
  return m ? Number(m[1]) : undefined;
}
