import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { UsageError } from "./cli-options";
import type { ScenarioCheck } from "./checks/scenario";
import type { ResponseCheck } from "./checks/types";

/** Checks added from outside: response checks (`judge`) and scenario checks (`applies` + `run`), the same interfaces as the built-in ones. */
export interface ExtraChecks {
  response: ResponseCheck[];
  scenario: ScenarioCheck[];
}

/**
 * Validates checks given as code: each needs a snake_case `name` not already taken, a
 * `description`, and either `judge(env, op, exchange)` or `applies(env, op)` + `run(env, op)`.
 */
export function validateChecks(list: unknown, taken: readonly string[], where = "checks"): ExtraChecks {
  if (!Array.isArray(list)) throw new UsageError(`${where}: expected an array of checks (export default [...] or export const checks = [...])`);
  const out: ExtraChecks = { response: [], scenario: [] };
  const names = new Set(taken);
  list.forEach((c: any, i) => {
    const at = `${where}[${i}]${c && typeof c.name === "string" ? ` (${c.name})` : ""}`;
    if (!c || typeof c !== "object") throw new UsageError(`${at}: a check is an object; got ${typeof c}`);
    if (typeof c.name !== "string" || !/^[a-z][a-z0-9_]*$/.test(c.name)) throw new UsageError(`${at}: "name" accepts a snake_case name; got ${JSON.stringify(c.name)}`);
    if (names.has(c.name)) throw new UsageError(`${at}: the name ${JSON.stringify(c.name)} is already taken`);
    if (typeof c.description !== "string" || !c.description) throw new UsageError(`${at}: "description" accepts a one-line description`);
    names.add(c.name);
    if (typeof c.judge === "function") out.response.push(c as ResponseCheck);
    else if (typeof c.applies === "function" && typeof c.run === "function") out.scenario.push(c as ScenarioCheck);
    else throw new UsageError(`${at}: needs judge(env, op, exchange) (a response check) or applies(env, op) and run(env, op) (a scenario check)`);
  });
  return out;
}

/** Imports an ES module of checks (`--checks-module FILE`) and validates what it exports. */
export async function loadChecksModule(file: string, taken: readonly string[]): Promise<ExtraChecks> {
  let mod: any;
  try {
    mod = await import(pathToFileURL(resolve(file)).href);
  } catch (e) {
    throw new UsageError(`--checks-module accepts an ES module file exporting checks; cannot import ${JSON.stringify(file)}: ${(e as Error).message.split("\n")[0]}`);
  }
  return validateChecks(mod.checks ?? mod.default, taken, file);
}
