// `pnpm --filter @zpa-openapi/tools draft-family <name...> [--all] [--dir DIR]`: drafts
// spec/families/<name>.yaml from the pages families.json lists for it. A family file that exists
// is never overwritten: after its draft, the family file is edited by hand.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { readFamilySources } from "@zpa-openapi/spec/assemble";
import path from "node:path";
import { parse, stringify } from "yaml";
import { findRepoRoot, userPath } from "../openapi-document";
import { helpPagesDir, readHelpPages } from "../doc-check/help-pages";
import { draftFamily, type FamilyConfig } from "./draft";

const root = findRepoRoot();
const argv = process.argv.slice(2);
const dirFlag = argv.indexOf("--dir");
const dir = dirFlag >= 0 ? userPath(argv[dirFlag + 1] ?? "") : helpPagesDir();
const names = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--dir");
const config: { families: Array<FamilyConfig & { handWritten?: boolean }> } = JSON.parse(readFileSync(path.join(__dirname, "families.json"), "utf8"));
if (!dir) {
  console.error("draft-family: no help pages found: pass --dir or set ZPA_DOCS_DIR");
  process.exit(2);
}
const wanted = argv.includes("--all") ? config.families.filter((f) => !f.handWritten) : config.families.filter((f) => names.includes(f.name));
const unknown = names.filter((n) => !config.families.some((f) => f.name === n));
if (unknown.length || wanted.length === 0) {
  console.error(`draft-family: ${unknown.length ? `unknown family ${unknown.join(", ")}` : "name a family or pass --all"}; families: ${config.families.map((f) => f.name).join(", ")}`);
  process.exit(2);
}
const familiesDir = path.join(root, "spec", "families");
const pages = new Map(readHelpPages(dir).map((p) => [p.page, p]));
// Schema names already used by families on disk: a draft never reuses one.
const taken = new Set<string>();
for (const { text } of [{ text: readFileSync(path.join(root, "spec", "openapi.yaml"), "utf8") }, ...readFamilySources(path.join(root, "spec"))]) {
  for (const n of Object.keys(parse(text)?.components?.schemas ?? {})) taken.add(n);
}
const today = new Date().toISOString().slice(0, 10);
for (const family of wanted) {
  const file = path.join(familiesDir, `${family.name}.yaml`);
  if (existsSync(file)) {
    console.error(`draft-family: ${path.relative(root, file)} exists; a family is drafted once, then edited by hand`);
    process.exitCode = 1;
    continue;
  }
  const missing = family.pages.filter((p) => !pages.has(p));
  if (missing.length) {
    console.error(`draft-family: ${family.name}: no page ${missing.join(", ")} in ${dir}`);
    process.exitCode = 1;
    continue;
  }
  const drafted = draftFamily(family, family.pages.map((p) => pages.get(p)!), taken, today);
  const header = `# ${family.title}: drafted from the help pages on ${today}, then edited by hand.\n# Pages: ${family.pages.join(", ")}\n`;
  writeFileSync(file, header + stringify(drafted, { lineWidth: 0, aliasDuplicateObjects: false }), { flag: "wx" });
  console.log(`${path.relative(root, file)}: ${Object.values(drafted.paths).reduce((n, p) => n + Object.keys(p).filter((k) => k !== "parameters").length, 0)} operations, ${Object.keys(drafted.components.schemas).length} schemas`);
}
