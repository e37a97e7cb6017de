import { redactExchange } from "../http/redact";
import type { CheckResult, ConformanceReport, Exchange, Failure } from "../types";

/** A HAR 1.2 log. */
export interface Har {
  log: { version: string; creator: { name: string; version: string }; entries: any[] };
}

const pairs = (o: Record<string, string>) => Object.entries(o).map(([name, value]) => ({ name, value }));

/** What a failing entry broke, kept in the HAR (a `_`-prefixed custom field) so replay can judge the new answer the same way. */
export interface HarFinding {
  operationId: string;
  check: string;
  expected?: string;
}

/** Exchanges as a HAR 1.2 log (secrets redacted). */
export function toHar(exchanges: { exchange: Exchange; comment?: string; finding?: HarFinding }[]): Har {
  return {
    log: {
      version: "1.2",
      creator: { name: "zpa-conformance", version: "0.1.0" },
      entries: exchanges.map(({ exchange, comment, finding }) => {
        const x = redactExchange(exchange);
        const url = new URL(x.request.url);
        return {
          startedDateTime: x.startedAt,
          time: Math.round(x.elapsedMs),
          comment,
          ...(finding ? { _zpaConformance: finding } : {}),
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

/** The failures of a report that carry an exchange, in HAR entry order (entry `i` is the `i`-th of these). */
export function harFailures(report: ConformanceReport): { result: CheckResult; failure: Failure }[] {
  return report.results.flatMap((r) => (r.failures ?? []).filter((f) => f.exchange).map((f) => ({ result: r, failure: f })));
}

/** The failing exchanges of a report as HAR. */
export function reportHar(report: ConformanceReport): Har {
  return toHar(
    harFailures(report).map(({ result: r, failure: f }) => ({
      exchange: f.exchange!,
      comment: `${r.operationId} · ${r.check}${f.family && f.family !== r.check ? ` · ${f.family}` : ""}: ${f.message}`,
      finding: { operationId: r.operationId, check: r.check, ...(f.expected !== undefined ? { expected: f.expected } : {}) },
    })),
  );
}
