/** What the progress line shows at one moment of a run. */
export interface ProgressState {
  doneOps: number;
  totalOps: number;
  /** The operation being tested (empty before the first one starts). */
  currentOp: string;
  requests: number;
  /** Failing (operation, check) results so far. */
  failing: number;
  /** Milliseconds since the operations started. */
  elapsedMs: number;
  /** Milliseconds spent waiting on rate limits so far (summed over requests). */
  rateLimitWaitMs: number;
  /** Requests waiting on a rate limit right now. */
  rateLimitWaiting: number;
}

/** `42s`, `3m07s`. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}

/**
 * The progress line as written to the stream. On a terminal it redraws itself in place (`\r`, clear
 * the line), cut to the terminal's width, with an ETA; a log (CI) gets a plain line of its own.
 */
export function progressLine(state: ProgressState, { tty, columns = 200 }: { tty: boolean; columns?: number }): string {
  const { doneOps, totalOps } = state;
  const eta = tty && doneOps > 0 && totalOps > doneOps ? ` · ETA ${formatDuration((state.elapsedMs / doneOps) * (totalOps - doneOps))}` : "";
  const limited = state.rateLimitWaitMs >= 1000 ? ` · ${formatDuration(state.rateLimitWaitMs)} on rate limits` : "";
  // Said while it lasts: a 13 s retry-after would otherwise look like a hung run.
  const waiting = state.rateLimitWaiting > 0 ? " · waiting out a rate limit" : "";
  const line = `[${doneOps}/${totalOps} operations${eta}] ${state.currentOp || "preparing"} · ${state.requests} requests · ${state.failing} failing${limited}${waiting}`;
  return tty ? `\r\x1b[2K${line.slice(0, columns - 1)}` : `${line}\n`;
}
