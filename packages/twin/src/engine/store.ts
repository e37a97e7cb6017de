/** One stored record: its data plus where it lives. */
export interface StoredRecord {
  /** Creation order, the position a cursor names. */
  seq: number;
  id: string;
  /** The Microtenant it lives in (`0` = Default). */
  microtenantId: string;
  /** Path parameters it lives under besides the tenant (`policySetId`, `associationType`). */
  partition: Record<string, string>;
  /** The record as the API returns it; replaced whole on every change, never edited in place. */
  data: Record<string, unknown>;
}

/** Where a lookup may see: a Microtenant (undefined = all) and the path parameters of the request. */
export interface Scope {
  microtenantId?: string;
  partition?: Record<string, string>;
}

function visibleIn(r: StoredRecord, scope: Scope): boolean {
  if (scope.microtenantId !== undefined && r.microtenantId !== scope.microtenantId) return false;
  for (const [k, v] of Object.entries(scope.partition ?? {})) if (k in r.partition && r.partition[k] !== v) return false;
  return true;
}

/**
 * The records of one resource, in creation order. Every change swaps a whole record in one
 * synchronous step, so concurrent writes resolve as "last write wins" and a reader never sees a
 * record half-changed.
 */
export class ResourceStore {
  private readonly ordered: StoredRecord[] = [];
  private readonly byId = new Map<string, StoredRecord>();
  private readonly tombstones = new Map<string, StoredRecord>();
  private readonly previous = new Map<string, StoredRecord>();

  /** Bumped by every insert, replace and remove: a reader that saw this number has seen every record as it is. */
  version = 0;

  constructor(private readonly nextSeq: () => number) {}

  get size(): number {
    return this.byId.size;
  }

  insert(id: string, microtenantId: string, partition: Record<string, string>, data: Record<string, unknown>): StoredRecord {
    const r: StoredRecord = { seq: this.nextSeq(), id, microtenantId, partition, data };
    this.ordered.push(r);
    this.byId.set(id, r);
    this.version++;
    return r;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  find(id: string, scope: Scope = {}): StoredRecord | undefined {
    const r = this.byId.get(id);
    return r && visibleIn(r, scope) ? r : undefined;
  }

  /** Replaces a record's data (and optionally its Microtenant) in one step. */
  replace(r: StoredRecord, data: Record<string, unknown>, microtenantId = r.microtenantId): StoredRecord {
    const next = { ...r, data, microtenantId };
    this.previous.set(r.id, r);
    this.byId.set(r.id, next);
    this.ordered[this.indexOf(r.seq)] = next;
    this.version++;
    return next;
  }

  remove(r: StoredRecord): void {
    this.byId.delete(r.id);
    this.ordered.splice(this.indexOf(r.seq), 1);
    this.tombstones.set(r.id, r);
    this.version++;
  }

  /** The version a record had before its last change, for faults that serve stale reads. */
  previousVersion(id: string): StoredRecord | undefined {
    return this.previous.get(id);
  }

  /** A deleted record as it was, for faults that pretend a delete did not happen. */
  tombstone(id: string): StoredRecord | undefined {
    return this.tombstones.get(id);
  }

  /** Records visible in `scope`, in creation order, from after position `afterSeq`. */
  *scan(scope: Scope = {}, afterSeq = 0): Generator<StoredRecord> {
    for (let i = this.firstIndexAfter(afterSeq); i < this.ordered.length; i++) {
      const r = this.ordered[i]!;
      if (visibleIn(r, scope)) yield r;
    }
  }

  fingerprint(): string {
    return JSON.stringify([this.ordered.map((r) => [r.seq, r.id, r.microtenantId, r.partition, r.data]), [...this.tombstones.keys()]]);
  }

  private indexOf(seq: number): number {
    const i = this.firstIndexAfter(seq - 1);
    if (this.ordered[i]?.seq !== seq) throw new Error(`record ${seq} is not stored`);
    return i;
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
