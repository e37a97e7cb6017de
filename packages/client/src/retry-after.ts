/**
 * Parses `retry-after` into milliseconds: `13s` (ZPA's form), `13`, or an HTTP date. Returns
 * `undefined` when the header is absent or unreadable, so the caller falls back to backoff.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const seconds = /^(\d+(?:\.\d+)?)\s*s?$/i.exec(text);
  if (seconds) return Math.round(Number(seconds[1]) * 1000);
  const date = Date.parse(text);
  // NaN (an unreadable date) is the one value unequal to itself.
  return date === date ? Math.max(0, date - now) : undefined;
}
