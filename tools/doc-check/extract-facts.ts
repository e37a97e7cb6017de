// Re-extracts spec/facts/zpa-help-pages.json from the help pages (ZPA_DOCS_DIR or ../shared/docs/zpa,
// or the folder given as the first argument). Writes through a temporary file so a failed run
// leaves the committed facts untouched.
import { renameSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { factsFile, factsOf, helpPagesDir, readHelpPages, type FactsDocument } from "./help-pages";

const dir = process.argv[2] ?? helpPagesDir();
if (!dir) {
  console.error("extract-facts: no help pages found; pass a folder or set ZPA_DOCS_DIR");
  process.exit(1);
}
const doc: FactsDocument = {
  description: "Facts extracted from ZPA help pages (operations, parameters, response codes, field rules); no page text.",
  extracted: new Date().toISOString().slice(0, 10),
  pages: readHelpPages(dir).map(factsOf),
};
mkdirSync(path.dirname(factsFile), { recursive: true });
writeFileSync(`${factsFile}.tmp`, `${JSON.stringify(doc, null, 2)}\n`);
renameSync(`${factsFile}.tmp`, factsFile);
console.log(`extract-facts: ${doc.pages.length} pages, ${doc.pages.reduce((n, p) => n + p.operations.length, 0)} operations -> ${path.relative(process.cwd(), factsFile)}`);
