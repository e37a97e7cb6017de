/**
 * Loading the spec as the tools see it: `spec/openapi.yaml` parsed with `yaml` (the spec is one
 * file with internal `$ref`s only, so parsing is bundling), and local `$ref` resolution.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pointerSegment, resolvePointer } from "@zpa-openapi/spec";
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
  if (!doc || typeof doc !== "object" || typeof (doc as Json).openapi !== "string" || typeof (doc as Json).paths !== "object") {
    throw new Error(`${label}: not an OpenAPI document (no "openapi" version or "paths")`);
  }
  const external = findExternalRef(doc);
  if (external) throw new Error(`${label}: external $ref "${external}" is not supported; the spec keeps everything in one file`);
  return doc as Json;
}

/** Reads and parses a spec file. */
export function loadSpec(file: string): Json {
  if (!existsSync(file)) throw new Error(`spec not found: ${file}`);
  return parseSpec(readFileSync(file, "utf8"), path.basename(file));
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
