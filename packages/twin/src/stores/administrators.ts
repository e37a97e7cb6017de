import { compileSearch } from "../search.js";

/** An administrator as the API returns it (never with a password). */
export interface Administrator {
  id: string;
  customerId: string;
  microtenantId: string;
  microtenantName?: string;
  modifiedBy: string;
  modifiedTime: string;
  creationTime: string;
  username: string;
  displayName?: string;
  email?: string;
  phoneNumber: string;
  timezone?: string;
  languageCode?: string;
  comments?: string;
  role: { id: string; name: string };
  roleId: string;
  groupIds?: string[];
  isDeleted: "0";
  eula: string;
  isEnabled: boolean;
  forcePwdChange: boolean;
  twoFactorAuthEnabled: boolean;
  twoFactorAuthType?: string;
  localLoginDisabled: boolean;
  pinSession: boolean;
  isLocked: boolean;
  oneIdentityUser: boolean;
}

/** The writable fields, already validated against `AdministratorCreate`/`AdministratorUpdate`. */
export interface AdministratorWrite {
  username: string;
  phoneNumber: string;
  roleId: string;
  /** Moves the administrator to this microtenant when given. */
  microtenantId?: string;
  microtenantName?: string;
  displayName?: string;
  email?: string;
  timezone?: string;
  languageCode?: string;
  comments?: string;
  eula?: string;
  groupIds?: string[];
  isEnabled?: boolean;
  forcePwdChange?: boolean;
  twoFactorAuthEnabled?: boolean;
  twoFactorAuthType?: string;
  localLoginDisabled?: boolean;
  pinSession?: boolean;
  isLocked?: boolean;
}

const SEARCHABLE = ["username", "displayName", "email", "id", "phoneNumber"] as const;
const OPTIONAL = ["microtenantName", "displayName", "email", "timezone", "languageCode", "comments", "twoFactorAuthType"] as const;
const epoch = (ms: number) => String(Math.floor(ms / 1000));

/**
 * Administrators by id. Every change replaces the whole record in one synchronous step, so
 * concurrent updates resolve as "last write wins" and a reader never sees a mixed record.
 */
export class AdministratorStore {
  private readonly byId = new Map<string, Administrator>();
  private readonly deleted = new Map<string, Administrator>();
  private next: bigint;

  constructor(
    private readonly customerId: string,
    private readonly actorId: string,
    private readonly now: () => number = Date.now,
    firstId = 145256180497780000n,
  ) {
    this.next = firstId;
  }

  get size(): number {
    return this.byId.size;
  }

  create(write: AdministratorWrite, microtenantId: string, roleName: string): Administrator {
    const id = String(this.next++);
    const t = epoch(this.now());
    const admin = this.build(write, { id, microtenantId, creationTime: t, modifiedTime: t }, roleName);
    this.byId.set(id, admin);
    return structuredClone(admin);
  }

  get(id: string, microtenantId?: string): Administrator | undefined {
    const a = this.visible(id, microtenantId);
    return a ? structuredClone(a) : undefined;
  }

  /** A deleted administrator as it was, for faults that pretend deletion did not happen. */
  tombstone(id: string): Administrator | undefined {
    const a = this.deleted.get(id);
    return a ? structuredClone(a) : undefined;
  }

  replace(id: string, microtenantId: string | undefined, write: AdministratorWrite, roleName: string): boolean {
    const current = this.visible(id, microtenantId);
    if (!current) return false;
    this.byId.set(id, this.build(write, { id, microtenantId: current.microtenantId, creationTime: current.creationTime, modifiedTime: epoch(this.now()) }, roleName));
    return true;
  }

  delete(id: string, microtenantId?: string): boolean {
    const current = this.visible(id, microtenantId);
    if (!current) return false;
    this.byId.delete(id);
    this.deleted.set(id, current);
    return true;
  }

  /** Page `page` (from 1) of `pagesize`, with the total of matching records. */
  page(opts: { page: number; pagesize: number; search?: string; microtenantId?: string }): { list: Administrator[]; totalCount: number } {
    const match = compileSearch(opts.search, SEARCHABLE);
    const skip = (opts.page - 1) * opts.pagesize;
    const list: Administrator[] = [];
    let totalCount = 0;
    for (const a of this.byId.values()) {
      if (opts.microtenantId !== undefined && a.microtenantId !== opts.microtenantId) continue;
      if (match && !match(a as unknown as Record<string, unknown>)) continue;
      if (totalCount >= skip && list.length < opts.pagesize) list.push(structuredClone(a));
      totalCount++;
    }
    return { list, totalCount };
  }

  /** How many administrators hold each role. */
  countByRole(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const a of this.byId.values()) counts.set(a.roleId, (counts.get(a.roleId) ?? 0) + 1);
    return counts;
  }

  fingerprint(): string {
    return JSON.stringify([...this.byId.entries(), ...this.deleted.keys()]);
  }

  private visible(id: string, microtenantId?: string): Administrator | undefined {
    const a = this.byId.get(id);
    if (!a || (microtenantId !== undefined && a.microtenantId !== microtenantId)) return undefined;
    return a;
  }

  private build(w: AdministratorWrite, fixed: { id: string; microtenantId: string; creationTime: string; modifiedTime: string }, roleName: string): Administrator {
    const admin: Administrator = {
      id: fixed.id,
      customerId: this.customerId,
      microtenantId: w.microtenantId ?? fixed.microtenantId,
      modifiedBy: this.actorId,
      modifiedTime: fixed.modifiedTime,
      creationTime: fixed.creationTime,
      username: w.username,
      phoneNumber: w.phoneNumber,
      role: { id: w.roleId, name: roleName },
      roleId: w.roleId,
      isDeleted: "0",
      eula: w.eula ?? "0",
      isEnabled: w.isEnabled ?? true,
      forcePwdChange: w.forcePwdChange ?? true,
      twoFactorAuthEnabled: w.twoFactorAuthEnabled ?? true,
      localLoginDisabled: w.localLoginDisabled ?? false,
      pinSession: w.pinSession ?? false,
      isLocked: w.isLocked ?? false,
      oneIdentityUser: false,
    };
    for (const key of OPTIONAL) if (w[key] !== undefined) admin[key] = w[key];
    if (w.groupIds !== undefined) admin.groupIds = [...w.groupIds];
    return admin;
  }
}
