import { FLAGS, type FlagValues } from "./cli-options";
import { SECRET_HEADER } from "./http/redact";

/** Flags that change what a run sends or judges; everything else (reports, quiet, credentials) does not. */
const REPRODUCING = new Set(["target", "cloud", "seed", "runs", "negative-runs", "budget", "allow-writes", "read-only", "stateful", "stateless", "write-existing", "include-operation", "exclude-operation", "include-tag", "exclude-tag", "include-path", "exclude-path", "include-method", "exclude-method", "only-check", "exclude-check", "checks-module", "max-response-time", "email-domain", "header"]);

function quote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command line that reruns the same run: target, seed, runs and every filter, in flag order.
 * The seed alone does not reproduce a run: the runs and filters shape which requests it draws.
 */
export function reproduceLine(values: FlagValues): string {
  const parts = ["zpa-conformance", "--target", quote(String(values.target ?? "prism"))];
  for (const f of FLAGS) {
    if (f.aliasOf || f.name === "target" || !REPRODUCING.has(f.name)) continue;
    const v = values[f.name];
    if (v === undefined || v === false) continue;
    if (v === true) parts.push(`--${f.name}`);
    // Sensitive header values stay out of the line: the reader supplies them again.
    else if (Array.isArray(v)) for (const x of v) parts.push(f.short ? `-${f.short}` : `--${f.name}`, quote(f.name === "header" && SECRET_HEADER.test(x.split(":")[0]!) ? `${x.split(":")[0]}: $${x.split(":")[0]!.toUpperCase().replace(/[^A-Z0-9]/g, "_")}` : x));
    else parts.push(`--${f.name}`, quote(v));
  }
  return parts.join(" ");
}
