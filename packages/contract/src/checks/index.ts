import { RESPONSE_CHECKS } from "./response-checks";
import type { ScenarioCheck } from "./scenario";
import { ensureResourceAvailability } from "./ensure-resource-availability";
import { ignoredAuth } from "./ignored-auth";
import { microtenantIsolation } from "./microtenant-isolation";
import { missingRequiredHeader } from "./missing-required-header";
import { negativeDataRejection } from "./negative-data-rejection";
import { paginationPageSize, paginationWalk } from "./pagination";
import { positiveDataAcceptance } from "./positive-data-acceptance";
import { roundTrip } from "./round-trip";
import { unknownIdNotFound } from "./unknown-id-not-found";
import { unsupportedMediaType } from "./unsupported-media-type";
import { unsupportedMethod } from "./unsupported-method";
import { useAfterFree } from "./use-after-free";
import { danglingReference } from "./dangling-reference";
import { orderContiguous } from "./order-contiguous";

/** Checks that send their own requests, in the order they run. */
export const SCENARIO_CHECKS: ScenarioCheck[] = [
  positiveDataAcceptance,
  negativeDataRejection,
  missingRequiredHeader,
  unsupportedMethod,
  unsupportedMediaType,
  ignoredAuth,
  paginationPageSize,
  unknownIdNotFound,
  paginationWalk,
  roundTrip,
  useAfterFree,
  ensureResourceAvailability,
  microtenantIsolation,
  danglingReference,
  orderContiguous,
];

/** A check's name, description and matrix letter. */
export interface CheckInfo {
  name: string;
  description: string;
  stateful?: boolean;
  /** Its column letter in the terminal matrix: fixed by its place in this list, whatever the filters. */
  letter: string;
}

/** The matrix letter of the check at `index` in the registry: A–Z, then AA, AB, … (never reused). */
export function checkLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `${checkLetter(Math.floor(index / 26) - 1)}${String.fromCharCode(65 + (index % 26))}`;
}

/**
 * Every built-in check with its one-line description, in report order. New checks are appended,
 * never inserted, so a check keeps its letter from release to release.
 */
export const CHECKS: CheckInfo[] = [
  ...RESPONSE_CHECKS.map((c) => ({ name: c.name, description: c.description })),
  ...SCENARIO_CHECKS.map((c) => ({ name: c.name, description: c.description, stateful: c.stateful })),
].map((c, i) => ({ ...c, letter: checkLetter(i) }));

export { RESPONSE_CHECKS };
export type { ResponseCheck } from "./types";
export type { ScenarioCheck } from "./scenario";
