import fc from "fast-check";
import { createSpecValidator } from "@zpa-openapi/spec";
import { negativeFamilies } from "../src/arbitraries/negative";
import { requestValid, validRequest, type RequestContext } from "../src/arbitraries/request";
import { schemaArbitrary } from "../src/arbitraries/schema";
import { loadSpecModel } from "../src/spec-model";

const model = loadSpecModel();
const validator = createSpecValidator();
const ctx: RequestContext = { fixedParams: { customerId: "145256180497776640" }, idPools: {}, mock: true, compile: validator.compile };
const op = (id: string) => model.operations.find((o) => o.operationId === id)!;

test("the model holds every operation of the spec", () => {
  const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);
  const inSpec = Object.values<Record<string, any>>(model.doc.paths as any).flatMap((item) => Object.entries(item).filter(([m]) => METHODS.has(m)).map(([, o]) => o.operationId));
  expect(model.operations.map((o) => o.operationId).sort()).toEqual(inSpec.sort());
  expect(inSpec.length).toBeGreaterThan(200);
  expect(op("createAdministrator").successStatus).toBe(201);
  expect(op("deleteAdministrator").successStatus).toBe(204);
  expect(op("signIn").secured).toBe(false);
});

test.each(model.operations.map((o) => [o.operationId]))("valid requests for %s satisfy the spec", (id) => {
  fc.assert(fc.property(validRequest(ctx, op(id)), (req) => requestValid(ctx, op(id), req)), { numRuns: 40, seed: 1 });
});

test("administrator bodies honour the password policy, ten-digit phones, emails and the 2FA rule", () => {
  const schema = model.deref(model.resolve("/components/schemas/AdministratorCreate"));
  const valid = validator.compile("/components/schemas/AdministratorCreate");
  fc.assert(
    fc.property(schemaArbitrary(schema), (b: any) => {
      expect(b.phoneNumber).toMatch(/^[0-9]{10}$/);
      expect(b.password).toMatch(/^(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,}$/);
      if (b.twoFactorAuthEnabled === true) expect(["YUBIKEY", "TOTP"]).toContain(b.twoFactorAuthType);
      return valid(b) as boolean;
    }),
    { numRuns: 200, seed: 2 },
  );
});

test("negative families cover each documented rule and every member is really invalid", () => {
  const names = negativeFamilies(ctx, op("createAdministrator")).map((f) => f.name);
  for (const expected of [
    "body.password: pattern (no [A-Z])",
    "body.password: pattern (no [0-9])",
    "body.password: pattern (no [^A-Za-z0-9])",
    "body.password: minLength (7 chars)",
    "body.phoneNumber: pattern (9 chars)",
    "body.phoneNumber: pattern (11 chars)",
    "body.phoneNumber: pattern (character outside [0-9])",
    "body.username: format email (not an email)",
    "body: if twoFactorAuthEnabled=true then twoFactorAuthType required (missing)",
    "body.username: required (missing)",
    "body.roleId: type",
    "body.twoFactorAuthType: enum (unknown value)",
  ]) expect(names).toContain(expected);
  const list = negativeFamilies(ctx, op("listEmergencyAccessUsers")).map((f) => f.name);
  expect(list).toEqual(expect.arrayContaining(["query.pageSize: minimum (0)", "query.pageSize: maximum (501)", "query.pageSize: type"]));

  for (const o of model.operations) {
    for (const fam of negativeFamilies(ctx, o)) {
      fc.assert(fc.property(fam.arbitrary, (req) => !requestValid(ctx, o, req)), { numRuns: 10, seed: 3 });
    }
  }
});

test("a new operation in the spec is covered without new code", () => {
  const doc = JSON.parse(JSON.stringify(model.doc));
  doc.paths["/widgets/{widgetId}"] = {
    get: {
      operationId: "getWidget",
      parameters: [{ name: "widgetId", in: "path", required: true, schema: { type: "string", pattern: "^w[0-9]{3}$" } }, { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 9 } }],
      responses: { "200": { description: "ok" } },
    },
  };
  const m = loadSpecModel(doc);
  const v = createSpecValidator(doc);
  const c = { ...ctx, compile: v.compile };
  const w = m.operations.find((o) => o.operationId === "getWidget")!;
  fc.assert(fc.property(validRequest(c, w), (r) => /^w[0-9]{3}$/.test(r.path.widgetId)), { numRuns: 30 });
  expect(negativeFamilies(c, w).map((f) => f.name)).toEqual(expect.arrayContaining(["path.widgetId: pattern (mismatch)", "query.limit: maximum (10)"]));
});
