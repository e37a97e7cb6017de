/**
 * Reads a ZPA help page saved as Markdown and extracts the API facts it states: operations,
 * their parameters and response codes, JSON examples and field tables. Two forms exist:
 * API-reference pages (a heading per operation with parameter and code tables) and how-to
 * articles (endpoints in prose, inline JSON, one field table). Descriptions are not kept.
 */

import { jsonrepair } from "jsonrepair";
import { normalizePagePath, type PathRepair } from "./page-path";

export type ParamLocation = "path" | "query" | "header" | "body";

export interface PageParameter {
  name: string;
  in: ParamLocation;
  /** `integer`, `string`, `boolean`... as the page writes it, lower-cased; absent when the page gives none. */
  type?: string;
  /** `int64`, `int32`..., from `integer (int64)`. */
  format?: string;
  required?: boolean;
  default?: string;
  maximum?: number;
}

export interface PageExample {
  /** The link text that introduced it, e.g. "View an example response". */
  label: string;
  kind: "request" | "response" | "template";
  json: unknown;
  /** The page's JSON was not valid as written (missing commas, placeholders) and was repaired. */
  repaired?: boolean;
}

export interface PageOperation {
  method: string;
  /** The path as the spec would write it (see page-path.ts). */
  path: string;
  /** The endpoint exactly as the page wrote it, when it differs from `path`. */
  written?: string;
  /** The repairs that turned `written` into `path`. */
  repairs?: PathRepair[];
  section: string;
  parameters: PageParameter[];
  responses: string[];
  examples: PageExample[];
}

export interface PageField {
  name: string;
  required: boolean;
  type?: string;
  default?: string;
  values?: string[];
}

export interface HelpPage {
  /** File name without `.md`; the spec's `x-doc-source.page`. */
  page: string;
  title: string;
  source?: string;
  form: "api-reference" | "how-to";
  operations: PageOperation[];
  fields: PageField[];
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}

function isTableRow(line: string): boolean {
  return line.trim().startsWith("|");
}

/** Splits consecutive table lines into header + rows, skipping the `---` separator. */
function readTable(lines: string[], start: number): { header: string[]; rows: string[][]; end: number } {
  const header = cells(lines[start]).map((h) => h.toLowerCase());
  let i = start + 1;
  if (i < lines.length && /^\|?\s*-{3,}/.test(lines[i].trim())) i++;
  const rows: string[][] = [];
  while (i < lines.length && isTableRow(lines[i])) rows.push(cells(lines[i++]));
  return { header, rows, end: i };
}

function parseType(raw: string): { type?: string; format?: string } {
  const m = /^\s*([A-Za-z]+)\s*(?:\(([^)]+)\))?/.exec(raw.replace(/`/g, ""));
  if (!m) return {};
  return { type: m[1].toLowerCase(), ...(m[2] ? { format: m[2].trim().toLowerCase() } : {}) };
}

/** Facts a parameter's free text states as numbers: "default page size is 20", "max page size is 500". */
function boundsFromText(text: string): Pick<PageParameter, "default" | "maximum"> {
  const out: Pick<PageParameter, "default" | "maximum"> = {};
  const def = /default[^.]*?\bis\s+(\d+)/i.exec(text);
  if (def) out.default = def[1];
  const max = /max(?:imum)?[^.]*?\bis\s+(\d+)/i.exec(text);
  if (max) out.maximum = Number(max[1]);
  return out;
}

function parseApiReference(lines: string[]): PageOperation[] {
  const ops: PageOperation[] = [];
  let current: PageOperation | undefined;
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{2,3}\s+`(GET|POST|PUT|DELETE|PATCH)\s+([^`]+)`/.exec(lines[i]);
    if (heading) {
      const written = heading[2].trim();
      const { path, repairs } = normalizePagePath(written);
      current = { method: heading[1], path, ...(repairs.length ? { written, repairs } : {}), section: `${heading[1]} ${written}`, parameters: [], responses: [], examples: [] };
      ops.push(current);
      continue;
    }
    if (!current || !isTableRow(lines[i])) continue;
    const { header, rows, end } = readTable(lines, i);
    i = end - 1;
    if (header[0] === "name" && header.includes("in")) {
      const col = (n: string) => header.indexOf(n);
      for (const r of rows) {
        const description = r[col("description")] ?? "";
        current.parameters.push({
          name: r[col("name")],
          in: r[col("in")].toLowerCase() as ParamLocation,
          ...parseType(r[col("type")] ?? ""),
          required: /^yes$/i.test(r[col("required")] ?? ""),
          ...boundsFromText(description),
        });
      }
    } else if (header[0] === "code") {
      current.responses.push(...rows.map((r) => r[0]).filter((c) => /^\d{3}$/.test(c)));
    }
  }
  return ops;
}

/**
 * A JSON block after a "View ..." link. Pages write it three ways: inside backticks (possibly
 * spanning lines), after a `[]` marker on the same line, or after a `[]` line followed by a
 * backtick block. Pages also get JSON wrong (missing commas, placeholders such as `<appId>`,
 * comments), so the text is repaired with jsonrepair; `repaired` says when that was needed.
 */
function readJsonBlock(lines: string[], start: number): { json: unknown; end: number; repaired: boolean } | undefined {
  let i = start;
  let first = lines[i]!.trim();
  if (first === "[]" && i + 1 < lines.length && /^`\s*[[{]/.test(lines[i + 1]!.trim())) first = lines[++i]!.trim();
  const m = /^(?:`\s*\[ \]|\[\]\s*|`)\s*([[{].*)$/.exec(first);
  if (!m) return undefined;
  const backtick = first.startsWith("`");
  let text = m[1]!;
  let depth = 0;
  const balance = (chunk: string) => {
    let inString = false;
    for (let k = 0; k < chunk.length; k++) {
      const c = chunk[k];
      if (c === "\\" && inString) k++;
      else if (c === '"') inString = !inString;
      else if (!inString && (c === "{" || c === "[")) depth++;
      else if (!inString && (c === "}" || c === "]")) depth--;
    }
  };
  balance(text);
  while (i + 1 < lines.length && (backtick ? !/`\s*$/.test(text) : depth > 0)) {
    const next = lines[i + 1]!;
    // A block without its closing brace ends where the page's prose or list resumes.
    if (!backtick && /^(- |#|A successful|\[\])/.test(next.trim()) && !/^- ?[[{"]/.test(next.trim())) break;
    text += `\n${next}`;
    balance(next);
    i++;
  }
  text = text.replace(/`\s*$/, "").trim();
  try {
    return { json: JSON.parse(text), end: i, repaired: false };
  } catch {
    try {
      return { json: JSON.parse(jsonrepair(text)), end: i, repaired: true };
    } catch {
      return { json: undefined, end: i, repaired: true };
    }
  }
}

function exampleKind(label: string): PageExample["kind"] {
  if (/response/i.test(label)) return "response";
  if (/example|sample/i.test(label) && !/payload/i.test(label)) return "request";
  return "template";
}

/** "Send a `POST` request to the following endpoint in the X controller: `/path`" and its variants. */
const SEND = /send an?\s+\**`?(GET|POST|PUT|DELETE|PATCH)`?\**\s+request\s+to\s+(?:to\s+)?(?:the\s+)?(?:following\s+)?endpoint[^:`]*:?\s*\/?`([^`]+)`/i;

function parseHowTo(lines: string[]): { operations: PageOperation[]; fields: PageField[] } {
  const ops: PageOperation[] = [];
  const fields: PageField[] = [];
  let current: PageOperation | undefined;
  let inEndpointParams = false;
  let pendingLabel: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    // "`/customers/``{customerId}``/x`": a placeholder set in code inside a code span.
    const line = lines[i]!.trim().replace(/``/g, "");
    const send = SEND.exec(line);
    if (send) {
      // The section title is the line before the "To ...:" lead-in that precedes the steps.
      let t = i - 1;
      while (t > 0 && !/^To .*:$/.test(lines[t]!.trim())) t--;
      const section = t > 0 ? lines[t - 1]!.trim().replace(/^\[\]/, "") : "";
      const written = send[2]!;
      const { path, query, repairs } = normalizePagePath(written);
      current = { method: send[1]!.toUpperCase(), path, ...(repairs.length ? { written, repairs } : {}), section, parameters: [], responses: [], examples: [] };
      for (const m of path.matchAll(/\{(\w+)\}/g)) current.parameters.push({ name: m[1]!, in: "path", required: true });
      for (const q of query) current.parameters.push({ name: q, in: "query" });
      ops.push(current);
      inEndpointParams = false;
      pendingLabel = undefined;
      continue;
    }
    if (!current) {
      if (isTableRow(line)) i = readFieldTable(lines, i, fields) - 1;
      continue;
    }
    if (/^Provide the (following|`\w+`)/i.test(line)) inEndpointParams = true;
    if (/^- (Include|Use) the/i.test(line)) inEndpointParams = false;
    const param = /^- `(\w+)`:/.exec(line);
    // `{Id}` in the path and `id` in the list are the same path parameter.
    if (param && inEndpointParams && !current.parameters.some((p) => p.name.toLowerCase() === param[1]!.toLowerCase())) {
      // Named in "Provide the following in the request endpoint" but not in the path: a query parameter.
      current.parameters.push({ name: param[1]!, in: "query" });
    }
    const code = /returns (?:the )?(?:response )?code (\d{3})/i.exec(line);
    if (code && !current.responses.includes(code[1]!)) current.responses.push(code[1]!);
    const link = /^- \[((?:View|See)[^\]]*)\]/.exec(line);
    if (link) {
      pendingLabel = link[1];
      continue;
    }
    const json = pendingLabel !== undefined ? readJsonBlock(lines, i) : undefined;
    if (json) {
      if (json.json !== undefined) current.examples.push({ label: pendingLabel!, kind: exampleKind(pendingLabel!), json: json.json, ...(json.repaired ? { repaired: true } : {}) });
      pendingLabel = undefined;
      i = json.end;
      continue;
    }
    if (isTableRow(line)) i = readFieldTable(lines, i, fields) - 1;
  }
  return { operations: ops, fields };
}

function readFieldTable(lines: string[], start: number, into: PageField[]): number {
  const { header, rows, end } = readTable(lines, start);
  if (header[0] !== "field") return end;
  const col = (n: string) => header.indexOf(n);
  for (const r of rows) {
    const value = (r[col("value")] ?? "").replace(/`/g, "");
    const def = /Default:\s*(true|false|-?\d+|\w+?)(?=Supported|\s|$)/i.exec(value);
    const supported = /supported values?(?: is|:)\s*(.+)$/i.exec(value);
    const type = /^(String|Integer|Boolean|Long|Array)/.exec(value)?.[1]?.toLowerCase() ?? (def && /^(true|false)$/.test(def[1]) ? "boolean" : undefined);
    into.push({
      name: r[col("field")],
      required: /^yes$/i.test(r[col("required")] ?? ""),
      ...(type ? { type } : {}),
      ...(def ? { default: def[1] } : {}),
      ...(supported ? { values: supported[1].split(/,\s*/).map((v) => v.trim()).filter(Boolean) } : {}),
    });
  }
  return end;
}

/** Parses one help page; `page` is its file name without `.md`. */
export function parseHelpPage(page: string, markdown: string): HelpPage {
  const lines = markdown.split(/\r?\n/);
  const title = (lines.find((l) => l.startsWith("# ")) ?? page).replace(/^#\s+/, "").trim();
  const source = /^Source:\s*(\S+)/m.exec(markdown)?.[1];
  const reference = lines.some((l) => /^#{2,3}\s+`(GET|POST|PUT|DELETE|PATCH)\s/.test(l));
  if (reference) {
    return { page, title, source, form: "api-reference", operations: parseApiReference(lines), fields: [] };
  }
  const { operations, fields } = parseHowTo(lines);
  return { page, title, source, form: "how-to", operations, fields };
}
