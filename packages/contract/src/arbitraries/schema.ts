import fc from "fast-check";
import type { Schema } from "../spec-model";
import { charsOf, PRINTABLE_ASCII } from "./chars";
import { objectOf } from "./object";
import { analysePattern, classChars, lookaheadString } from "./pattern";

const LOWER = "abcdefghijklmnopqrstuvwxyz";
/** The email domains generated addresses use (RFC 2606). */
export const EXAMPLE_EMAIL_DOMAINS = ["example.com", "example.net"] as const;
const ALNUM = `${LOWER}0123456789`;

/** Thrown when an arbitrary cannot find a value its validator accepts: the schema asks for more than the generator models. */
export class GenerationError extends Error {}

/**
 * `arb.filter(valid)`, but giving up with a {@link GenerationError} after `limit` rejections in a
 * row. A plain filter retries forever, and generation is synchronous: one schema the generator
 * cannot satisfy used to stall the whole run without a word.
 */
export function validOnly<T>(arb: fc.Arbitrary<T>, valid: (value: T) => boolean, what: string, explain?: (value: T) => string, limit = 300): fc.Arbitrary<T> {
  let misses = 0;
  return arb.filter((value) => {
    if (valid(value)) {
      misses = 0;
      return true;
    }
    if (++misses >= limit) {
      misses = 0;
      throw new GenerationError(`could not generate ${what} in ${limit} tries${explain ? `: ${explain(value)}` : ""}`);
    }
    return false;
  });
}

/** Caps on generated sizes, so a run stays fast while still reaching the bounds. */
const MAX_STRING = 40;
const MAX_ITEMS = 4;

/** `base` with `over`'s keywords on top; nested `properties`, `items` and `required` are combined, not replaced. */
function refine(base: Schema, over: Schema): Schema {
  const out: Schema = { ...base, ...over };
  if (base.properties && over.properties) {
    out.properties = { ...base.properties };
    for (const [k, v] of Object.entries<Schema>(over.properties)) out.properties[k] = base.properties[k] ? refine(base.properties[k], v) : v;
  }
  if (base.items && over.items && typeof base.items === "object" && typeof over.items === "object") out.items = refine(mergeAllOf(base.items), mergeAllOf(over.items));
  if (base.required && over.required) out.required = [...new Set([...base.required, ...over.required])];
  return out;
}

/** Merges `allOf` branches into one object schema (properties, required and conditionals). */
export function mergeAllOf(schema: Schema): Schema {
  if (!schema.allOf) return schema;
  const { allOf, ...rest } = schema;
  // The schema's own keywords refine its `allOf` bases (`frequency: {enum: [days]}` over a base's
  // plain string), so they come last, and a property named in several parts gets every part's keywords.
  const parts = [...allOf.map(mergeAllOf), rest];
  const out: Schema = {};
  const conditionals: Schema[] = [];
  for (const p of parts) {
    for (const [k, v] of Object.entries(p)) {
      if (k === "properties") {
        const props: Record<string, Schema> = { ...(out.properties ?? {}) };
        for (const [name, sub] of Object.entries(v as Record<string, Schema>)) props[name] = props[name] ? refine(props[name], sub) : sub;
        out.properties = props;
      }
      else if (k === "required") out.required = [...new Set([...(out.required ?? []), ...(v as string[])])];
      else if (k === "if" || k === "then" || k === "else") continue;
      else out[k] = v;
    }
    if (p.if) conditionals.push({ if: p.if, then: p.then, else: p.else });
  }
  if (conditionals.length) out["x-conditionals"] = conditionals;
  return out;
}

/** The `if/then` pairs of an object schema (own and from `allOf`). */
export function conditionalsOf(schema: Schema): Schema[] {
  const merged = mergeAllOf(schema);
  const list: Schema[] = [...(merged["x-conditionals"] ?? [])];
  if (merged.if) list.push({ if: merged.if, then: merged.then, else: merged.else });
  return list;
}

/** Whether an object satisfies a simple `if` (required + const/enum properties). */
export function ifMatches(cond: Schema, value: Record<string, unknown>): boolean {
  for (const k of cond.required ?? []) if (!(k in value)) return false;
  for (const [k, s] of Object.entries<Schema>(cond.properties ?? {})) {
    if (!(k in value)) continue;
    if ("const" in s && value[k] !== s.const) return false;
    if (s.enum && !s.enum.includes(value[k])) return false;
  }
  return true;
}

function stringArb(schema: Schema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? Infinity, Math.max(MAX_STRING, minLength));
  const fits = (s: string) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity);
  // A plain filter would retry forever on lengths and a pattern no string meets together.
  const lengths = `${minLength}..${schema.maxLength ?? "∞"} characters`;
  if (schema.format === "email") {
    // Only the domains RFC 2606 reserves for examples: a generated address never reaches a real mailbox.
    const address = fc
      .tuple(charsOf(ALNUM, 1, 1), charsOf(`${ALNUM}._+-`, 0, 14), charsOf(ALNUM, 1, 1), fc.constantFrom(...EXAMPLE_EMAIL_DOMAINS))
      .map(([a, b, c, domain]) => `${a}${b.replace(/\.\.+/g, ".")}${c}@${domain}`);
    return validOnly(address, fits, `an email address of ${lengths}`);
  }
  if (schema.pattern) {
    const shape = analysePattern(schema.pattern);
    if (shape && shape.lookaheads.length) return lookaheadString(shape, Math.max(minLength, shape.min), Math.min(maxLength, Math.max(shape.min, minLength) + 12));
    const re = new RegExp(schema.pattern);
    // fc.stringMatching is general but slow; `^CLASS{m,n}$` (ids, phone numbers) is most of this spec.
    if (shape?.bodyClass && shape.bodyClass !== ".") {
      const max = Math.min(shape.max ?? shape.min + MAX_STRING, Math.max(shape.min, maxLength));
      return validOnly(charsOf(classChars(shape.bodyClass).join(""), shape.min, max), (s) => re.test(s) && fits(s), `a string of ${lengths} matching ${schema.pattern}`);
    }
    return validOnly(fc.stringMatching(re), fits, `a string of ${lengths} matching ${schema.pattern}`);
  }
  if (schema.format === "uuid") return fc.uuid();
  if (schema.format === "ipv4") return fc.ipV4();
  if (schema.format === "ipv6") return fc.ipV6();
  if (schema.format === "uri" || schema.format === "url") return fc.webUrl();
  if (schema.format === "hostname") return fc.domain();
  if (schema.format === "date") return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString().slice(0, 10));
  if (schema.format === "date-time") return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString());
  return charsOf(PRINTABLE_ASCII, minLength, maxLength);
}

function integerBounds(schema: Schema): { min: number; max: number } {
  let min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
  let max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined);
  if (schema.format === "int32") {
    min = Math.max(min ?? -(2 ** 31), -(2 ** 31));
    max = Math.min(max ?? 2 ** 31 - 1, 2 ** 31 - 1);
  }
  return { min: min ?? Number.MIN_SAFE_INTEGER, max: max ?? Number.MAX_SAFE_INTEGER };
}

/** Options for generating valid values. */
export interface ArbitraryOptions {
  /** Leave out properties marked `deprecated`. */
  skipDeprecated?: boolean;
  /** Overrides by property name (ids that must exist on a stateful target). */
  overrides?: Record<string, fc.Arbitrary<unknown>>;
}

/**
 * A fast-check arbitrary of values valid against a (dereferenced) JSON Schema: type, enum, const,
 * pattern (including lookaheads), formats email/int32/int64, bounds, required, allOf/anyOf/oneOf
 * and `if/then`. Callers still filter by the real validator, so unusual keywords cannot leak
 * invalid values.
 */
export function schemaArbitrary(input: Schema, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const schema = mergeAllOf(input);
  if ("const" in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) {
    const { oneOf: _o, anyOf: _a, ...base } = schema;
    return fc.oneof(...branches.map((b: Schema) => schemaArbitrary({ ...base, ...mergeAllOf(b) }, options)));
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type ?? (schema.properties ? "object" : undefined);
  switch (type) {
    case "string":
      return stringArb(schema);
    case "integer":
      return fc.integer(integerBounds(schema));
    case "number":
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(schemaArbitrary(schema.items ?? {}, options), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? MAX_ITEMS, Math.max(MAX_ITEMS, schema.minItems ?? 0)),
      });
    case "object":
      return objectArb(schema, options);
    default:
      return fc.oneof(charsOf(PRINTABLE_ASCII, 0, 10), fc.integer(), fc.boolean());
  }
}

function objectArb(schema: Schema, options: ArbitraryOptions): fc.Arbitrary<Record<string, unknown>> {
  const required: string[] = schema.required ?? [];
  const props: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries<Schema>(schema.properties ?? {})) {
    // A read-only field the schema still requires (the `id` of a referenced object) must be sent.
    if (sub.readOnly && !required.includes(name)) continue;
    if (options.skipDeprecated && sub.deprecated && !required.includes(name)) continue;
    props[name] = options.overrides?.[name] ?? schemaArbitrary(sub, options);
  }
  const base = objectOf(props, required.filter((k) => k in props));
  const conds = conditionalsOf(schema);
  if (!conds.length) return base;
  // For each if/then, values that satisfy `then` on top of the base property schemas.
  const thenArbs = conds.map((c) => {
    const thenProps: Record<string, fc.Arbitrary<unknown>> = {};
    for (const k of c.then?.required ?? []) {
      const merged = { ...(schema.properties?.[k] ?? {}), ...(c.then?.properties?.[k] ?? {}) };
      thenProps[k] = schemaArbitrary(merged, options);
    }
    for (const [k, s] of Object.entries<Schema>(c.then?.properties ?? {})) {
      if (!(k in thenProps)) thenProps[k] = schemaArbitrary({ ...(schema.properties?.[k] ?? {}), ...s }, options);
    }
    return objectOf(thenProps);
  });
  return fc.tuple(base, fc.tuple(...thenArbs)).map(([obj, thens]) => {
    let out = obj;
    conds.forEach((c, i) => {
      if (ifMatches(c.if ?? {}, out)) {
        const t = thens[i] as Record<string, unknown>;
        const fix: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(t)) if ((c.then?.required ?? []).includes(k) || k in out) fix[k] = v;
        out = { ...out, ...fix };
      }
    });
    return out;
  });
}
