import { readFile } from "node:fs/promises";
import { createSpecValidator } from "@zpa-openapi/spec";
import { judgeResponse, Recorder, type Env } from "./engine";
import { RESPONSE_CHECKS } from "./checks/index";
import type { ResponseCheck } from "./checks/types";
import { Transport } from "./http/transport";
import { cleanupOwned, idOf, jsonOf, newRunPrefix } from "./owned-resources";
import type { Har, HarFinding } from "./reporters/har";
import { applyPrefix, deriveResources, isWrite, resourceOf, type ResourceModel } from "./resources";
import { loadSpecModel, type OperationModel } from "./spec-model";
import { isLoopback } from "./targets/resolve-target";

/** One replayed entry: what the HAR recorded and what the target answers now. */
export interface ReplayResult {
  method: string;
  url: string;
  recordedStatus: number;
  /** The status now, a network error, or `skipped` (a write to an id this replay did not create). */
  status: number | string;
  comment?: string;
  /**
   * The checks that still fail on the new answer (`check: message`); empty when the fault is gone.
   * The response checks judge the answer again; a check about the status (a probe, a negative
   * request) still fails when the target answers the status it was reported for.
   */
  stillFailing?: string[];
}

/** How a HAR file is replayed. */
export interface ReplayOptions {
  /** Bearer token put where the HAR has the redacted `$ZPA_TOKEN`. */
  token?: string;
  /**
   * Re-send the entries that write (POST, PUT, DELETE, ...). Without it a HAR holding any is refused
   * before anything is sent. With it, the rules of a run apply: bodies carry a fresh run prefix,
   * writes to an id go only to ids this replay created, and what it created is removed at the end.
   */
  allowWrites?: boolean;
  /** Prefix for what the replay creates; default a fresh `zpact-…`. */
  runPrefix?: string;
  /** Replay only these entries (1-based, as the reports number them). */
  entries?: readonly number[];
  /** Response-time budget per request in ms for `max_response_time` (default 2000). */
  maxResponseTimeMs?: number;
  /** Extra response checks (from `--checks-module`) judged along with the built-in ones. */
  responseChecks?: readonly ResponseCheck[];
  /** Extra request headers (never `authorization`). */
  headers?: Record<string, string>;
}

/** Checks whose failure is about the status a probe or a generated request got, rather than the answer's own shape. */
const STATUS_CHECKS = new Set(["negative_data_rejection", "positive_data_acceptance", "missing_required_header", "unsupported_method", "unsupported_media_type", "ignored_auth", "unknown_id_not_found", "use_after_free"]);

const PREFIX_TOKEN = /zpact-[a-z0-9]+/g;

/** The spec operation a recorded request was sent to, with its path values. */
function operationOf(ops: { op: OperationModel; re: RegExp }[], method: string, pathname: string): { op: OperationModel; params: Record<string, string> } | undefined {
  for (const { op, re } of ops) {
    if (op.method !== method) continue;
    const m = re.exec(pathname);
    if (m) return { op, params: Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)])) };
  }
  return undefined;
}

/** A recorded body with the replay's prefix in place of the recorded run's (and in a create's name and email fields). */
function relabel(body: string | undefined, mediaType: string, prefix: string, create: ResourceModel | undefined): string | undefined {
  if (body === undefined) return body;
  const text = body.replace(PREFIX_TOKEN, prefix);
  if (!create?.create?.body || !mediaType.includes("json")) return text;
  try {
    const parsed = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return text;
    return JSON.stringify(applyPrefix(parsed, create.create.body.schema, prefix, "example.com"));
  } catch {
    return text;
  }
}

/**
 * Re-sends the requests of a HAR file (as saved by a failing run) to a base URL. Redacted
 * `Authorization` headers get the token instead. Entries that write need `allowWrites` (see
 * {@link ReplayOptions}); a HAR with any is refused without it.
 */
export async function replayHar(file: string, baseUrl: string, tokenOrOptions?: string | ReplayOptions): Promise<ReplayResult[]> {
  const options: ReplayOptions = typeof tokenOrOptions === "string" || tokenOrOptions === undefined ? { token: tokenOrOptions } : tokenOrOptions;
  let har: Har;
  try {
    har = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new Error(`Cannot read HAR file ${file}: ${(e as Error).message}`);
  }
  if (!Array.isArray(har?.log?.entries)) throw new Error(`${file} is not a HAR file (no log.entries)`);
  if (options.entries?.length) {
    const n = har.log.entries.length;
    for (const i of options.entries) if (!Number.isInteger(i) || i < 1 || i > n) throw new Error(`--entry accepts an entry number from 1 to ${n} of ${file}; got ${i}`);
    har = { log: { ...har.log, entries: har.log.entries.filter((_e, i) => options.entries!.includes(i + 1)) } };
  }
  const writes = har.log.entries.filter((e) => !["GET", "HEAD", "OPTIONS"].includes(String(e.request?.method).toUpperCase()));
  if (writes.length && !options.allowWrites) {
    const sample = writes.slice(0, 3).map((e) => `${e.request.method} ${new URL(e.request.url).pathname}`).join(", ");
    throw new Error(`${file} holds ${writes.length} request(s) that write (${sample}); replaying them changes the target: pass --allow-writes (what the replay creates carries a fresh run prefix and is removed at the end)`);
  }
  const model = loadSpecModel();
  const resources = deriveResources(model);
  const routes = model.operations.map((op) => ({ op, re: new RegExp(`${op.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\\{([^}]+)\\\}|\{([^}]+)\}/g, (_m, a, b) => `(?<${a ?? b}>[^/]+)`)}$`) }));
  const prefix = options.runPrefix ?? newRunPrefix();
  const transport = new Transport({ baseUrl, rateLimit: !isLoopback(baseUrl), headers: options.headers });
  if (options.token) transport.token = options.token;
  const validator = createSpecValidator();
  const env = {
    model,
    transport,
    resources,
    owned: [],
    known: new Map(),
    recorder: new Recorder(),
    compile: validator.compile,
    maxResponseTimeMs: options.maxResponseTimeMs ?? 2000,
    strictProbes: true,
    responseChecks: [...RESPONSE_CHECKS, ...(options.responseChecks ?? [])],
    baseContext: () => ({ fixedParams: {}, idPools: {}, mock: false, compile: validator.compile }),
  } as unknown as Env;
  // Recorded id → the id this replay's own create got: later entries act on the replay's resource.
  const renamed = new Map<string, string>();
  const out: ReplayResult[] = [];
  try {
    for (const e of har.log.entries) {
      const original = new URL(e.request.url);
      let pathname = original.pathname;
      for (const [from, to] of renamed) pathname = pathname.split(`/${encodeURIComponent(from)}`).join(`/${encodeURIComponent(to)}`);
      const url = `${baseUrl.replace(/\/$/, "")}${pathname}${original.search}`;
      const method = String(e.request.method).toUpperCase();
      const headers: Record<string, string> = {};
      for (const { name, value } of e.request.headers) {
        if (["host", "content-length", "connection"].includes(name.toLowerCase())) continue;
        headers[name] = name.toLowerCase() === "authorization" && value.includes("$ZPA_TOKEN") ? (options.token ? `Bearer ${options.token}` : "") : value;
        if (headers[name] === "") delete headers[name];
      }
      const matched = operationOf(routes, method, pathname);
      const resource = matched ? resourceOf(resources, matched.op) : undefined;
      const creates = matched ? resources.find((r) => r.create === matched.op) : undefined;
      let body: string | undefined = e.request.postData?.text;
      if (isWrite({ method } as OperationModel)) {
        // The rules of a run: a write to an item goes only to an id this replay created.
        const id = resource && matched && !creates ? matched.params[resource.idParam] : undefined;
        if (id !== undefined && !env.owned.some((o) => o.resource === resource && o.id === id)) {
          out.push({ method, url, recordedStatus: e.response.status, status: "skipped", comment: `${e.comment ? `${e.comment}; ` : ""}not sent: ${resource!.name} ${id} was not created by this replay` });
          continue;
        }
        body = relabel(body, e.request.postData?.mimeType ?? headers["content-type"] ?? "", prefix, creates);
      }
      const x = await transport.sendRaw(method, url, headers, body);
      if (creates && matched && x.response && x.response.status < 300) {
        const id = idOf(jsonOf(x), creates.idField);
        if (id) {
          const { [creates.idParam]: _self, ...path } = matched.params;
          env.owned.push({ resource: creates, id, path });
          let recorded: unknown;
          try {
            recorded = JSON.parse(e.response.content?.text ?? "");
          } catch {
            recorded = undefined;
          }
          const was = idOf(recorded, creates.idField);
          if (was && was !== id) renamed.set(was, id);
        }
      }
      // The same checks as the run, on the new answer: a fault still present fails the replay.
      const finding = e._zpaConformance as HarFinding | undefined;
      const statusCheck = !!finding && STATUS_CHECKS.has(finding.check);
      const stillFailing = matched ? judgeResponse(env, matched.op, x, statusCheck && finding!.check !== "positive_data_acceptance" && finding!.check !== "negative_data_rejection").map((f) => `${f.check}: ${f.message}`) : [];
      if (!x.response) stillFailing.push(`not_a_server_error: ${x.error ?? "no response"}`);
      else if (statusCheck && x.response.status === e.response.status) stillFailing.push(`${finding!.check}: still ${x.response.status}${finding!.expected ? ` (expected ${finding!.expected})` : ""}`);
      out.push({ method, url, recordedStatus: e.response.status, status: x.response?.status ?? x.error ?? "no response", comment: e.comment, stillFailing: [...new Set(stillFailing)] });
    }
  } finally {
    transport.beginCleanup();
    if (env.owned.length) {
      const { problems } = await cleanupOwned(env);
      if (problems.length) out.push({ method: "CLEANUP", url: baseUrl, recordedStatus: 0, status: `left ${problems.length}: run \`zpa-conformance sweep --prefix ${prefix}\``, comment: problems.slice(0, 3).join("; ") });
    }
    transport.close();
  }
  return out;
}
