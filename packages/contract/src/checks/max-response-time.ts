import type { ResponseCheck } from "./types";

/** Each response must arrive within the budget (`--max-response-time`, 2000 ms by default). */
export const maxResponseTime: ResponseCheck = {
  name: "max_response_time",
  description: "Each response arrives within the time budget",
  judge(env, op, x) {
    if (x.elapsedMs <= env.maxResponseTimeMs) return undefined;
    return { message: `took ${Math.round(x.elapsedMs)} ms`, expected: `≤ ${env.maxResponseTimeMs} ms`, actual: `${Math.round(x.elapsedMs)} ms`, specLocation: op.pointer };
  },
};
