/**
 * The JSON text of an answer, reusing the text of records that cannot change. A read form the
 * engine keeps (see `TwinEngine.present`) is never edited, since records are replaced whole, so its
 * text is made once and a page of 20 is joined from texts already made: serializing the page was
 * the largest single cost of a list answer. The text is the same as `JSON.stringify` would write.
 */
const texts = new WeakMap<object, string>();
const unchanging = new WeakSet<object>();

/** Marks a read form whose text may be kept: nothing edits it after this. */
export function markUnchanging(record: object): void {
  unchanging.add(record);
}

function elementJson(value: unknown): string {
  if (value && typeof value === "object" && unchanging.has(value)) {
    let text = texts.get(value);
    if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
    return text;
  }
  // Inside an array, what JSON.stringify leaves out of an object (undefined, a function) is `null`.
  return JSON.stringify(value) ?? "null";
}

const arrayJson = (values: unknown[]): string => `[${values.map(elementJson).join(",")}]`;

/** `JSON.stringify(body)`, with arrays of records (a bare list, or a page's `list`/`items`) joined from kept texts. */
export function answerJson(body: unknown): string {
  if (Array.isArray(body)) return arrayJson(body);
  if (!body || typeof body !== "object" || typeof (body as { toJSON?: unknown }).toJSON === "function" || unchanging.has(body)) return elementJson(body);
  const parts: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    parts.push(`${JSON.stringify(key)}:${Array.isArray(value) ? arrayJson(value) : JSON.stringify(value)}`);
  }
  return `{${parts.join(",")}}`;
}
