import type { ReferenceDef } from "./resources.js";

/** One place in a record that holds a referenced id: `holder[key]`. */
export interface Slot {
  holder: any;
  key: string | number;
  value: unknown;
}

/** Every value at a reference's field in `record` (`serverGroups[].id` → each group's `id`), honouring `when`. */
export function slotsOf(record: unknown, ref: ReferenceDef, pathParams: Record<string, string> = {}): Slot[] {
  if (ref.whenParam && pathParams[ref.whenParam.name] !== ref.whenParam.value) return [];
  let level: Array<{ holder: any; key: string | number }> = [{ holder: { root: record }, key: "root" }];
  for (const seg of ref.path) {
    const next: typeof level = [];
    for (const { holder, key } of level) {
      const v = holder[key];
      if (v === null || typeof v !== "object") continue;
      if (seg === "[]") {
        if (Array.isArray(v)) v.forEach((_x, i) => next.push({ holder: v, key: i }));
      } else if (!Array.isArray(v) && seg in v) next.push({ holder: v, key: seg });
    }
    level = next;
  }
  return level
    .filter(({ holder }) => !ref.whenFields || Object.entries(ref.whenFields).every(([k, want]) => !Array.isArray(holder) && holder[k] === want))
    .map(({ holder, key }) => ({ holder, key, value: holder[key] }))
    .filter((s) => (typeof s.value === "string" && s.value !== "") || typeof s.value === "number");
}

/**
 * Who references whom: for each target (`Resource:id`), the records naming it. Kept up to date on
 * every write, so "is this still in use?" is a lookup, not a scan of the tenant.
 */
export class UsageIndex {
  private readonly usedBy = new Map<string, Set<string>>();
  private readonly uses = new Map<string, string[]>();

  /** Records that `referrer` now names `targets` (replacing what it named before). */
  set(referrer: string, targets: string[]): void {
    this.clear(referrer);
    if (targets.length === 0) return;
    this.uses.set(referrer, targets);
    for (const t of targets) {
      let set = this.usedBy.get(t);
      if (!set) this.usedBy.set(t, (set = new Set()));
      set.add(referrer);
    }
  }

  clear(referrer: string): void {
    for (const t of this.uses.get(referrer) ?? []) {
      const set = this.usedBy.get(t);
      set?.delete(referrer);
      if (set?.size === 0) this.usedBy.delete(t);
    }
    this.uses.delete(referrer);
  }

  /** The records that name `target`, other than `except`. */
  referrers(target: string, except?: string): string[] {
    return [...(this.usedBy.get(target) ?? [])].filter((r) => r !== except);
  }
}
