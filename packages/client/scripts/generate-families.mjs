// Renders the resource namespaces: one module per family of the spec (`families/<family>.gen.ts`,
// a typed interface plus a compact table handed to the shared `bindFamily`), the families index,
// the namespaces of the full client, and the route prefixes they share.

const METHODS = ["get", "put", "post", "delete", "patch"];
const camel = (words) => words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join("");
const pascal = (name) => name[0].toUpperCase() + name.slice(1);
const comment = (text) => String(text ?? "").replace(/\*\//g, "*\\/").replace(/\s+/g, " ").trim();

/**
 * A family's namespace name: its kebab-case name in camelCase, keeping the capitals its title gives
 * a word (`appprotection-controls`, "AppProtection controls" → `appProtectionControls`).
 */
export function namespaceName(family) {
  const cased = new Map(
    family.title
      .split(/[^A-Za-z0-9]+/)
      .filter((w) => /[a-z]/.test(w.slice(1)) && /[A-Z]/.test(w.slice(1)))
      .map((w) => [w.toLowerCase(), w]),
  );
  return camel(family.name.split("-").map((w, i) => (cased.has(w) ? (i ? cased.get(w) : cased.get(w)[0].toLowerCase() + cased.get(w).slice(1)) : w)));
}

/** `list` → `listAll`, `getByType` → `getAllByType`: the array form of a paged list's helper. */
export const allName = (name) => name.replace(/^[a-z]+/, "$&All");

/**
 * Helper names of one family's operations: the operationId without the family's resource noun
 * (`listApplicationSegments` → `list`, `getApplicationSegmentsByType` → `getByType`). Shorter nouns
 * are tried first, so a resource named after another keeps its own word (`getAppConnectorSchedule`
 * → `getSchedule`). An operationId no noun fits keeps its name, and so does the longer operationId
 * when two strip to the same name (a paged list also claims its `All` name).
 */
export function helperNames(ops, nouns) {
  const patterns = [...nouns]
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
    .map((n) => new RegExp(`(?<=^[a-z]+(?:[A-Z][a-z]*)??)${n.replace(/y$/, "(?:y|ies)")}(?:e?s)?(?=[A-Z0-9]|$)`));
  const taken = new Set();
  const names = new Map();
  const claim = (op, name) => {
    const all = op.paging ? [name, allName(name)] : [name];
    if (all.some((n) => taken.has(n))) return false;
    all.forEach((n) => taken.add(n));
    names.set(op.operationId, name);
    return true;
  };
  for (const op of [...ops].sort((a, b) => a.operationId.length - b.operationId.length || (a.operationId < b.operationId ? -1 : 1))) {
    const id = op.operationId;
    const stripped = patterns.map((p) => id.replace(p, "")).find((n) => n !== id && /^[a-z]/.test(n));
    if (stripped && claim(op, stripped)) continue;
    if (!claim(op, id)) throw new Error(`family helpers: ${id} collides with another helper's name`);
  }
  return names;
}

/** Every operation of the spec with what the generated helpers need to know of it. */
export function operationsOf(spec) {
  const resolve = (p) => (p?.$ref ? resolve(p.$ref.split("/").slice(1).reduce((o, k) => o[k], spec)) : p);
  const familyOfTag = new Map();
  for (const group of spec["x-tagGroups"] ?? []) {
    const family = spec["x-families"].find((f) => f.title === group.name);
    for (const tag of group.tags) familyOfTag.set(tag, family?.name);
  }
  const ops = [];
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const families = [...new Set((op.tags ?? []).map((t) => familyOfTag.get(t)).filter(Boolean))];
      if (families.length !== 1) throw new Error(`${method.toUpperCase()} ${route}: its tags must name exactly one family (found ${families.length})`);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
      const query = params.filter((p) => p.in === "query");
      const names = query.map((p) => p.name);
      const cursor = names.includes("pageId");
      const size = query.find((p) => /^page_?size$/i.test(p.name));
      const body = resolve(op.requestBody);
      ops.push({
        family: families[0],
        method: method.toUpperCase(),
        route,
        operationId: op.operationId,
        summary: op.summary,
        pathParams: [...route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).filter((n) => n !== "customerId"),
        query: query.length ? (query.some((p) => p.required) ? "required" : "optional") : undefined,
        body: body ? { required: !!body.required, form: Object.keys(body.content ?? {})[0] === "application/x-www-form-urlencoded" } : undefined,
        microtenant: names.includes("microtenantId") ? 1 : 0,
        paging: cursor || names.includes("page") ? [cursor ? "cursor" : "page", size.name, size.schema?.maximum ?? 500] : undefined,
      });
    }
  }
  return ops;
}

/**
 * Renders the family modules. `prefixes` maps a route prefix to the name of its constant in
 * `prefixes.gen.ts`; `banner` heads every file.
 */
export function renderFamilies(spec, prefixes, banner) {
  const ops = operationsOf(spec);
  const files = {};
  const families = spec["x-families"];
  const resources = Object.entries(spec["x-resources"] ?? {});
  const index = [];
  const attach = [];
  for (const family of families) {
    const own = ops.filter((o) => o.family === family.name);
    if (!own.length) continue;
    const ns = namespaceName(family);
    const type = `${pascal(ns)}Namespace`;
    const nouns = resources.filter(([, r]) => r.family === family.name).map(([n]) => n);
    const names = helperNames(own, nouns);
    const used = new Set();
    const route = (r) => {
      const prefix = [...prefixes.keys()].find((p) => r.startsWith(`${p}/`));
      if (!prefix) return JSON.stringify(r);
      used.add(prefixes.get(prefix));
      return `\`\${${prefixes.get(prefix)}}${r.slice(prefix.length)}\``;
    };
    const members = [];
    const rows = [];
    for (const op of own) {
      const name = names.get(op.operationId);
      const id = JSON.stringify(op.operationId);
      const args = op.pathParams.map((p) => `${p}: PathParam<${id}, ${JSON.stringify(p)}>`);
      if (op.body) args.push(`body${op.body.required ? "" : "?"}: Body<${id}>`);
      if (op.query) args.push(`query${op.query === "required" ? "" : "?"}: Query<${id}>`);
      args.push("options?: RequestOptions");
      const where = `\`${op.method} ${op.route.replace(/^.*\/customers\/\{customerId\}/, "…")}\` (${op.operationId})`;
      if (op.paging) {
        members.push(
          `  /** ${comment(op.summary)}: every item, page after page (${op.paging[0] === "cursor" ? "cursor" : "numbered"} pages of up to ${op.paging[2]}). ${where} */`,
          `  ${name}(${args.join(", ")}): AsyncIterableIterator<ListItemOf<${id}>>;`,
          `  /** ${comment(op.summary)}: every item, as an array. ${where} */`,
          `  ${allName(name)}(${args.join(", ")}): Promise<ListItemOf<${id}>[]>;`,
        );
      } else {
        members.push(`  /** ${comment(op.summary)}. ${where} */`, `  ${name}(${args.join(", ")}): Promise<Result<${id}>>;`);
      }
      const flags = (op.body ? 1 : 0) | (op.query ? 2 : 0) | (op.body?.form ? 4 : 0);
      const info = [op.operationId, op.microtenant, ...(op.paging ?? [])];
      rows.push(`    [${JSON.stringify(name)}, "${op.method}", ${route(op.route)}, ${flags}, ${info.map((v) => JSON.stringify(v)).join(", ")}],`);
    }
    const aliases = resources
      .filter(([, r]) => r.family === family.name && r.schema?.startsWith("#/components/schemas/"))
      .map(([n, r]) => `/** A${/^[AEIOU]/.test(n) ? "n" : ""} ${n} as the server returns it. */\nexport type ${n} = components["schemas"][${JSON.stringify(r.schema.split("/").pop())}];\n`);
    const typeImports = ["Body", "ListItemOf", "PathParam", "Query", "Result"].filter((t) => members.some((m) => m.includes(`${t}<`)));
    files[`families/${family.name}.gen.ts`] =
      banner +
      `import type { ZpaClientCore } from "../../client-core";\n` +
      `import { bindFamily } from "../../family-runtime";\n` +
      (typeImports.length ? `import type { ${typeImports.join(", ")} } from "../../operation-types";\n` : "") +
      `import type { RequestOptions } from "../../request-options";\n` +
      (aliases.length ? `import type { components } from "../schema.gen";\n` : "") +
      (used.size ? `import { ${[...used].sort().join(", ")} } from "../prefixes.gen";\n` : "") +
      `\n${aliases.join("\n")}${aliases.length ? "\n" : ""}` +
      `/** \`client.${ns}\`: ${comment(family.title)} (${own.length} operations; pages: ${family.pages.join(", ") || "none"}). */\n` +
      `export interface ${type} {\n${members.join("\n")}\n}\n\n` +
      `/** Builds the \`${ns}\` namespace on a client core (from \`createZpaCore\`), and teaches the core its operations. */\n` +
      `export const ${ns} = (core: ZpaClientCore): ${type} =>\n  bindFamily(core, [\n${rows.join("\n")}\n  ]);\n`;
    index.push(`export * from "./${family.name}.gen";`);
    attach.push({ ns, type, file: family.name });
  }
  files["families/index.gen.ts"] = banner + index.join("\n") + "\n";
  files["namespaces.gen.ts"] =
    banner +
    attach.map((a) => `import { ${a.ns}, type ${a.type} } from "./families/${a.file}.gen";`).join("\n") +
    `\n\n/** Every family's namespace, as \`createZpaClient\` attaches them. */\nexport interface ZpaNamespaces {\n` +
    attach.map((a) => `  readonly ${a.ns}: ${a.type};`).join("\n") +
    `\n}\n\n/** Builds every family's namespace on a client core. */\nexport const attachNamespaces = (core: ZpaClientCore): ZpaNamespaces => ({\n` +
    attach.map((a) => `  ${a.ns}: ${a.ns}(core),`).join("\n") +
    `\n});\n`;
  files["namespaces.gen.ts"] = files["namespaces.gen.ts"].replace(banner, `${banner}import type { ZpaClientCore } from "../client-core";\n`);
  return files;
}
