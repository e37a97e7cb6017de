// Assembles the published OpenAPI document from its sources: the root `openapi.yaml` (info,
// servers, security and the parts every family shares) and one file per family under
// `families/` (its paths, schemas, tags and resource facts). Every `$ref` is local to the
// assembled document, so assembling is a merge; Redocly's `bundle` resolves file references but
// cannot mount a file's `paths` map under the root's, which is the one thing a family file needs.
//
// Usage: node scripts/assemble.cjs [--out dist/zpa-openapi.json]   (from spec/)
// CommonJS so that every consumer can load it as it is: jest (CommonJS), tsx, and plain node.
"use strict";
const { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");
// js-yaml with the core schema reads these files to the same values as `yaml`, four times faster,
// which matters to doc-check runs right after a family file is edited.
const yaml = require("js-yaml");

const SECTIONS = ["schemas", "parameters", "responses", "headers", "examples", "requestBodies", "securitySchemes"];

/** A mistake in the spec's sources, naming the file and what is wrong. */
class SpecSourceError extends Error {}

function parseSource(text, file) {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file }) ?? {};
  } catch (error) {
    throw new SpecSourceError(`${file}: not valid YAML: ${error.message}`);
  }
}

function* refsOf(node, at = "") {
  if (Array.isArray(node)) for (let i = 0; i < node.length; i++) yield* refsOf(node[i], `${at}/${i}`);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") yield [v, at];
      else yield* refsOf(v, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    }
  }
}

function resolves(doc, ref) {
  if (!ref.startsWith("#/")) return false;
  let node = doc;
  for (const raw of ref.slice(2).split("/")) {
    const seg = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !(seg in node)) return false;
    node = node[seg];
  }
  return true;
}

/**
 * Merges the root and the family sources into one document. `families` are `{ file, text }` in
 * the order to merge (sorted by file name). Throws SpecSourceError on a clash or a dangling `$ref`.
 */
function assembleSpec(rootText, families, rootFile = "openapi.yaml") {
  const doc = parseSource(rootText, rootFile);
  doc.paths ??= {};
  doc.components ??= {};
  doc.tags ??= [];
  const owner = new Map();
  for (const p of Object.keys(doc.paths)) owner.set(`path ${p}`, rootFile);
  for (const s of SECTIONS) for (const n of Object.keys(doc.components[s] ?? {})) owner.set(`${s} ${n}`, rootFile);
  const resources = {};
  const groups = [];
  const familyList = [];
  for (const { file, text } of families) {
    const fam = parseSource(text, file);
    const meta = fam["x-family"];
    if (!meta?.name || !meta?.title) throw new SpecSourceError(`${file}: needs an x-family block with name and title`);
    const claim = (key) => {
      const first = owner.get(key);
      if (first) throw new SpecSourceError(`${file}: ${key} is already defined in ${first}`);
      owner.set(key, file);
    };
    for (const [p, item] of Object.entries(fam.paths ?? {})) {
      claim(`path ${p}`);
      doc.paths[p] = item;
    }
    for (const s of SECTIONS) {
      for (const [n, v] of Object.entries(fam.components?.[s] ?? {})) {
        claim(`${s} ${n}`);
        (doc.components[s] ??= {})[n] = v;
      }
    }
    for (const tag of fam.tags ?? []) {
      claim(`tag ${tag.name}`);
      doc.tags.push(tag);
    }
    for (const [n, r] of Object.entries(fam["x-resources"] ?? {})) {
      claim(`resource ${n}`);
      resources[n] = { family: meta.name, ...r };
    }
    groups.push({ name: meta.title, tags: (fam.tags ?? []).map((t) => t.name) });
    familyList.push({ name: meta.name, title: meta.title, file, pages: meta.pages ?? [] });
  }
  // Redoc groups the reference by family; the other packages read the families and resources.
  doc["x-tagGroups"] = groups.sort((a, b) => a.name.localeCompare(b.name));
  doc["x-families"] = familyList;
  doc["x-resources"] = resources;
  // A reference to a resource no family defines would leave the twin and the suite guessing.
  for (const [name, r] of Object.entries(resources)) {
    const targets = [...(r.references ?? []).map((x) => x.resource), ...(r.parent ? [r.parent.resource] : [])];
    for (const target of targets) {
      if (!resources[target]) throw new SpecSourceError(`${owner.get(`resource ${name}`)}: x-resources ${name} refers to resource ${target}, which no family defines`);
    }
  }
  // An order names the operations that move records within it: a renamed operation must not leave it pointing nowhere.
  const operationIds = new Set(Object.values(doc.paths ?? {}).flatMap((item) => Object.values(item ?? {}).map((op) => op?.operationId).filter(Boolean)));
  for (const [name, r] of Object.entries(resources)) {
    for (const use of ["list", "move", "replace"]) {
      const id = r.order?.[use]?.operation;
      if (id !== undefined && !operationIds.has(id)) throw new SpecSourceError(`${owner.get(`resource ${name}`)}: x-resources ${name} order.${use} names operation ${id}, which no path defines`);
    }
  }
  for (const [ref, at] of refsOf(doc)) {
    if (!resolves(doc, ref)) {
      const p = at.startsWith("/paths/") ? at.split("/")[2] : undefined;
      const where = p ? owner.get(`path ${p.replace(/~1/g, "/")}`) : at.startsWith("/components/") ? owner.get(`${at.split("/")[2]} ${at.split("/")[3]}`) : rootFile;
      throw new SpecSourceError(`${where ?? rootFile}: $ref ${ref} (at ${at}) does not resolve in the assembled document`);
    }
  }
  return doc;
}

/** The family files of a spec folder (`families/*.yaml`, sorted by name), or none for a single-file spec. */
function readFamilySources(dir) {
  const familiesDir = path.join(dir, "families");
  if (!existsSync(familiesDir)) return [];
  return readdirSync(familiesDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => ({ file: `families/${f}`, text: readFileSync(path.join(familiesDir, f), "utf8") }));
}

/** Reads `openapi.yaml` and `families/*.yaml` from a spec folder and assembles them. */
function assembleSpecDir(dir) {
  return assembleSpec(readFileSync(path.join(dir, "openapi.yaml"), "utf8"), readFamilySources(dir));
}

module.exports = { SpecSourceError, assembleSpec, assembleSpecDir, readFamilySources };

if (require.main === module) {
  const specDir = path.resolve(__dirname, "..");
  const outFlag = process.argv.indexOf("--out");
  const out = path.resolve(specDir, outFlag > 0 ? process.argv[outFlag + 1] : "dist/zpa-openapi.json");
  try {
    const doc = assembleSpecDir(specDir);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
    const ops = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).filter((k) => k !== "parameters" && !k.startsWith("x-")).length, 0);
    console.log(`assembled ${path.relative(specDir, out)}: ${doc["x-families"].length} families, ${ops} operations`);
  } catch (error) {
    console.error(`assemble: ${error.message}`);
    process.exit(1);
  }
}
