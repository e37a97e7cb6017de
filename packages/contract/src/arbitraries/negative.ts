import fc from "fast-check";
import { pointerSegment } from "@zpa-openapi/spec";
import type { OperationModel, ParamModel, Schema } from "../spec-model";
import { charsOf, PRINTABLE_ASCII } from "./chars";
import { analysePattern, classChars, lookaheadString } from "./pattern";
import { type RequestContext, type RequestSpec, coerceQuery, paramValid, validRequest } from "./request";
import { conditionalsOf, mergeAllOf, schemaArbitrary, validOnly } from "./schema";

/** One family of invalid requests: every member breaks the same documented rule. */
export interface NegativeFamily {
  /** e.g. `body.phoneNumber: pattern (9 chars)`. */
  name: string;
  /** The JSON Schema keyword the family breaks. */
  keyword: string;
  /** JSON pointer to the rule in the bundled spec. */
  specLocation: string;
  arbitrary: fc.Arbitrary<RequestSpec>;
}

interface Mutation {
  label: string;
  keyword: string;
  pointer: string;
  /** The invalid value; `REMOVE` deletes the key. */
  value: fc.Arbitrary<unknown>;
}

const REMOVE = Symbol("remove");
const UNSAFE_PATH_CHARS = new Set([".", "/", "\\"]);

function typeOf(schema: Schema): string | undefined {
  const t = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  return t ?? (schema.properties ? "object" : undefined);
}

function wrongTypes(type: string | undefined, inQuery: boolean): unknown[] {
  if (inQuery) {
    if (type === "integer" || type === "number") return ["abc", "1.5x", "one"];
    if (type === "boolean") return ["maybe", "yes-no", "2"];
    return [];
  }
  switch (type) {
    case "string":
      return [12345, true, null, { a: 1 }, ["x"]];
    case "integer":
      return ["12", 1.5, true, null];
    case "number":
      return ["1.5", true, null];
    case "boolean":
      return ["true", 1, null];
    case "object":
      return ["object", [], 1];
    case "array":
      return [{}, "x", 1];
    default:
      return [];
  }
}

/** Invalid values for one schema, one mutation per documented rule. */
function valueMutations(schema0: Schema, pointer: string, where: "path" | "query" | "body" | "form", depth = 0): Mutation[] {
  const schema = mergeAllOf(schema0);
  const out: Mutation[] = [];
  const type = typeOf(schema);
  const inQuery = where !== "body";
  const bad = wrongTypes(type, inQuery);
  if (bad.length && !schema.anyOf && !schema.oneOf) out.push({ label: "type", keyword: "type", pointer: `${pointer}/type`, value: fc.constantFrom(...bad) });
  if (schema.enum) {
    out.push({
      label: "enum (unknown value)",
      keyword: "enum",
      pointer: `${pointer}/enum`,
      value: fc.constantFrom("UNKNOWN_VALUE", "not-an-enum-value", "Yubikey2").filter((v) => !schema.enum.includes(v)),
    });
  }
  if ("const" in schema) out.push({ label: "const", keyword: "const", pointer: `${pointer}/const`, value: fc.constant(`${String(schema.const)}-not`) });
  if (type === "string") {
    const safe = (s: string) => (where === "path" ? s.length > 0 && ![...s].some((c) => UNSAFE_PATH_CHARS.has(c)) : true);
    if (schema.format === "email") {
      out.push({
        label: "format email (not an email)",
        keyword: "format",
        pointer: `${pointer}/format`,
        value: fc.constantFrom("plainaddress", "no-domain@", "@no-local.example.com", "two@@example.com", "spaces in@example.com", "a@b@c.example"),
      });
    }
    const shape = schema.pattern ? analysePattern(schema.pattern) : undefined;
    if (schema.pattern) {
      const re = new RegExp(schema.pattern);
      const ptr = `${pointer}/pattern`;
      if (shape?.lookaheads.length) {
        for (const cls of shape.lookaheads) {
          out.push({ label: `pattern (no ${cls})`, keyword: "pattern", pointer: ptr, value: lookaheadString(shape, Math.max(schema.minLength ?? 0, shape.min, 8), 16, cls).filter((s) => !re.test(s)) });
        }
      } else if (shape?.bodyClass) {
        const inClass = classChars(shape.bodyClass).filter((c) => !UNSAFE_PATH_CHARS.has(c));
        const outClass = classChars(shape.bodyClass, true).filter((c) => !UNSAFE_PATH_CHARS.has(c) && c !== " ");
        const ofLength = (n: number) => charsOf(inClass.join(""), n, n);
        if (shape.min > 1 || (shape.min === 1 && (where === "body" || where === "form"))) {
          out.push({ label: `pattern (${shape.min - 1} chars)`, keyword: "pattern", pointer: ptr, value: ofLength(shape.min - 1).filter((s) => !re.test(s) && safe(s)) });
        }
        if (shape.max !== undefined && shape.max < 1000) {
          out.push({ label: `pattern (${shape.max + 1} chars)`, keyword: "pattern", pointer: ptr, value: ofLength(shape.max + 1).filter((s) => !re.test(s)) });
        }
        if (outClass.length) {
          out.push({
            label: `pattern (character outside ${shape.bodyClass})`,
            keyword: "pattern",
            pointer: ptr,
            value: fc
              .tuple(schemaArbitrary({ type: "string", pattern: schema.pattern }) as fc.Arbitrary<string>, fc.constantFrom(...outClass), fc.nat())
              .map(([v, c, i]) => (v.length ? v.slice(0, i % v.length) + c + v.slice((i % v.length) + 1) : c))
              .filter((s) => !re.test(s) && safe(s)),
          });
        }
      } else {
        out.push({ label: "pattern (mismatch)", keyword: "pattern", pointer: ptr, value: charsOf(PRINTABLE_ASCII, 1, 20).filter((s) => !re.test(s) && safe(s)) });
      }
    }
    if (schema.minLength && (where === "body" || where === "form" || schema.minLength > 1)) {
      const n = schema.minLength - 1;
      const value = shape?.lookaheads.length && n >= shape.lookaheads.length ? lookaheadString(shape, n, n) : fc.constant("x".repeat(n));
      out.push({ label: `minLength (${n} chars)`, keyword: "minLength", pointer: `${pointer}/minLength`, value });
    }
    if (schema.maxLength !== undefined && schema.maxLength < 10_000) {
      const n = schema.maxLength + 1;
      let value: fc.Arbitrary<unknown> = fc.constant("x".repeat(n));
      if (schema.format === "email") value = fc.constant(`${"a".repeat(n - 12)}@example.com`);
      else if (shape?.lookaheads.length) value = lookaheadString(shape, n, n);
      else if (shape?.bodyClass) value = fc.constant(classChars(shape.bodyClass)[0].repeat(n));
      out.push({ label: `maxLength (${n} chars)`, keyword: "maxLength", pointer: `${pointer}/maxLength`, value });
    }
  }
  if (type === "integer" || type === "number") {
    if (schema.minimum !== undefined) out.push({ label: `minimum (${schema.minimum - 1})`, keyword: "minimum", pointer: `${pointer}/minimum`, value: fc.constant(schema.minimum - 1) });
    if (schema.maximum !== undefined) out.push({ label: `maximum (${schema.maximum + 1})`, keyword: "maximum", pointer: `${pointer}/maximum`, value: fc.constant(schema.maximum + 1) });
    if (schema.format === "int32" && schema.maximum === undefined) out.push({ label: "format int32 (2^31)", keyword: "format", pointer: `${pointer}/format`, value: fc.constant(2 ** 31) });
  }
  if ((schema.anyOf || schema.oneOf) && type === undefined) {
    const branchTypes = new Set((schema.anyOf ?? schema.oneOf).map((b: Schema) => typeOf(mergeAllOf(b))));
    if (branchTypes.size === 1 && branchTypes.has("string")) {
      out.push({ label: "anyOf (matches no branch)", keyword: "anyOf", pointer: `${pointer}/anyOf`, value: fc.constantFrom("not-an-email", "x y z") });
      if (where === "body") out.push({ label: "type", keyword: "type", pointer: `${pointer}/anyOf`, value: fc.constantFrom(12345, true, null) });
    }
  }
  if (type === "array" && schema.items && depth < 2) {
    for (const m of valueMutations(schema.items, `${pointer}/items`, where, depth + 1)) {
      out.push({ ...m, label: `[0]: ${m.label}`, value: m.value.map((v) => [v]) });
    }
  }
  return out;
}

/** Invalid variants of an object body: each property's rules, required, unknown fields, if/then. */
function bodyMutations(op: OperationModel): { label: string; keyword: string; pointer: string; apply: fc.Arbitrary<(b: any) => unknown> }[] {
  const body = op.body!;
  const schema = mergeAllOf(body.schema);
  const ptr = body.pointer;
  const out: { label: string; keyword: string; pointer: string; apply: fc.Arbitrary<(b: any) => unknown> }[] = [];
  if (body.required) out.push({ label: "body: required (no body)", keyword: "required", pointer: `${op.pointer}/requestBody/required`, apply: fc.constant(() => REMOVE) });
  if (typeOf(schema) !== "object") return out;
  if (body.mediaType === "application/json") {
    out.push({ label: "body: type (not an object)", keyword: "type", pointer: `${ptr}/type`, apply: fc.constantFrom(() => [], () => "text", () => 42) });
  }
  for (const name of schema.required ?? []) {
    out.push({
      label: `body.${name}: required (missing)`,
      keyword: "required",
      pointer: `${ptr}/required`,
      apply: fc.constant((b: any) => {
        const { [name]: _drop, ...rest } = b;
        return rest;
      }),
    });
  }
  if (schema.additionalProperties === false) {
    out.push({ label: "body: additionalProperties (unknown field)", keyword: "additionalProperties", pointer: `${ptr}/additionalProperties`, apply: fc.constant((b: any) => ({ ...b, zzUnknownField: "x" })) });
  }
  if (schema.minProperties) out.push({ label: `body: minProperties (empty object)`, keyword: "minProperties", pointer: `${ptr}/minProperties`, apply: fc.constant(() => ({})) });
  for (const cond of conditionalsOf(schema)) {
    const ifProps = Object.entries<Schema>(cond.if?.properties ?? {}).filter(([, s]) => "const" in s);
    const setIf = Object.fromEntries(ifProps.map(([k, s]) => [k, s.const]));
    const ifLabel = ifProps.map(([k, s]) => `${k}=${JSON.stringify(s.const)}`).join(", ");
    for (const k of cond.then?.required ?? []) {
      out.push({
        label: `body: if ${ifLabel} then ${k} required (missing)`,
        keyword: "if/then",
        pointer: `${ptr}/then/required`,
        apply: fc.constant((b: any) => {
          const { [k]: _drop, ...rest } = b;
          return { ...rest, ...setIf };
        }),
      });
    }
    for (const [k, s] of Object.entries<Schema>(cond.then?.properties ?? {})) {
      const baseEnum: unknown[] | undefined = schema.properties?.[k]?.enum;
      const excluded = baseEnum?.filter((v) => s.enum && !s.enum.includes(v)) ?? [];
      if (excluded.length) {
        out.push({
          label: `body: if ${ifLabel} then ${k} in ${JSON.stringify(s.enum)} (got ${excluded.map((v) => JSON.stringify(v)).join("/")})`,
          keyword: "if/then",
          pointer: `${ptr}/then/properties/${pointerSegment(k)}`,
          apply: fc.constantFrom(...excluded).map((v) => (b: any) => ({ ...b, ...setIf, [k]: v })),
        });
      }
    }
  }
  for (const [name, sub] of Object.entries<Schema>(schema.properties ?? {})) {
    if (sub.readOnly) continue;
    // A form-encoded body carries only strings: JSON type mutations do not exist there.
    const where = body.mediaType === "application/json" ? "body" : "form";
    for (const m of valueMutations(sub, `${ptr}/properties/${pointerSegment(name)}`, where)) {
      out.push({ label: `body.${name}: ${m.label}`, keyword: m.keyword, pointer: m.pointer, apply: m.value.map((v) => (b: any) => ({ ...b, [name]: v })) });
    }
  }
  return out;
}

/**
 * The families of invalid requests for an operation, derived from the schema keywords of its
 * parameters and body: each family starts from a valid request and breaks exactly one rule, and
 * every generated member is checked to really be invalid.
 */
export function negativeFamilies(ctx: RequestContext, op: OperationModel): NegativeFamily[] {
  const base = validRequest(ctx, op);
  const families: NegativeFamily[] = [];
  const addParam = (p: ParamModel) => {
    if (p.in !== "path" && p.in !== "query") return;
    for (const m of valueMutations(p.schema, p.pointer, p.in)) {
      families.push({
        name: `${p.in}.${p.name}: ${m.label}`,
        keyword: m.keyword,
        specLocation: m.pointer,
        arbitrary: validOnly(
          fc.tuple(base, m.value).map(([req, v]) => {
            const bag = { ...(p.in === "path" ? req.path : req.query) } as Record<string, unknown>;
            bag[p.name] = p.in === "path" ? String(v) : v;
            return p.in === "path" ? { ...req, path: bag as Record<string, string> } : { ...req, query: bag };
          }),
          (req) => !paramValid(ctx, p, coerceQuery(p.schema, (p.in === "path" ? req.path : req.query)[p.name])),
          `an invalid ${p.in}.${p.name} (${m.label})`,
        ),
      });
    }
  };
  op.params.forEach(addParam);
  if (op.body) {
    for (const m of bodyMutations(op)) {
      families.push({
        name: m.label,
        keyword: m.keyword,
        specLocation: m.pointer,
        arbitrary: validOnly(
          fc.tuple(base, m.apply).map(([req, f]) => {
            const b = f(req.body);
            return b === REMOVE ? { ...req, body: undefined, omitBody: true } : { ...req, body: b };
          }),
          (req) => req.omitBody === true || !(ctx.compile(op.body!.pointer)(req.body) as boolean),
          `a body breaking ${m.label}`,
        ),
      });
    }
  }
  return families;
}

export { schemaArbitrary };
