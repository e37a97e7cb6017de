// Compiles the schemas of the bundled document ahead of time into dist/validators.cjs, with
// Ajv's standalone code. `createSpecValidator()` over the bundled document then loads them
// instead of compiling at run time: a conformance run compiled about 350 locations, which cost
// more of its time than anything it does per request, and loading the compiled file is about a
// tenth of that. Other documents (a spec under edit, a test's own) still compile lazily.
//
// Every schema location a consumer asks for is compiled: components, parameters, request and
// response bodies, response headers. The file carries a fingerprint of the document it was
// compiled from; a validator whose document differs (the sources re-assembled since) ignores it.
//
// Usage: node scripts/build-validators.cjs   (from spec/, after assemble and tsup)
"use strict";
const { createHash } = require("node:crypto");
const { renameSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const Ajv2020 = require("ajv/dist/2020.js").default;
const addFormats = require("ajv-formats").default;
const standaloneCode = require("ajv/dist/standalone").default;
const { _ } = require("ajv");
const integerFormats = require("./integer-formats.cjs");
// The package just built: its document is the very object `createSpecValidator` fingerprints, and
// its pointer helpers are the ones the validator resolves pointers with.
const { openapi: doc, pointerSegment: segment, resolvePointer } = require("../dist/index.js");

const DIST = path.join(__dirname, "..", "dist");
const DOC_ID = "zpa-openapi.json";

/** The schemas of a response (its bodies and headers) at `at`. */
function* responseSchemas(r, at) {
  for (const [type, c] of Object.entries(r.content ?? {})) if (c.schema) yield `${at}/content/${segment(type)}/schema`;
  for (const [name, h] of Object.entries(r.headers ?? {})) if (h.schema) yield `${at}/headers/${segment(name)}/schema`;
}

/** Every location of the document that holds a schema a consumer validates against. */
function* schemaPointers(doc) {
  const c = doc.components ?? {};
  for (const [name, s] of Object.entries(c.schemas ?? {})) if (s && typeof s === "object") yield `/components/schemas/${segment(name)}`;
  for (const [name, p] of Object.entries(c.parameters ?? {})) if (p.schema) yield `/components/parameters/${segment(name)}/schema`;
  for (const [name, h] of Object.entries(c.headers ?? {})) if (h.schema) yield `/components/headers/${segment(name)}/schema`;
  for (const [name, b] of Object.entries(c.requestBodies ?? {})) for (const [type, m] of Object.entries(b.content ?? {})) if (m.schema) yield `/components/requestBodies/${segment(name)}/content/${segment(type)}/schema`;
  for (const [name, r] of Object.entries(c.responses ?? {})) yield* responseSchemas(r, `/components/responses/${segment(name)}`);
  for (const [p, item] of Object.entries(doc.paths ?? {})) {
    const base = `/paths/${segment(p)}`;
    for (const [i, param] of (item.parameters ?? []).entries()) if (param.schema) yield `${base}/parameters/${i}/schema`;
    for (const [method, op] of Object.entries(item)) {
      if (method === "parameters" || !op || typeof op !== "object") continue;
      const at = `${base}/${method}`;
      for (const [i, param] of (op.parameters ?? []).entries()) if (param.schema) yield `${at}/parameters/${i}/schema`;
      for (const [type, m] of Object.entries(op.requestBody?.content ?? {})) if (m.schema) yield `${at}/requestBody/content/${segment(type)}/schema`;
      for (const [code, r] of Object.entries(op.responses ?? {})) yield* responseSchemas(r, `${at}/responses/${code}`);
    }
  }
}

/** sha-256 of the document as JSON: what `createSpecValidator` compares before it trusts the file. */
function fingerprint(doc) {
  return createHash("sha256").update(JSON.stringify(doc)).digest("hex");
}

function build() {
  // The options of createSpecValidator (src/index.ts), plus source code whose formats come from
  // the `formats` object the file defines first.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, code: { source: true, formats: _`formats` } });
  addFormats(ajv);
  for (const [name, format] of Object.entries(integerFormats)) ajv.addFormat(name, format);
  ajv.addSchema({ ...doc, $id: DOC_ID });

  // As at run time: a bare local `$ref` is its target, identical schemas are compiled once.
  const exportOf = new Map();
  const byKey = new Map();
  const exports = {};
  const target = (pointer, via = []) => {
    const node = resolvePointer(doc, pointer);
    const bare = node && typeof node === "object" && Object.keys(node).length === 1 && typeof node.$ref === "string" && node.$ref.startsWith("#/");
    if (bare && !via.includes(pointer)) return target(node.$ref.slice(1), [...via, pointer]);
    return bare ? undefined : pointer;
  };
  for (const pointer of schemaPointers(doc)) {
    const t = target(pointer);
    const schema = t === undefined ? undefined : resolvePointer(doc, t);
    if (schema === undefined) continue;
    const key = JSON.stringify(schema);
    let name = byKey.get(key);
    if (!name) {
      name = `v${byKey.size}`;
      byKey.set(key, name);
      exports[name] = `${DOC_ID}#${t}`;
    }
    exportOf.set(pointer, { name, target: t });
  }
  const standalone = standaloneCode(ajv, exports);
  if (!standalone.startsWith('"use strict";')) throw new Error("build-validators: Ajv's standalone code no longer starts with \"use strict\"; where the formats go needs a new look");
  const code = standalone.replace(
    /^"use strict";/,
    `"use strict";const formats = { ...require("ajv-formats/dist/formats").fullFormats, ...require("../scripts/integer-formats.cjs") };`,
  );
  const pointers = Object.fromEntries(exportOf);
  const out = `// Generated by scripts/build-validators.cjs from the bundled document. Do not edit.\n${code}\nexports.fingerprint = ${JSON.stringify(fingerprint(doc))};\nexports.pointers = ${JSON.stringify(pointers)};\n`;
  // Written whole or not at all: a half-written file must never be taken for the compiled validators.
  const file = path.join(DIST, "validators.cjs");
  writeFileSync(`${file}.tmp`, out);
  renameSync(`${file}.tmp`, file);
  return { locations: exportOf.size, compiled: byKey.size, bytes: out.length };
}

const t0 = performance.now();
const r = build();
console.log(`dist/validators.cjs: ${r.locations} schema locations, ${r.compiled} validators, ${(r.bytes / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - t0)} ms`);
