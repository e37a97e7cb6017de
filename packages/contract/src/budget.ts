import { negativeFamilies } from "./arbitraries/negative";
import type { Env } from "./engine";
import type { OperationModel } from "./spec-model";

/** Requests per operation the generated properties get unless told otherwise. */
export const DEFAULT_REQUEST_BUDGET = 60;

/** How the generated properties of one operation share its request budget. */
export interface RunPlan {
  /** Runs of the positive property. */
  positive: number;
  /** Runs of each negative family. */
  perFamily: number;
  families: number;
  /** Whether the budget cut the runs asked for. */
  capped: boolean;
}

/**
 * Shares `budget` requests between the positive property (asked `runs`) and `families` negative
 * families (asked `negativeRuns` each). Every family runs at least once, since each breaks a rule
 * of its own that no other family covers; the positive property keeps at least half the budget.
 * An operation with more families than half its budget therefore goes over it.
 */
export function planRuns(runs: number, negativeRuns: number, families: number, budget: number): RunPlan {
  if (runs + families * negativeRuns <= budget) return { positive: runs, perFamily: negativeRuns, families, capped: false };
  const half = Math.ceil(budget / 2);
  const firstPositive = Math.min(runs, Math.max(half, budget - families * negativeRuns));
  const perFamily = families ? Math.max(1, Math.min(negativeRuns, Math.floor((budget - firstPositive) / families))) : 0;
  const positive = Math.max(1, Math.min(runs, Math.max(half, budget - families * perFamily)));
  return { positive, perFamily, families, capped: true };
}

const familyCounts = new WeakMap<OperationModel, number>();

/** How many negative families the operation has (one per documented rule a request can break). */
export function familyCount(env: Env, op: OperationModel): number {
  let families = familyCounts.get(op);
  if (families === undefined) {
    // The rules an operation documents do not depend on the ids a request carries: the base context counts them.
    families = negativeFamilies(env.baseContext(), op).length;
    familyCounts.set(op, families);
  }
  return families;
}

/** The run plan of an operation in this run. */
export function planFor(env: Env, op: OperationModel): RunPlan {
  return planRuns(env.runs, env.negativeRuns, familyCount(env, op), env.requestBudget);
}
