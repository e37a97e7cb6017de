import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import bundled from "../dist/zpa-openapi.json";
import integerFormats from "../scripts/integer-formats.cjs";

/** A parsed OpenAPI 3.1 document, kept loose: callers walk it by key or JSON pointer. */
export interface OpenApiDocument {
  openapi: string;
  info: Record<string, any>;
  paths: Record<string, Record<string, any>>;
  components: Record<string, Record<string, any>>;
  [key: string]: unknown;
}

/** The bundled ZPA OpenAPI document this package was built from. */
export const openapi: OpenApiDocument = bundled as unknown as OpenApiDocument;

const DOC_ID = "zpa-openapi.json";

/** One failed rule: where in the value it failed and what the schema wanted. */
export interface SchemaViolation {
  /** JSON pointer into the validated value, "" for the value itself. */
  path: string;
  /** The schema keyword that failed (pattern, required, type, ...). */
  keyword: string;
  message: string;
  /** The offending property, for `required` and `additionalProperties` failures. */
  property?: string;
}

/** Validates values against schemas of one OpenAPI document with a JSON Schema 2020-12 validator. */
export interface SpecValidator {
  /** Validates `value` against the schema at a JSON pointer into the document (e.g. `/components/schemas/Administrator`). */
  validate(pointer: string, value: unknown): SchemaViolation[];
  /** The compiled validator for a JSON pointer, for hot loops. */
  compile(pointer: string): ValidateFunction;
}

/** Escapes one JSON pointer segment (`/` and `~`). */
export function pointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * The value at a JSON pointer into `doc` (`/components/schemas/X`, or a local `$ref` such as
 * `#/components/schemas/X`); `undefined` when nothing is there.
 */
export function resolvePointer(doc: unknown, pointer: string): any {
  const fragment = pointer.startsWith("#");
  const body = fragment ? pointer.slice(1) : pointer;
  if (body === "") return doc;
  let node: any = doc;
  for (const raw of body.slice(1).split("/")) {
    if (node === null || typeof node !== "object") return undefined;
    // A `$ref` is a URI fragment: its segments may be percent-encoded as well.
    const segment = fragment ? decodeURIComponent(raw) : raw;
    node = node[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

function toViolations(errors: ErrorObject[] | null | undefined): SchemaViolation[] {
  return (errors ?? []).map((e) => {
    const property =
      (e.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ??
      (e.params as { additionalProperty?: string }).additionalProperty;
    return { path: e.instancePath, keyword: e.keyword, message: e.message ?? e.keyword, ...(property ? { property } : {}) };
  });
}

/** How a validator compiles its schemas. */
export interface SpecValidatorOptions {
  /**
   * Compile for validating each schema a few times rather than in a hot loop: every component is
   * compiled once and called by reference instead of inlined, and the generated code is not
   * optimized. Compiling is then about a third cheaper, validating a little slower; the verdicts
   * and violations are the same. For one-shot checks (doc-check) over many schemas.
   */
  oneShot?: boolean;
}

interface BuiltValidators {
  fingerprint: string;
  pointers: Record<string, { name: string; target: string }>;
  [name: string]: unknown;
}

const BUILT_VALIDATORS = "../dist/validators.cjs";
let loaded: ((pointer: string) => ValidateFunction | undefined) | null | undefined;

/**
 * The validators compiled for the bundled document at build time (scripts/build-validators.cjs),
 * by pointer; `null` when the file is missing (a build that has not run it) or was compiled from
 * another document than the bundled one (its sources re-assembled since, or the bundled object
 * changed before the first validator was made), so callers compile instead.
 */
function precompiled(): ((pointer: string) => ValidateFunction | undefined) | null {
  if (loaded !== undefined) return loaded;
  let file: BuiltValidators;
  try {
    // `__filename` is this module in dist/ (tsup shims it in the ES module build) or in src/ (tests).
    file = createRequire(__filename)(BUILT_VALIDATORS);
  } catch (error) {
    // Missing itself, not a module it needs.
    if ((error as Error).message.startsWith(`Cannot find module '${BUILT_VALIDATORS}'`)) return (loaded = null);
    throw new Error(`The validators compiled at build time (dist/validators.cjs) cannot be loaded: ${(error as Error).message}`);
  }
  if (file.fingerprint !== createHash("sha256").update(JSON.stringify(openapi)).digest("hex")) return (loaded = null);
  loaded = (pointer) => {
    const at = file.pointers[pointer];
    const fn = at && (file[at.name] as ValidateFunction);
    // Ajv's own validators carry their schema; the twin reads it.
    if (fn && fn.schema === undefined) (fn as { schema: unknown }).schema = resolvePointer(openapi, at.target);
    return fn;
  };
  return loaded;
}

/**
 * Builds a validator over an OpenAPI document. `$ref`s inside the document resolve against it,
 * and `format`s (email, int32, ...) are checked. The bundled document's schemas come compiled from
 * the build; any other document's compile lazily, on first use of a pointer, and pointers that are
 * a bare `$ref` to the same schema, or hold identical schemas, share one validator.
 */
export function createSpecValidator(doc: object = openapi, options: SpecValidatorOptions = {}): SpecValidator {
  const cache = new Map<string, ValidateFunction>();
  // The bundled document's schemas were compiled when this package was built.
  const built = doc === openapi ? precompiled() : undefined;
  let ajv: Ajv2020 | undefined;
  const compileAt = (pointer: string): ValidateFunction | undefined => {
    if (!ajv) {
      // strict: false because an OpenAPI document mixes schema and non-schema keywords (x-doc-notes, ...).
      // validateSchema: false because the document's root is no JSON Schema: the meta-schema knows
      // none of its keys (paths, components), so checking it compiles the meta-schema to check nothing.
      // scripts/build-validators.cjs compiles with the same options.
      ajv = new Ajv2020({
        strict: false,
        allErrors: true,
        validateSchema: false,
        ...(options.oneShot ? { inlineRefs: false, code: { optimize: false } } : {}),
      });
      addFormats(ajv);
      for (const [name, format] of Object.entries(integerFormats)) ajv.addFormat(name, format);
      ajv.addSchema({ ...doc, $id: DOC_ID } as object);
    }
    return ajv.getSchema(`${DOC_ID}#${pointer}`);
  };
  // Ajv compiles per location, inlining what a schema refers to. Most locations in an OpenAPI
  // document are a bare `$ref` to a component, or a copy of a small schema (an id parameter): each
  // such location would compile the same code again, which was most of a conformance run's schema
  // work. A bare local `$ref` compiles as its target, and identical schemas once; `$ref`s inside
  // resolve against the document wherever the schema sits, so the verdicts and errors are the same.
  const bySchema = new Map<string, ValidateFunction>();
  const compile = (pointer: string, via: string[] = []): ValidateFunction => {
    let fn = cache.get(pointer);
    if (!fn && (fn = built?.(pointer))) cache.set(pointer, fn);
    if (!fn) {
      const node = resolvePointer(doc, pointer);
      const ref = node && typeof node === "object" && Object.keys(node).length === 1 && typeof node.$ref === "string" && node.$ref.startsWith("#/") ? node.$ref : undefined;
      if (ref && via.includes(pointer)) throw new Error(`The $refs at ${[...via, pointer].join(" → ")} in the OpenAPI document refer to each other and to no schema`);
      if (ref) fn = compile(ref.slice(1), [...via, pointer]);
      else {
        const key = node && typeof node === "object" ? JSON.stringify(node) : undefined;
        fn = key === undefined ? undefined : bySchema.get(key);
        if (!fn) {
          fn = compileAt(pointer);
          if (!fn) throw new Error(`No schema at ${pointer} in the OpenAPI document`);
          if (key !== undefined) bySchema.set(key, fn);
        }
      }
      cache.set(pointer, fn);
    }
    return fn;
  };
  return {
    compile: (pointer) => compile(pointer),
    validate(pointer, value) {
      const fn = compile(pointer);
      return fn(value) ? [] : toViolations(fn.errors);
    },
  };
}
