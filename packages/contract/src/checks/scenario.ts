import type { Env } from "../engine";
import type { OperationModel } from "../spec-model";

/** A check that sends its own requests for an operation and records its outcome. */
export interface ScenarioCheck {
  name: string;
  /** One line for the report legend. */
  description: string;
  /** Needs a stateful target. */
  stateful?: boolean;
  /** Undefined when the check does not apply to the operation at all (shown as "—"). */
  applies(env: Env, op: OperationModel): boolean;
  run(env: Env, op: OperationModel): Promise<void>;
}

/** The reason a write cannot be sent, or undefined when it can. */
export function writeBlocked(env: Env, op: OperationModel): string | undefined {
  if (op.method === "GET" || op.method === "HEAD") return undefined;
  if (!env.writes) return "read-only run: writes need --allow-writes";
  // Moving even the run's own rule changes the order a live policy is evaluated in.
  if (env.remote && env.resources.some((x) => x.order?.move?.op === op || x.order?.replace === op)) return "remote target: a reorder would change the order the tenant's live policy is evaluated in";
  return undefined;
}

/** The reason a stateful check cannot run, or undefined when it can. */
export function statefulBlocked(env: Env): string | undefined {
  if (env.stateful) return undefined;
  if (env.mock) return "stateless mock (Prism): what is written is not kept, so state cannot be checked";
  if (!env.writes) return "read-only run: stateful checks create resources, pass --allow-writes";
  return "target is not stateful (the create-then-read probe did not read back what it created)";
}
