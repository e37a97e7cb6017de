import type { FamilyRules } from "../engine/engine.js";
import { administratorRoles, administrators } from "./administrators.js";
import { emergencyAccess } from "./emergency-access.js";
import { policies } from "./policies.js";
import { wholeSet } from "./whole-set.js";

/**
 * The behaviour the pages describe beyond plain resources, one readable file per family. A family
 * with no file here is served from the spec alone.
 */
export const FAMILY_RULES: readonly FamilyRules[] = [administratorRoles, administrators, emergencyAccess, policies, wholeSet];
