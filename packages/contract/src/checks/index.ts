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
];

/** Every check name with its one-line description, in report order. */
export const CHECKS: { name: string; description: string; stateful?: boolean }[] = [
  ...RESPONSE_CHECKS.map((c) => ({ name: c.name, description: c.description })),
  ...SCENARIO_CHECKS.map((c) => ({ name: c.name, description: c.description, stateful: c.stateful })),
];

export { RESPONSE_CHECKS };
