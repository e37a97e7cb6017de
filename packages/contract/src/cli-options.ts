import { ZPA_CLOUDS } from "@zpa-openapi/client";

/** Bad command-line or config-file input: one line naming what was wrong; the CLI exits 2 before any work. */
export class UsageError extends Error {}

/** The commands of the CLI. */
export type Command = "run" | "sweep" | "replay" | "token";

/** One flag: its name, what it accepts, and which commands take it. */
export interface FlagSpec {
  name: string;
  kind: "string" | "boolean" | "list";
  /** What a value must be, as the error and `--help` say it (absent for booleans). */
  accepts?: string;
  /** Checks one value; returns the reason it is refused, or undefined when it is fine. */
  check?(value: string): string | undefined;
  short?: string;
  /** The flag this one stands for (its values go there). */
  aliasOf?: string;
  commands: readonly Command[];
  /** Comma-separated values are split (`--checks a,b`). */
  commaList?: boolean;
  /** Not allowed in a config file (secrets belong in the environment). */
  noConfig?: boolean;
}

const ALL: readonly Command[] = ["run", "sweep", "replay", "token"];
const RUN: readonly Command[] = ["run"];
const TARGETED: readonly Command[] = ["run", "sweep", "token"];

const intIn = (min: number, max = Number.MAX_SAFE_INTEGER) => (v: string) => (/^-?\d+$/.test(v) && Number(v) >= min && Number(v) <= max ? undefined : "out of range");
const nonEmpty = (v: string) => (v.trim() ? undefined : "empty");
const CLOUDS = Object.keys(ZPA_CLOUDS);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** `Name: value`, a header token name (RFC 9110) and a value without line breaks. */
export const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([^\r\n]*)$/;
/** Headers the suite sets itself (the token, framing); `-H` may not replace them. */
const RESERVED_HEADERS = new Set(["authorization", "host", "content-length", "transfer-encoding", "connection", "content-type", "accept"]);
/** `N/s`, `N/10s`: N requests per that many seconds. */
export const RATE_LIMIT = /^(\d+)\/(\d*)s$/;

/** Every flag the CLI knows, in `--help` order. Config-file keys are the same names. */
export const FLAGS: readonly FlagSpec[] = [
  { name: "target", kind: "string", accepts: `"prism", "live" or an http(s) URL`, commands: ["run", "sweep", "replay", "token"], check: (v) => (v === "prism" || v === "live" || /^https?:\/\/[^/\s]+/.test(v) ? undefined : "bad") },
  { name: "cloud", kind: "string", accepts: `one of ${CLOUDS.join(", ")} (with --target live)`, commands: TARGETED, check: (v) => (CLOUDS.includes(v.toUpperCase()) ? undefined : "bad") },
  { name: "client-id", kind: "string", accepts: "a non-empty API client id", commands: TARGETED, check: nonEmpty },
  { name: "client-secret-file", kind: "string", accepts: "a file whose first line is the API client secret (or set ZPA_CLIENT_SECRET)", commands: ["run", "sweep"], check: nonEmpty, noConfig: true },
  { name: "customer-id", kind: "string", accepts: "a tenant id of digits", commands: TARGETED, check: (v) => (/^\d{1,20}$/.test(v) ? undefined : "bad") },
  { name: "seed", kind: "string", accepts: "an integer from -2147483648 to 2147483647", commands: RUN, check: intIn(-(2 ** 31), 2 ** 31 - 1) },
  { name: "runs", kind: "string", accepts: "a positive integer (runs per property)", commands: RUN, check: intIn(1) },
  { name: "max-examples", kind: "string", aliasOf: "runs", accepts: "a positive integer (runs per property)", commands: RUN, check: intIn(1) },
  { name: "negative-runs", kind: "string", accepts: "a positive integer (runs per negative family)", commands: RUN, check: intIn(1) },
  { name: "budget", kind: "string", accepts: `an integer of at least 2, or "none"`, commands: RUN, check: (v) => (v === "none" ? undefined : intIn(2)(v)) },
  { name: "allow-writes", kind: "boolean", commands: ["run", "replay"] },
  { name: "read-only", kind: "boolean", commands: ["run", "replay"] },
  { name: "write-existing", kind: "boolean", commands: RUN },
  { name: "stateful", kind: "boolean", commands: RUN },
  { name: "stateless", kind: "boolean", commands: RUN },
  { name: "include-operation", kind: "list", accepts: "an operation id of the spec", commands: RUN, check: nonEmpty, commaList: true },
  { name: "only-operation", kind: "list", aliasOf: "include-operation", accepts: "an operation id of the spec", commands: RUN, check: nonEmpty, commaList: true },
  { name: "exclude-operation", kind: "list", accepts: "an operation id of the spec", commands: RUN, check: nonEmpty, commaList: true },
  { name: "include-tag", kind: "list", accepts: "a tag of the spec", commands: RUN, check: nonEmpty },
  { name: "exclude-tag", kind: "list", accepts: "a tag of the spec", commands: RUN, check: nonEmpty },
  { name: "include-path", kind: "list", accepts: "part of a spec path (e.g. /administrators)", commands: RUN, check: nonEmpty },
  { name: "exclude-path", kind: "list", accepts: "part of a spec path (e.g. /administrators)", commands: RUN, check: nonEmpty },
  { name: "include-method", kind: "list", accepts: `an HTTP method (${METHODS.join(", ")})`, commands: RUN, check: (v) => (METHODS.includes(v.toUpperCase()) ? undefined : "bad"), commaList: true },
  { name: "exclude-method", kind: "list", accepts: `an HTTP method (${METHODS.join(", ")})`, commands: RUN, check: (v) => (METHODS.includes(v.toUpperCase()) ? undefined : "bad"), commaList: true },
  { name: "only-check", kind: "list", accepts: "a check name (see --help)", commands: RUN, check: nonEmpty, commaList: true },
  { name: "checks", kind: "list", aliasOf: "only-check", accepts: "check names, comma-separated", commands: RUN, check: nonEmpty, commaList: true },
  { name: "exclude-check", kind: "list", accepts: "a check name (see --help)", commands: RUN, check: nonEmpty, commaList: true },
  { name: "exclude-checks", kind: "list", aliasOf: "exclude-check", accepts: "check names, comma-separated", commands: RUN, check: nonEmpty, commaList: true },
  { name: "checks-module", kind: "string", accepts: "an ES module file exporting checks", commands: ["run", "replay"], check: nonEmpty },
  { name: "workers", kind: "string", accepts: "an integer from 1 to 64", commands: RUN, check: intIn(1, 64) },
  { name: "max-failures", kind: "string", accepts: "a positive integer (failing checks before stopping)", commands: RUN, check: intIn(1) },
  { name: "exitfirst", kind: "boolean", short: "x", commands: RUN },
  { name: "max-time", kind: "string", accepts: "a positive number of seconds", commands: RUN, check: (v) => (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0 ? undefined : "bad") },
  { name: "property-time-limit", kind: "string", accepts: "a positive number of seconds (per property; default 120)", commands: RUN, check: (v) => (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0 ? undefined : "bad") },
  { name: "max-response-time", kind: "string", accepts: "a positive integer of milliseconds", commands: ["run", "replay"], check: intIn(1) },
  { name: "header", kind: "list", short: "H", accepts: `"Name: value" (not Authorization, Content-Type, Accept, Host or framing headers)`, commands: ["run", "replay"], check: (v) => { const m = HEADER_LINE.exec(v); return m && !RESERVED_HEADERS.has(m[1]!.toLowerCase()) ? undefined : "bad"; } },
  { name: "rate-limit", kind: "string", accepts: "N/s or N/10s (requests per that many seconds, N ≥ 1)", commands: ["run", "replay"], check: (v) => { const m = RATE_LIMIT.exec(v); return m && Number(m[1]) >= 1 && (m[2] === "" || Number(m[2]) >= 1) ? undefined : "bad"; } },
  { name: "email-domain", kind: "string", accepts: "a domain name such as example.com", commands: RUN, check: (v) => (/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(v) ? undefined : "bad") },
  { name: "report-dir", kind: "string", accepts: "a writable directory", commands: RUN, check: nonEmpty },
  { name: "config", kind: "string", accepts: "a JSON config file", commands: ["run"], check: nonEmpty, noConfig: true },
  { name: "entry", kind: "list", accepts: "an entry number of the HAR file (1, 2, ...)", commands: ["replay"], check: intIn(1), commaList: true },
  { name: "prefix", kind: "string", accepts: "a run prefix like zpact-lx3k9a2b", commands: ["sweep"], check: (v) => (/^zpact-[a-z0-9]{4,}$/.test(v) ? undefined : "bad") },
  { name: "dry-run", kind: "boolean", commands: ["sweep"] },
  { name: "quiet", kind: "boolean", commands: ALL },
  { name: "help", kind: "boolean", short: "h", commands: ALL, noConfig: true },
];

const BY_NAME = new Map(FLAGS.map((f) => [f.name, f]));
const BY_SHORT = new Map(FLAGS.filter((f) => f.short).map((f) => [f.short!, f]));

/** Parsed flags: strings, booleans and lists under the canonical (non-alias) flag name. */
export type FlagValues = Record<string, string | boolean | string[] | undefined>;

/** Where a value came from, for error messages (`--runs` or `zpa-conformance.config.json: "runs"`). */
type Origin = (flag: string) => string;
const fromCli: Origin = (f) => `--${f}`;

function refuse(origin: Origin, spec: FlagSpec, value: string): never {
  throw new UsageError(`${origin(spec.name)} accepts ${spec.accepts}; got ${spec.name === "header" ? headerShown(value) : JSON.stringify(value)}`);
}

/** A refused header as an error may quote it: its name only, since its value may be a credential (`Authorization: Bearer …`). */
function headerShown(value: string): string {
  const colon = value.indexOf(":");
  return colon < 0 ? "a header without a colon" : `a header named ${JSON.stringify(value.slice(0, colon).trim())} (its value not shown)`;
}

function put(values: FlagValues, spec: FlagSpec, value: string | boolean, origin: Origin): void {
  const key = spec.aliasOf ?? spec.name;
  if (spec.kind === "boolean") {
    values[key] = value;
    return;
  }
  const raw = String(value);
  const parts = spec.commaList ? raw.split(",").map((s) => s.trim()) : [raw];
  for (const p of parts) if (spec.check?.(p)) refuse(origin, spec, p);
  if (spec.kind === "list") values[key] = [...((values[key] as string[] | undefined) ?? []), ...parts];
  else {
    // Given twice is ambiguous (which one did the user mean?), unless both say the same.
    if (values[key] !== undefined && values[key] !== raw) throw new UsageError(`${origin(spec.name)} was given twice (${JSON.stringify(values[key])} and ${JSON.stringify(raw)}); it accepts one value`);
    values[key] = raw;
  }
}

/** Splits argv into the command, its positionals and flag values; throws {@link UsageError} on anything it does not know. */
export function parseCommandLine(argv: readonly string[]): { command: Command; positionals: string[]; values: FlagValues; given: Set<string> } {
  const values: FlagValues = {};
  const given = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let spec: FlagSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--") && arg.length > 2) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      spec = BY_NAME.get(name);
      // A secret on the command line shows in `ps`, in shell history and in what pnpm echoes.
      if (name === "client-secret") throw new UsageError("--client-secret is refused: a secret on the command line shows in ps and shell history; set ZPA_CLIENT_SECRET or pass --client-secret-file FILE");
      if (!spec) throw new UsageError(`unknown option --${name}${suggest(name)}; see zpa-conformance --help`);
    } else if (/^-[A-Za-z]$/.test(arg.slice(0, 2)) && !/^-\d/.test(arg)) {
      spec = BY_SHORT.get(arg[1]!);
      if (!spec) throw new UsageError(`unknown option ${arg.slice(0, 2)}; see zpa-conformance --help`);
      if (arg.length > 2) inline = arg.slice(2);
    } else {
      positionals.push(arg);
      continue;
    }
    given.add(spec.aliasOf ?? spec.name);
    const shown = (f: string) => (arg.startsWith("--") ? `--${f}` : `-${spec!.short}`);
    if (spec.kind === "boolean") {
      if (inline !== undefined) throw new UsageError(`${shown(spec.name)} is a switch and takes no value; got ${JSON.stringify(inline)}`);
      put(values, spec, true, shown);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      // The next word is the value, also when it starts with "-" (`--runs -1`, `--seed -7`), but not another long option.
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) throw new UsageError(`${shown(spec.name)} needs a value: ${spec.accepts}`);
      value = next;
      i++;
    }
    put(values, spec, value, shown);
  }
  if (values.exitfirst) {
    if (values["max-failures"] !== undefined && values["max-failures"] !== "1") throw new UsageError(`-x means --max-failures 1; it cannot be combined with --max-failures ${values["max-failures"]}`);
    values["max-failures"] = "1";
  }
  const [first, ...rest] = positionals;
  const command = (first ?? "run") as Command;
  if (!ALL.includes(command)) throw new UsageError(`unknown command ${JSON.stringify(first)}; expected run, sweep, replay or token`);
  const expected = command === "replay" ? 1 : 0;
  if (rest.length > expected) throw new UsageError(`unexpected argument ${JSON.stringify(rest[expected])}: ${command} takes ${expected ? "one HAR file" : "no arguments"} (options start with --)`);
  for (const name of given) {
    const spec = BY_NAME.get(name)!;
    if (!spec.commands.includes(command)) throw new UsageError(`--${name} does not apply to ${command}; it is for ${spec.commands.join(", ")}`);
  }
  return { command, positionals: rest, values, given };
}

/** Merges a config file's settings under the command line's (flags win); refuses unknown keys and bad values naming the key. */
export function mergeConfig(values: FlagValues, config: unknown, file: string): FlagValues {
  if (!config || typeof config !== "object" || Array.isArray(config)) throw new UsageError(`${file}: must hold a JSON object of options (keys as the flag names, e.g. {"runs": 50})`);
  const merged: FlagValues = {};
  const origin: Origin = (f) => `${file}: "${f}"`;
  for (const [key, raw] of Object.entries(config as Record<string, unknown>)) {
    if (key === "$schema") continue;
    const spec = BY_NAME.get(key);
    const secret = spec?.noConfig || key === "client-secret";
    if (!spec || spec.noConfig) throw new UsageError(`${file}: unknown key ${JSON.stringify(key)}${secret ? " (not allowed in a config file; secrets belong in the environment)" : suggest(key)}`);
    if (!spec.commands.includes("run")) throw new UsageError(`${file}: "${key}" does not apply to a run`);
    if (spec.kind === "boolean") {
      if (typeof raw !== "boolean") throw new UsageError(`${file}: "${key}" accepts true or false; got ${JSON.stringify(raw)}`);
      put(merged, spec, raw, origin);
    } else if (spec.kind === "list") {
      const items = Array.isArray(raw) ? raw : [raw];
      for (const item of items) {
        if (typeof item !== "string") throw new UsageError(`${file}: "${key}" accepts ${spec.accepts} (a string or an array of them); got ${JSON.stringify(item)}`);
        put(merged, spec, item, origin);
      }
    } else {
      if (typeof raw !== "string" && typeof raw !== "number") throw new UsageError(`${file}: "${key}" accepts ${spec.accepts}; got ${JSON.stringify(raw)}`);
      put(merged, spec, String(raw), origin);
    }
  }
  // Flags win over the file, key by key (a list given on the command line replaces the file's list).
  for (const [k, v] of Object.entries(values)) if (v !== undefined) merged[k] = v;
  return merged;
}

/** Conflicts between flags that are fine alone. */
export function checkCombinations(command: Command, values: FlagValues): void {
  if (values.stateful && values.stateless) throw new UsageError("--stateful and --stateless contradict each other; pass one (or neither, to detect it)");
  if (values["allow-writes"] && values["read-only"]) throw new UsageError("--allow-writes and --read-only contradict each other; pass one");
  const target = (values.target as string | undefined) ?? (command === "replay" ? undefined : "prism");
  if (values.cloud !== undefined && target !== "live") throw new UsageError(`--cloud applies only to --target live; the target is ${JSON.stringify(target ?? "")}`);
  if (target === "live" && values.cloud === undefined && !process.env.ZPA_CLOUD && !process.env.ZPA_BASE_URL) throw new UsageError(`--target live needs --cloud (one of ${CLOUDS.join(", ")}) or ZPA_CLOUD / ZPA_BASE_URL in the environment`);
  if (command === "replay" && (target === undefined || target === "prism" || target === "live")) throw new UsageError("replay needs --target URL (the server to re-send to)");
}

/** A "did you mean" for a mistyped flag or key. */
function suggest(name: string): string {
  let best: string | undefined;
  let bestD = 3;
  for (const f of BY_NAME.keys()) {
    const d = distance(name, f);
    if (d < bestD) (best = f), (bestD = d);
  }
  return best ? ` (did you mean --${best}?)` : "";
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/** The `--help` lines of the flags: name, short form and what each accepts. */
export function flagHelp(): string {
  return FLAGS.filter((f) => f.name !== "help")
    .map((f) => {
      const left = `${f.short ? `-${f.short}, ` : ""}--${f.name}${f.kind === "boolean" ? "" : " VALUE"}`;
      const right = f.aliasOf ? `same as --${f.aliasOf}` : f.accepts ?? "switch";
      return `  ${left.padEnd(30)} ${right}${f.kind === "list" ? " (repeatable)" : ""} [${f.commands.join(", ")}]`;
    })
    .join("\n");
}
