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

/** Whether a URL points at this machine. */
export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\./.test(host);
}

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
