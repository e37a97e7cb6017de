import type { Exchange } from "../types";
import { redactExchange } from "./redact";

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The request of an exchange as a ready-to-run `curl` command, secrets redacted (`$ZPA_TOKEN`). */
export function toCurl(exchange: Exchange): string {
  const x = redactExchange(exchange);
  const parts = ["curl", "-i", "-X", x.request.method, shellQuote(x.request.url)];
  for (const [k, v] of Object.entries(x.request.headers)) {
    if (k === "content-length" || k === "host") continue;
    // Double quotes so $ZPA_TOKEN / $ZPA_CLIENT_SECRET expand from the environment.
    parts.push("-H", v.includes("$ZPA_") ? `"${k}: ${v}"` : shellQuote(`${k}: ${v}`));
  }
  if (x.request.body !== undefined && x.request.body !== "") {
    const body = x.request.body;
    parts.push("--data-raw", body.includes("$ZPA_") ? `"${body.replace(/(["\\`])/g, "\\$1")}"` : shellQuote(body));
  }
  return parts.join(" ");
}
