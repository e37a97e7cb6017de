import { mergeAllOf } from "./arbitraries/schema";
import type { ReferenceFact } from "./dependency-order";
import type { Schema } from "./spec-model";

/** One step of a reference's field path: a property, and whether it holds an array to go through. */
interface Step {
  prop: string;
  each: boolean;
}

/** `serverGroups[].id` → serverGroups (each element) → id; `addedApps[]` → addedApps (each element is the value). */
function stepsOf(field: string): Step[] {
  return field.split(".").map((part) => (part.endsWith("[]") ? { prop: part.slice(0, -2), each: true } : { prop: part, each: false }));
}

/** The property of a record a reference's field starts at (`serverGroups[].id` → `serverGroups`). */
export function referenceRoot(field: string): string {
  return field.split(/[.[]/)[0]!;
}

/** The values a record holds at a reference's field (`serverGroups[].id` → every server group's id), as strings. */
export function referenceValues(record: unknown, field: string): string[] {
  let nodes: unknown[] = [record];
  for (const step of stepsOf(field)) {
    nodes = nodes.flatMap((n) => {
      const v = n && typeof n === "object" && !Array.isArray(n) ? (n as Record<string, unknown>)[step.prop] : undefined;
      return step.each ? (Array.isArray(v) ? v : []) : v === undefined ? [] : [v];
    });
  }
  return nodes.filter((v) => typeof v === "string" || typeof v === "number").map(String);
}

/**
 * Whether a create body cannot leave the reference out: every property on the path is required,
 * every array on it needs an element, and it holds unconditionally (no `when`).
 */
export function isRequiredReference(bodySchema: Schema | undefined, ref: ReferenceFact): boolean {
  if (!bodySchema || ref.when !== undefined) return false;
  let s: Schema | undefined = mergeAllOf(bodySchema);
  for (const step of stepsOf(ref.field)) {
    if (!s?.required?.includes(step.prop)) return false;
    s = s.properties?.[step.prop] && mergeAllOf(s.properties[step.prop]);
    if (step.each) {
      if (!s || !(s.minItems >= 1)) return false;
      s = s.items && mergeAllOf(s.items);
    }
  }
  return !!s;
}

/** Whether a reference's `when` holds for the object that holds the field, or for the request's path and query values. */
function whenHolds(when: ReferenceFact["when"], holder: Record<string, unknown>, context: Record<string, unknown>): boolean {
  if (when === undefined) return true;
  const wanted = typeof when === "string" ? Object.fromEntries(when.split("&").map((kv) => kv.split("=") as [string, string])) : when;
  return Object.entries(wanted).every(([k, v]) => String(holder[k] ?? context[k]) === String(v));
}

const DROP = Symbol("drop");

/**
 * A copy of `body` whose reference fields hold real values: `valueOf(ref)` gives the value for a
 * reference (an id, or the `key` field of the referenced record), or undefined when there is none,
 * in which case the made-up value is taken out (the array element holding it, or the property
 * itself) rather than sent dangling. Fields the body does not have are left out, and so are
 * occurrences whose `when` does not hold. `context` holds the request's path and query values.
 */
export function fillReferences(body: unknown, refs: readonly ReferenceFact[], valueOf: (ref: ReferenceFact) => string | undefined, context: Record<string, unknown> = {}): unknown {
  let out = body;
  for (const ref of refs) {
    const value = valueOf(ref);
    const steps = stepsOf(ref.field);
    const rewrite = (node: unknown, i: number, inElement: boolean): unknown => {
      if (!node || typeof node !== "object" || Array.isArray(node)) return node;
      const obj = node as Record<string, unknown>;
      const step = steps[i]!;
      if (!(step.prop in obj)) return node;
      const last = i === steps.length - 1;
      if (last && !whenHolds(ref.when, obj, context)) return node;
      let next: unknown;
      if (step.each) {
        if (!Array.isArray(obj[step.prop])) return node;
        next = (obj[step.prop] as unknown[]).map((el) => (last ? value ?? DROP : rewrite(el, i + 1, true))).filter((el) => el !== DROP);
      } else {
        next = last ? value ?? DROP : rewrite(obj[step.prop], i + 1, inElement);
      }
      if (next === DROP) {
        // A dangling reference inside an array element takes the element with it (`{id}` alone is no server group).
        if (inElement) return DROP;
        const { [step.prop]: _gone, ...rest } = obj;
        return rest;
      }
      return next === obj[step.prop] ? node : { ...obj, [step.prop]: next };
    };
    const rewritten = rewrite(out, 0, false);
    if (rewritten !== DROP) out = rewritten;
  }
  return out;
}
