import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHelpPage, type HelpPage } from "./parse-help-page";

/** The repository root (tools/ sits directly below it). */
export const repoRoot = path.resolve(__dirname, "..", "..");

/**
 * Where the ZPA help pages live: `ZPA_DOCS_DIR` when set, else `../shared/docs/zpa` beside the
 * repository. Returns undefined when neither exists, so callers can skip and say why.
 */
export function helpPagesDir(): string | undefined {
  const candidates = [process.env.ZPA_DOCS_DIR, path.resolve(repoRoot, "..", "shared", "docs", "zpa")];
  return candidates.find((dir): dir is string => !!dir && existsSync(dir));
}

/** Parses every `*.md` page in a folder, sorted by name. */
export function readHelpPages(dir: string): HelpPage[] {
  if (!existsSync(dir)) throw new Error(`help pages folder not found: ${dir}`);
  const files = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();
  if (files.length === 0) throw new Error(`no .md help pages in ${dir}`);
  return files.map((f) => parseHelpPage(f.replace(/\.md$/, ""), readFileSync(path.join(dir, f), "utf8")));
}

function isHeading(text: string): boolean {
  return text.length > 0 && !/\]\(|[.:]\s*$/.test(text);
}

/** A page's facts (operations, parameters, codes, field rules) without its example payloads or any of its prose. */
export function factsOf(page: HelpPage) {
  return {
    page: page.page,
    title: page.title,
    source: page.source,
    form: page.form,
    operations: page.operations.map((op) => ({
      method: op.method,
      path: op.path,
      // The endpoint as written and the kinds of repair it needed; the repairs' quotes repeat it.
      ...(op.written ? { written: op.written, repairs: [...new Set(op.repairs?.map((r) => r.kind))] } : {}),
      // A how-to section is its heading; when the parser lands on a sentence instead, it is left out.
      ...(isHeading(op.section) ? { section: op.section } : {}),
      parameters: op.parameters,
      responses: op.responses,
      examples: op.examples.map((e) => ({ label: e.label, kind: e.kind, ...(e.repaired ? { repaired: true } : {}) })),
    })),
    fields: page.fields.map(({ values, ...field }) => {
      // Value cells run enum names into prose; only the tokens are facts.
      const tokens = values?.filter((v) => /^[A-Za-z0-9_.:+-]{1,40}$/.test(v));
      return tokens?.length ? { ...field, values: tokens } : field;
    }),
  };
}

export type PageFacts = ReturnType<typeof factsOf>;

/** The committed facts file under spec/. */
export const factsFile = path.join(repoRoot, "spec", "facts", "zpa-help-pages.json");

export interface FactsDocument {
  description: string;
  extracted: string;
  pages: PageFacts[];
}
