import { readFile } from "node:fs/promises";
import type { Har } from "./reporters/har";

/** One replayed entry: what the HAR recorded and what the target answers now. */
export interface ReplayResult {
  method: string;
  url: string;
  recordedStatus: number;
  status: number | string;
  comment?: string;
}

/**
 * Re-sends the requests of a HAR file (as saved by a failing run) to a base URL. Redacted
 * `Authorization` headers get `token` instead.
 */
export async function replayHar(file: string, baseUrl: string, token?: string): Promise<ReplayResult[]> {
  let har: Har;
  try {
    har = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new Error(`Cannot read HAR file ${file}: ${(e as Error).message}`);
  }
  if (!Array.isArray(har?.log?.entries)) throw new Error(`${file} is not a HAR file (no log.entries)`);
  const out: ReplayResult[] = [];
  for (const e of har.log.entries) {
    const original = new URL(e.request.url);
    const url = `${baseUrl.replace(/\/$/, "")}${original.pathname}${original.search}`;
    const headers: Record<string, string> = {};
    for (const { name, value } of e.request.headers) {
      if (["host", "content-length", "connection"].includes(name.toLowerCase())) continue;
      headers[name] = name.toLowerCase() === "authorization" && value.includes("$ZPA_TOKEN") ? (token ? `Bearer ${token}` : "") : value;
      if (headers[name] === "") delete headers[name];
    }
    let status: number | string;
    try {
      const res = await fetch(url, { method: e.request.method, headers, body: e.request.postData?.text });
      await res.arrayBuffer();
      status = res.status;
    } catch (err) {
      status = (err as Error).message;
    }
    out.push({ method: e.request.method, url, recordedStatus: e.response.status, status, comment: e.comment });
  }
  return out;
}
