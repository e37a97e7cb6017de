/**
 * Infers a lenient JSON Schema from the JSON a help page shows. Used once, to draft a family:
 * the drafted schema accepts every example it was built from, names ids and times with the
 * spec's shared schemas, and leaves objects open, because Zscaler's SDKs send whole records back.
 */
export type Schema = Record<string, any>;

const ID_KEY = /^(id|[a-z][A-Za-z0-9]*Id|modifiedBy|createdBy)$/;
const TIME_KEY = /^[a-z][A-Za-z0-9]*(Time|On)$/;
const PLACEHOLDER = /^(<[^>]*>|string|\{[^}]*\}|integer|long|boolean)$/i;

export const REFS = {
  id: { $ref: "#/components/schemas/Int64Id" },
  looseId: { $ref: "#/components/schemas/LooseId" },
  time: { $ref: "#/components/schemas/EpochSeconds" },
};

/** Evidence for one value: every JSON value the pages show for it, and whether any came from a template. */
interface Evidence {
  values: unknown[];
}

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** Infers a schema for the values seen under one key (`key` decides ids and times). */
export function inferSchema(values: unknown[], key = ""): Schema {
  const seen = values.filter((v) => v !== undefined);
  const types = new Set(seen.map(typeOf));
  const concrete = seen.filter((v) => !(typeof v === "string" && PLACEHOLDER.test(v)));
  if (ID_KEY.test(key) && !types.has("object") && !types.has("array")) {
    const digits = concrete.every((v) => typeof v === "string" && /^\d{1,19}$/.test(v));
    return digits && !types.has("boolean") ? { ...REFS.id } : { ...REFS.looseId };
  }
  if (TIME_KEY.test(key) && concrete.length > 0 && concrete.every((v) => typeof v === "string" && /^\d{1,12}$/.test(v))) {
    return { ...REFS.time };
  }
  if (types.size === 0) return {};
  const branches: Schema[] = [];
  const scalar = [...types].filter((t) => t !== "object" && t !== "array");
  if (types.has("integer") && types.has("number")) scalar.splice(scalar.indexOf("integer"), 1);
  if (types.has("object")) {
    const objects = seen.filter((v) => typeOf(v) === "object") as Record<string, unknown>[];
    const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
    const properties: Schema = {};
    for (const k of keys) properties[k] = inferSchema(objects.map((o) => o[k]), k);
    branches.push(keys.length ? { type: "object", properties } : { type: "object" });
  }
  if (types.has("array")) {
    const items = (seen.filter(Array.isArray) as unknown[][]).flat();
    branches.push({ type: "array", items: items.length ? inferSchema(items, singular(key)) : {} });
  }
  if (branches.length === 0) return scalar.length === 1 ? { type: scalar[0] } : { type: scalar };
  if (scalar.length === 0 && branches.length === 1) return branches[0]!;
  // Pages disagree on the shape (an object here, a string there): accept each.
  return { anyOf: [...branches, ...scalar.map((t) => ({ type: t }))] };
}

/** `serverGroups` → `serverGroup`, so the items of an id list are still ids. */
function singular(key: string): string {
  return key.replace(/Ids$/, "Id");
}

/** Adds the properties of `extra` that `into` lacks, recursively, without changing what is there. */
export function mergeProperties(into: Schema, extra: Schema): Schema {
  if (!extra.properties) return into;
  if (into.type !== "object") return into;
  into.properties ??= {};
  for (const [k, v] of Object.entries<Schema>(extra.properties)) {
    if (!into.properties[k]) into.properties[k] = v;
    else mergeProperties(into.properties[k], v);
  }
  return into;
}
