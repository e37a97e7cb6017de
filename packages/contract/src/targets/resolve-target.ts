import { BlockList, isIP } from "node:net";
import { ZPA_CLOUDS } from "@zpa-openapi/client";
import { startPrism } from "./prism";

/** A target the suite talks to. */
export interface ResolvedTarget {
  kind: "prism" | "url" | "live";
  label: string;
  baseUrl: string;
  /** The target is the embedded stateless mock. */
  mock: boolean;
  /** Not on this machine: read-only and rate-limited unless told otherwise. */
  remote: boolean;
  stop(): Promise<void>;
}

/**
 * Whether a URL points at this machine: `localhost`, an IPv4 address in 127.0.0.0/8, or `::1`
 * (also as an IPv4-mapped address). Only a literal address counts: a name such as
 * `127.proxy.example.com` resolves wherever its owner likes.
 */
export function isLoopback(url: string): boolean {
  const hostname = new URL(url).hostname.toLowerCase();
  if (hostname === "localhost" || hostname === "localhost.") return true;
  const host = hostname.replace(/^\[(.*)\]$/, "$1");
  const family = isIP(host);
  if (family === 4) return LOOPBACK.check(host, "ipv4");
  if (family === 6) return LOOPBACK.check(host, "ipv6");
  return false;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");
LOOPBACK.addSubnet("::ffff:127.0.0.0", 104, "ipv6");

/** Starts or names the target: `prism` (embedded mock), `live` (with a cloud name), or a base URL. */
export async function resolveTarget(target: string | undefined, cloud?: string): Promise<ResolvedTarget> {
  const t = target ?? "prism";
  if (t === "prism") {
    const prism = await startPrism();
    return { kind: "prism", label: "prism (embedded mock)", baseUrl: prism.url, mock: true, remote: false, stop: prism.stop };
  }
  if (t === "live") {
    const name = (cloud ?? process.env.ZPA_CLOUD ?? "").toUpperCase();
    const base = process.env.ZPA_BASE_URL ?? (ZPA_CLOUDS as Record<string, string>)[name];
    if (!base) throw new Error(`--target live needs --cloud (one of ${Object.keys(ZPA_CLOUDS).join(", ")}) or ZPA_BASE_URL; got ${JSON.stringify(cloud ?? process.env.ZPA_CLOUD ?? "")}`);
    return { kind: "live", label: `live ${name || base}`, baseUrl: base, mock: false, remote: true, stop: async () => undefined };
  }
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    throw new Error(`--target must be "prism", "live" or an http(s) URL; got ${JSON.stringify(t)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`--target URL must be http or https; got ${url.protocol}`);
  return { kind: "url", label: url.origin + url.pathname.replace(/\/$/, ""), baseUrl: t.replace(/\/$/, ""), mock: false, remote: !isLoopback(t), stop: async () => undefined };
}
