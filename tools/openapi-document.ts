/**
 * Loading the spec as the tools see it. The spec's sources are a root `openapi.yaml` plus one file
 * per family under `families/`, assembled by the spec package's own assembler (so the tools and
 * the published document never disagree on what the spec is); a single-file spec or the bundled
 * JSON loads as it is. Every `$ref` is local to the assembled document.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pointerSegment, resolvePointer } from "@zpa-openapi/spec";
import { assembleSpec, readFamilySources } from "@zpa-openapi/spec/assemble";
import { parse } from "yaml";

/** A parsed OpenAPI document, walked by key. */
export type Json = Record<string, any>;

/** HTTP methods an OpenAPI path item can hold. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * The repository root: the nearest folder at or above `from` holding `pnpm-workspace.yaml`.
 * Scripts run through `pnpm --filter` start in tools/, so user paths resolve against `INIT_CWD`.
 */
export function findRepoRoot(from: string = process.env.INIT_CWD ?? process.cwd()): string {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no pnpm-workspace.yaml at or above ${from}: run this inside the zpa-openapi repository`);
    dir = up;
  }
}

/** A path the user typed, resolved against the folder they typed it in. */
export function userPath(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

/** Parses an OpenAPI document from YAML or JSON text; `label` names it in errors. */
export function parseSpec(text: string, label: string): Json {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new Error(`${label}: not valid YAML: ${(error as Error).message}`);
  }
  return checkSpec(doc, label);
}

/** One family source of a multi-file spec: its path relative to the spec folder and its text. */
export interface SpecSource {
  file: string;
  text: string;
}

/**
 * Assembles a root document and its family files (in the order given: sorted by file name, as the
 * spec package does) into one document; `label` names the root in errors.
 */
export function assembleSpecSources(rootText: string, families: SpecSource[], label: string): Json {
  return checkSpec(assembleSpec(rootText, families, label), label);
}

/**
 * Reads a spec: a spec folder or its root `openapi.yaml` (assembled with the `families/*.yaml`
 * beside it when there are any), a single-file YAML spec, or the bundled JSON.
 */
export function loadSpec(file: string): Json {
  if (!existsSync(file)) throw new Error(`spec not found: ${file}`);
  const root = statSync(file).isDirectory() ? path.join(file, "openapi.yaml") : file;
  if (!existsSync(root)) throw new Error(`spec not found: ${file} is a folder without openapi.yaml`);
  const text = readFileSync(root, "utf8");
  // JSON is YAML, but the YAML parser takes seconds over the bundled document, JSON.parse milliseconds.
  if (/\.json$/i.test(root)) return checkSpec(parseJson(text, path.basename(root)), path.basename(root));
  const families = /\.ya?ml$/i.test(root) ? readFamilySources(path.dirname(root)) : [];
  if (families.length === 0) return parseSpec(text, path.basename(root));
  // The spec package's build writes the same assembly to dist/; parsing 44 YAML files costs
  // seconds, the JSON milliseconds. Used only when it is newer than every source.
  const specDir = path.dirname(root);
  const built = path.join(specDir, "dist", "zpa-openapi.json");
  if (existsSync(built)) {
    const builtAt = statSync(built).mtimeMs;
    if ([root, ...families.map((f) => path.join(specDir, f.file))].every((f) => statSync(f).mtimeMs <= builtAt)) {
      return checkSpec(parseJson(readFileSync(built, "utf8"), path.basename(built)), path.basename(built));
    }
  }
  return cachedAssembly(specDir, text, families, path.basename(root));
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${label}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Where assembled specs are kept between runs, keyed by what they were assembled from. */
const ASSEMBLY_CACHE = path.join(__dirname, "node_modules", ".cache", "assembled-spec");

/**
 * Assembles a spec folder, or reads the assembly an earlier run made of exactly the same sources
 * (the root, every family file and the assembler itself, by content): editing a family makes the
 * next run assemble again, once. The cache is an optimization only; when it cannot be read or
 * written the spec is assembled as usual.
 */
function cachedAssembly(specDir: string, rootText: string, families: SpecSource[], label: string): Json {
  const hash = createHash("sha256");
  let assembler = "";
  try {
    assembler = readFileSync(require.resolve("@zpa-openapi/spec/assemble"), "utf8");
  } catch {
    // No assembler source to key on: key on the sources alone.
  }
  for (const part of [assembler, rootText, ...families.flatMap((f) => [f.file, f.text])]) hash.update(`${part.length}:`).update(part);
  const folder = createHash("sha256").update(path.resolve(specDir)).digest("hex").slice(0, 16);
  const entry = path.join(ASSEMBLY_CACHE, `${folder}-${hash.digest("hex").slice(0, 32)}.json`);
  try {
    if (existsSync(entry)) return checkSpec(JSON.parse(readFileSync(entry, "utf8")), label);
  } catch {
    // A damaged entry: assemble again and overwrite it.
  }
  const doc = assembleSpecSources(rootText, families, label);
  try {
    mkdirSync(ASSEMBLY_CACHE, { recursive: true });
    // One entry per spec folder: the previous assembly of this folder is stale now.
    for (const old of readdirSync(ASSEMBLY_CACHE)) if (old.startsWith(`${folder}-`)) rmSync(path.join(ASSEMBLY_CACHE, old), { force: true });
    const tmp = `${entry}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(doc));
    renameSync(tmp, entry);
  } catch {
    // Read-only checkout or a race with another run: the next run assembles again.
  }
  return doc;
}

function checkSpec(doc: unknown, label: string): Json {
  if (!doc || typeof doc !== "object" || typeof (doc as Json).openapi !== "string" || typeof (doc as Json).paths !== "object") {
    throw new Error(`${label}: not an OpenAPI document (no "openapi" version or "paths")`);
  }
  const external = findExternalRef(doc);
  if (external) throw new Error(`${label}: external $ref "${external}" is not supported; every $ref is local to the assembled document`);
  return doc as Json;
}

function findExternalRef(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findExternalRef(v);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string" && !v.startsWith("#")) return v;
      const found = findExternalRef(v);
      if (found) return found;
    }
  }
  return undefined;
}

/** The value at a local JSON pointer (`#/components/schemas/X`). */
export function atPointer(doc: Json, ref: string): any {
  const node = resolvePointer(doc, ref);
  if (node === undefined) throw new Error(`$ref ${ref} does not resolve`);
  return node;
}

/** Follows `$ref`s until a node without one (cycles stop after 50 hops). */
export function deref<T = Json>(doc: Json, node: T): T {
  let current: any = node;
  for (let i = 0; i < 50 && current && typeof current === "object" && typeof current.$ref === "string"; i++) {
    current = atPointer(doc, current.$ref);
  }
  return current as T;
}

/** Name of the component a `$ref` points at (`#/components/schemas/X` → `X`). */
export function refName(node: unknown): string | undefined {
  const ref = (node as Json | undefined)?.$ref;
  return typeof ref === "string" ? ref.split("/").pop() : undefined;
}

/** One operation of a document with its path-level parameters merged in (operation wins). */
export interface SpecOperation {
  method: string;
  path: string;
  /** `GET /path`, the key operations are reported under. */
  key: string;
  operationId?: string;
  op: Json;
  /** Parameters as written (possibly `$ref`s), path-level first. */
  parameters: Json[];
  /** JSON pointer to the operation (`/paths/~1x/get`). */
  pointer: string;
}

/** Every operation of the document, in document order. */
export function operationsOf(doc: Json): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [p, item] of Object.entries(doc.paths ?? {}) as Array<[string, Json]>) {
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const merged = new Map<string, Json>();
      for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])] as Json[]) {
        const resolved = deref(doc, raw);
        merged.set(`${resolved.in}:${resolved.name}`, raw);
      }
      out.push({
        method: method.toUpperCase(),
        path: p,
        key: `${method.toUpperCase()} ${p}`,
        operationId: op.operationId,
        op,
        parameters: [...merged.values()],
        pointer: `/paths/${pointerSegment(p)}/${method}`,
      });
    }
  }
  return out;
}
