import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createSpecValidator, openapi, pointerSegment, resolvePointer } from "../src/index";

// The bundled document's schemas are compiled when the package is built (scripts/build-validators.cjs).
const SPEC = path.join(__dirname, "..");
const built: { fingerprint: string; pointers: Record<string, { name: string; target: string }>; [name: string]: unknown } = require("../dist/validators.cjs");
const pointers = Object.keys(built.pointers);

test("the bundled document's validators are the ones compiled at build time", () => {
  const v = createSpecValidator();
  const fns = new Set(Object.values(built));
  expect(pointers.length).toBeGreaterThan(500);
  for (const p of pointers) expect(fns.has(v.compile(p))).toBe(true);
  // The twin reads a validator's schema, as Ajv's own validators carry it.
  expect(v.compile("/components/schemas/ApplicationSegment").schema).toBe(resolvePointer(openapi, "/components/schemas/ApplicationSegment"));
});

test("every location that holds a schema is compiled: components, parameters, bodies, headers", () => {
  // Found here by walking the whole document, not by where OpenAPI puts schemas.
  const found: string[] = Object.keys(openapi.components.schemas).map((n) => `/components/schemas/${pointerSegment(n)}`);
  const walk = (node: unknown, at: string): void => {
    if (!node || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) {
      if (k === "examples" || k === "example") continue;
      if (k === "schema" && v && typeof v === "object") found.push(`${at}/schema`);
      else walk(v, `${at}/${pointerSegment(k)}`);
    }
  };
  walk(openapi.paths, "/paths");
  walk({ ...openapi.components, schemas: undefined }, "/components");
  expect(pointers.sort()).toEqual(found.sort());
});

/** The schema's own examples, each with every property's value broken, and values of every JSON type. */
function samplesFor(schema: any): unknown[] {
  const examples: unknown[] = [...(schema?.examples ?? []), ...(schema?.example === undefined ? [] : [schema.example])];
  const broken = examples.filter((e) => e && typeof e === "object" && !Array.isArray(e)).map((e) => Object.fromEntries(Object.keys(e as object).map((k) => [k, 1.5])));
  return [...examples, ...broken, {}, [], [{}], "", "x", "145256180497776640", 0, -1, 2 ** 31, 1.5, true, null];
}

test("they judge as schemas compiled at run time do, verdicts and errors, at every location", () => {
  const precompiled = createSpecValidator();
  const lazy = createSpecValidator(structuredClone(openapi));
  let invalid = 0;
  for (const p of pointers) {
    for (const value of samplesFor(resolvePointer(openapi, built.pointers[p].target))) {
      const expected = lazy.validate(p, value);
      expect({ p, value, errors: precompiled.validate(p, value) }).toEqual({ p, value, errors: expected });
      if (expected.length) invalid++;
    }
  }
  // Both verdicts are reached, often.
  expect(invalid).toBeGreaterThan(1000);
});

describe("a package whose compiled validators are", () => {
  // A copy of the built package inside spec/, so that it resolves ajv as the package does.
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(SPEC, ".built-validators-"));
    mkdirSync(path.join(dir, "dist"));
    mkdirSync(path.join(dir, "scripts"));
    copyFileSync(path.join(SPEC, "dist/index.js"), path.join(dir, "dist/index.js"));
    copyFileSync(path.join(SPEC, "scripts/integer-formats.cjs"), path.join(dir, "scripts/integer-formats.cjs"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const load = () => require(path.join(dir, "dist/index.js")) as typeof import("../src/index");
  const component = "/components/schemas/ApplicationSegment";
  const bad = { id: 5, name: 7 };

  test("missing compiles at run time, with the same errors", () => {
    const v = load().createSpecValidator();
    expect(Object.values(built)).not.toContain(v.compile(component));
    expect(v.validate(component, bad)).toEqual(createSpecValidator().validate(component, bad));
  });

  test("from another document (sources re-assembled since) are not used", () => {
    const text = readFileSync(path.join(SPEC, "dist/validators.cjs"), "utf8");
    writeFileSync(path.join(dir, "dist/validators.cjs"), text.replace(built.fingerprint, "0".repeat(64)));
    const copied = require(path.join(dir, "dist/validators.cjs"));
    const v = load().createSpecValidator();
    expect(Object.values(copied)).not.toContain(v.compile(component));
    expect(v.validate(component, bad)).toEqual(createSpecValidator().validate(component, bad));
  });

  test("from this document are used", () => {
    copyFileSync(path.join(SPEC, "dist/validators.cjs"), path.join(dir, "dist/validators.cjs"));
    const copied = require(path.join(dir, "dist/validators.cjs"));
    expect(Object.values(copied)).toContain(load().createSpecValidator().compile(component));
  });

  test("without a module they need is an error, not a silent fallback", () => {
    copyFileSync(path.join(SPEC, "dist/validators.cjs"), path.join(dir, "dist/validators.cjs"));
    rmSync(path.join(dir, "scripts/integer-formats.cjs"));
    expect(() => load().createSpecValidator().compile(component)).toThrow(/^The validators compiled at build time \(dist\/validators\.cjs\) cannot be loaded: Cannot find module '..\/scripts\/integer-formats.cjs'/);
  });

  test("broken is an error that names the file, not a silent fallback", () => {
    writeFileSync(path.join(dir, "dist/validators.cjs"), "exports.fingerprint = ;");
    expect(() => load().createSpecValidator().compile(component)).toThrow(/^The validators compiled at build time \(dist\/validators\.cjs\) cannot be loaded: /);
  });
});
