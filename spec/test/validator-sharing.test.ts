import { createSpecValidator, openapi, pointerSegment, resolvePointer } from "../src/index";

// Operations that answer with the same component share one compiled validator, and it judges as
// the component's own does: same verdicts, same errors.
const segment = `/paths/${pointerSegment("/mgmtconfig/v1/admin/customers/{customerId}/application/{applicationId}")}`;
const readPointer = `${segment}/get/responses/200/content/application~1json/schema`;
const component = "/components/schemas/ApplicationSegment";
const bad = { id: 5, name: 7, segmentGroupId: "x", domainNames: "x" };

test("the fixtures are what they claim: a bare $ref to the component", () => {
  expect(resolvePointer(openapi, readPointer)).toEqual({ $ref: `#${component}` });
});

// A copy of the bundled document: the bundled one itself gets the validators compiled at build
// time (built-validators.test.ts), and these tests are about compiling lazily.
const copy = () => structuredClone(openapi);

test("a bare $ref compiles as its target", () => {
  const v = createSpecValidator(copy());
  expect(v.compile(readPointer)).toBe(v.compile(component));
});

test("identical inline schemas compile once", () => {
  const doc = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {},
    components: { schemas: { A: { type: "string", pattern: "^[0-9]+$" }, B: { type: "string", pattern: "^[0-9]+$" }, C: { type: "string", pattern: "^[a-z]+$" } } },
  };
  const v = createSpecValidator(doc);
  expect(v.compile("/components/schemas/A")).toBe(v.compile("/components/schemas/B"));
  expect(v.compile("/components/schemas/C")).not.toBe(v.compile("/components/schemas/A"));
  expect(v.validate("/components/schemas/B", "12")).toEqual([]);
  expect(v.validate("/components/schemas/C", "12")).toEqual([expect.objectContaining({ keyword: "pattern" })]);
});

test("sharing changes no verdict and no error", () => {
  const shared = createSpecValidator(copy());
  const alone = createSpecValidator(copy());
  // Compiled first through the operation here, first as the component there.
  const viaOperation = shared.validate(readPointer, bad);
  const direct = alone.validate(component, bad);
  expect(viaOperation.length).toBeGreaterThan(0);
  expect(viaOperation).toEqual(direct);
  expect(shared.compile(readPointer).errors).toEqual(alone.compile(component).errors);
});

test("$refs that only refer to each other are refused, naming them", () => {
  const doc = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas: { A: { $ref: "#/components/schemas/B" }, B: { $ref: "#/components/schemas/A" } } } };
  expect(() => createSpecValidator(doc).compile("/components/schemas/A")).toThrow("The $refs at /components/schemas/A → /components/schemas/B → /components/schemas/A in the OpenAPI document refer to each other and to no schema");
});
