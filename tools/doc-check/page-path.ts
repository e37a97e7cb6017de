/**
 * The help pages write endpoints by hand, and not always cleanly. This turns what a page writes
 * into the path the spec uses, and names every repair it made, so that the spec can acknowledge
 * the page's own text verbatim in `x-doc-notes` and doc-check can tell noise from drift.
 */

/** One repair made to a page's endpoint; `quote` is the page's text, verbatim. */
export interface PathRepair {
  kind:
    | "trailing-dot"
    | "missing-slash"
    | "missing-prefix"
    | "missing-admin"
    | "glued-parameter"
    | "singular-customer"
    | "doubled-segment"
    | "literal-id"
    | "query-without-question-mark"
    | "mangled-microtenant"
    | "placeholder-query";
  quote: string;
}

export interface PagePath {
  /** The path as the spec writes it: `/mgmtconfig/v1/admin/customers/{customerId}/segmentGroup`. */
  path: string;
  /** Query parameter names the page glued to the endpoint, in order. */
  query: string[];
  repairs: PathRepair[];
}

const PREFIX = "/mgmtconfig/v1/admin";
const BASES = /^\/(mgmtconfig\/v[12]\/admin|userconfig\/v1|cbiconfig\/cbi\/api|signin|signout)(\/|$)/;

/** A literal tenant or object id, as pages paste them from real tenants. */
const LITERAL_ID = /^\d{6,}$/;

/** `{customerId}` follows `customers/`; any other pasted id stands for the item id the next reference names. */
function placeholderFor(previous: string | undefined): string {
  return previous === "customers" ? "{customerId}" : "{id}";
}

/** Normalizes one endpoint as a help page writes it (path and optional query). */
export function normalizePagePath(raw: string): PagePath {
  const repairs: PathRepair[] = [];
  let text = raw.trim();
  if (/\.$/.test(text)) {
    repairs.push({ kind: "trailing-dot", quote: raw });
    text = text.replace(/\.+$/, "");
  }
  // `&micro` rendered as the HTML entity for µ: "...&sortdir=ASCµtenantId=..."
  if (text.includes("µtenant")) {
    repairs.push({ kind: "mangled-microtenant", quote: raw });
    text = text.replace(/µtenant/g, "&microtenant");
  }
  let [pathPart, ...rest] = text.split("?");
  let query = rest.join("?");
  const amp = pathPart.indexOf("&");
  if (amp >= 0) {
    repairs.push({ kind: "query-without-question-mark", quote: raw });
    query = [pathPart.slice(amp + 1), query].filter(Boolean).join("&");
    pathPart = pathPart.slice(0, amp);
  }
  if (!pathPart.startsWith("/")) {
    repairs.push({ kind: "missing-slash", quote: raw });
    pathPart = `/${pathPart}`;
  }
  if (!BASES.test(pathPart) && /^\/customers\//.test(pathPart)) {
    repairs.push({ kind: "missing-prefix", quote: raw });
    pathPart = `${PREFIX}${pathPart}`;
  }
  if (/^\/mgmtconfig\/v[12]\/customers?\//.test(pathPart)) {
    repairs.push({ kind: "missing-admin", quote: raw });
    pathPart = pathPart.replace(/^(\/mgmtconfig\/v[12])\//, "$1/admin/");
  }
  if (/^\/mgmtconfig\/v[12]\/admin\/customer\//.test(pathPart)) {
    repairs.push({ kind: "singular-customer", quote: raw });
    pathPart = pathPart.replace("/admin/customer/", "/admin/customers/");
  }
  if (/[A-Za-z0-9]\{|\}[A-Za-z0-9]/.test(pathPart)) {
    repairs.push({ kind: "glued-parameter", quote: raw });
    pathPart = pathPart.replace(/([A-Za-z0-9])\{/g, "$1/{").replace(/\}([A-Za-z0-9])/g, "}/$1");
  }
  const segments = pathPart.split("/");
  const kept: string[] = [];
  for (const segment of segments) {
    if (segment === "customers" && kept[kept.length - 1] === "customers") {
      repairs.push({ kind: "doubled-segment", quote: raw });
      continue;
    }
    if (LITERAL_ID.test(segment)) {
      repairs.push({ kind: "literal-id", quote: raw });
      kept.push(placeholderFor(kept[kept.length - 1]));
      continue;
    }
    kept.push(segment);
  }
  const path = kept.join("/").replace(/\/+$/, "") || "/";
  const names: string[] = [];
  for (const pair of query.split("&").filter(Boolean)) {
    const name = pair.split("=")[0]!.trim();
    if (!/^[A-Za-z_][\w.]*$/.test(name)) {
      repairs.push({ kind: "placeholder-query", quote: raw });
      continue;
    }
    if (!names.includes(name)) names.push(name);
  }
  return { path, query: names, repairs };
}

/** `{customerId}` and `{id}` name the same slot: paths compared with parameter names blanked. */
export function pathShape(p: string): string {
  return p.replace(/\{[^}]+\}/g, "{}").replace(/\/+$/, "");
}
