import { redactExchange } from "../http/redact";
import type { ConformanceReport, Exchange } from "../types";

/** A HAR 1.2 log. */
export interface Har {
  log: { version: string; creator: { name: string; version: string }; entries: any[] };
}

const pairs = (o: Record<string, string>) => Object.entries(o).map(([name, value]) => ({ name, value }));

/** Exchanges as a HAR 1.2 log (secrets redacted). */
export function toHar(exchanges: { exchange: Exchange; comment?: string }[]): Har {
  return {
    log: {
      version: "1.2",
      creator: { name: "zpa-conformance", version: "0.1.0" },
      entries: exchanges.map(({ exchange, comment }) => {
        const x = redactExchange(exchange);
        const url = new URL(x.request.url);
        return {
          startedDateTime: x.startedAt,
          time: Math.round(x.elapsedMs),
          comment,
          request: {
            method: x.request.method,
            url: x.request.url,
            httpVersion: "HTTP/1.1",
            headers: pairs(x.request.headers),
            queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
            cookies: [],
            headersSize: -1,
            bodySize: x.request.body?.length ?? 0,
            ...(x.request.body !== undefined ? { postData: { mimeType: x.request.headers["content-type"] ?? "", text: x.request.body } } : {}),
          },
          response: {
            status: x.response?.status ?? 0,
            statusText: x.error ?? "",
            httpVersion: "HTTP/1.1",
            headers: pairs(x.response?.headers ?? {}),
            cookies: [],
            content: { size: x.response?.body.length ?? 0, mimeType: x.response?.headers["content-type"] ?? "", text: x.response?.body ?? "" },
            redirectURL: "",
            headersSize: -1,
            bodySize: x.response?.body.length ?? 0,
          },
          cache: {},
          timings: { send: 0, wait: Math.round(x.elapsedMs), receive: 0 },
        };
      }),
    },
  };
}

/** The failing exchanges of a report as HAR. */
export function reportHar(report: ConformanceReport): Har {
  return toHar(
    report.results.flatMap((r) => (r.failures ?? []).filter((f) => f.exchange).map((f) => ({ exchange: f.exchange!, comment: `${r.operationId} · ${r.check}${f.family ? ` · ${f.family}` : ""}: ${f.message}` }))),
  );
}
