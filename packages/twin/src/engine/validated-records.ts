import type { SpecValidator } from "@zpa-openapi/spec";

/** Where a page's records sit in its schema: the array property (none for a bare array) and the records' own schema. */
interface PageSplit {
  prop?: string;
  itemPointer: string;
}

type Raw = Record<string, any>;

/** Keywords an array property may carry for its page to be checked record by record: nothing that looks at the array as a whole. */
const PLAIN_ARRAY = new Set(["type", "items", "description"]);

/**
 * Checks answers against the spec while remembering the records already found valid. The engine
 * hands out the same object for a record until it or a record it names changes (records are
 * replaced whole, never edited), so a record read again is not checked again, and a page read
 * again checks its envelope and only the records it has not seen: the same verdict as checking
 * the whole answer each time. Only pages whose array is plain (its items one `$ref`, no bounds on
 * the array) are split; a single record is remembered against the schema its answer's `$ref`s lead to.
 */
export class ValidatedRecords {
  private readonly splits = new Map<string, PageSplit | null>();
  private readonly valid = new Map<string, WeakSet<object>>();

  constructor(private readonly validator: SpecValidator) {}

  /** What is wrong with `body` against the schema at `pointer` (as `path message` lines; none when it is valid). */
  check(pointer: string, body: unknown): string[] {
    if (!body || typeof body !== "object") return this.validator.validate(pointer, body).map((e) => `${e.path || "/"} ${e.message}`);
    const prop = Array.isArray(body) ? undefined : ["list", "items"].find((k) => Array.isArray((body as Raw)[k]));
    const split = prop !== undefined || Array.isArray(body) ? this.splitOf(pointer, prop) : null;
    if (!split) return this.checkRecord(this.targetOf(pointer), body, "");
    const items = (prop === undefined ? body : (body as Raw)[prop]) as unknown[];
    const problems = prop === undefined ? [] : this.validator.validate(pointer, { ...(body as Raw), [prop]: [] }).map((e) => `${e.path || "/"} ${e.message}`);
    const at = prop === undefined ? "" : `/${prop}`;
    items.forEach((item, i) => problems.push(...this.checkRecord(split.itemPointer, item, `${at}/${i}`)));
    return problems;
  }

  /** What is wrong with one value against the schema at `pointer`; a valid object is remembered. */
  private checkRecord(pointer: string, value: unknown, at: string): string[] {
    const remembered = value !== null && typeof value === "object";
    let seen = this.valid.get(pointer);
    if (!seen) this.valid.set(pointer, (seen = new WeakSet()));
    if (remembered && seen.has(value)) return [];
    const errors = this.validator.validate(pointer, value);
    if (errors.length === 0) {
      if (remembered) seen.add(value);
      return [];
    }
    return errors.map((e) => `${at}${e.path || (at ? "" : "/")} ${e.message}`);
  }

  private readonly targets = new Map<string, string>();

  /** Where a chain of bare `$ref`s from `pointer` ends: the same verdicts, one name for the schema. */
  private targetOf(pointer: string): string {
    let target = this.targets.get(pointer);
    if (target === undefined) {
      target = pointer;
      for (let s = this.schemaAt(pointer), i = 0; s && typeof s.$ref === "string" && s.$ref.startsWith("#/") && Object.keys(s).every((k) => k === "$ref" || k === "description") && i < 10; i++) {
        target = s.$ref.slice(1);
        s = this.schemaAt(target);
      }
      this.targets.set(pointer, target);
    }
    return target;
  }

  private splitOf(pointer: string, prop: string | undefined): PageSplit | null {
    const key = `${pointer} ${prop ?? ""}`;
    let split = this.splits.get(key);
    if (split === undefined) {
      split = this.findSplit(this.schemaAt(pointer), prop);
      this.splits.set(key, split);
    }
    return split;
  }

  private schemaAt(pointer: string): Raw | undefined {
    const s = this.validator.compile(pointer).schema;
    return s && typeof s === "object" ? (s as Raw) : undefined;
  }

  /** The records' schema of a page schema: every constraint on the array property, through `$ref` and `allOf`, is a plain array of one `$ref`. */
  private findSplit(schema: Raw | undefined, prop: string | undefined): PageSplit | null {
    let itemPointer: string | undefined;
    let ok = true;
    const visit = (s: Raw | undefined, depth: number): void => {
      if (!ok || !s || depth > 10) return;
      if (s.oneOf || s.anyOf || s.not || s.if) {
        ok = false;
        return;
      }
      if (typeof s.$ref === "string") visit(this.schemaAt(s.$ref.replace(/^#/, "")), depth + 1);
      for (const m of s.allOf ?? []) visit(m, depth + 1);
      const arr = prop === undefined ? (s.type === "array" || s.items ? s : undefined) : s.properties?.[prop];
      if (!arr) return;
      if (!Object.keys(arr).every((k) => PLAIN_ARRAY.has(k))) {
        ok = false;
        return;
      }
      const items = arr.items as Raw | undefined;
      if (!items || Object.keys(items).length === 0) return;
      const keys = Object.keys(items).filter((k) => k !== "description");
      if (keys.length !== 1 || typeof items.$ref !== "string" || (itemPointer !== undefined && itemPointer !== items.$ref)) {
        ok = false;
        return;
      }
      itemPointer = items.$ref;
    };
    visit(schema, 0);
    return ok && itemPointer ? { prop, itemPointer: itemPointer.replace(/^#/, "") } : null;
  }
}
