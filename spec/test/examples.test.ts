import { createSpecValidator, openapi, pointerSegment } from "../src/index";

type Json = Record<string, any>;
const doc = openapi as Json;

function resolveExample(example: Json): unknown {
  if (typeof example.$ref === "string") {
    const name = example.$ref.replace("#/components/examples/", "");
    return doc.components.examples[name].value;
  }
  return example.value;
}

/** Every `examples` entry of every request and response media type, with the pointer to its schema. */
function mediaTypeExamples(): Array<[string, string, unknown]> {
  const found: Array<[string, string, unknown]> = [];
  const visitContent = (content: Json | undefined, base: string, label: string) => {
    for (const [mediaType, media] of Object.entries(content ?? {}) as Array<[string, Json]>) {
      for (const [name, example] of Object.entries(media.examples ?? {}) as Array<[string, Json]>) {
        found.push([`${label} ${mediaType} example "${name}"`, `${base}/content/${pointerSegment(mediaType)}/schema`, resolveExample(example)]);
      }
    }
  };
  for (const [path, item] of Object.entries(doc.paths) as Array<[string, Json]>) {
    for (const [method, op] of Object.entries(item) as Array<[string, Json]>) {
      if (method === "parameters") continue;
      const base = `/paths/${pointerSegment(path)}/${method}`;
      visitContent(op.requestBody?.content, `${base}/requestBody`, `${op.operationId} request`);
      for (const [code, response] of Object.entries(op.responses) as Array<[string, Json]>) {
        if (response.$ref) continue; // shared responses are checked below
        visitContent(response.content, `${base}/responses/${code}`, `${op.operationId} ${code}`);
      }
    }
  }
  for (const [name, response] of Object.entries(doc.components.responses) as Array<[string, Json]>) {
    visitContent(response.content, `/components/responses/${name}`, `response ${name}`);
  }
  return found;
}

describe("examples in the spec", () => {
  const validator = createSpecValidator();
  const examples = mediaTypeExamples();

  it("finds the help pages' own examples", () => {
    const names = examples.map(([label]) => label).join("\n");
    for (const name of ["doc-example-payload", "doc-example-response", "doc-bare-array"]) {
      expect(names).toContain(name);
    }
    expect(examples.length).toBeGreaterThanOrEqual(15);
  });

  it.each(examples)("%s validates against its schema", (_label, pointer, value) => {
    expect(validator.validate(pointer, value)).toEqual([]);
  });

  it.each(Object.entries(doc.components.schemas as Json))("schema %s: its own `examples` validate", (name, schema: Json) => {
    for (const value of schema.examples ?? []) {
      expect(validator.validate(`/components/schemas/${name}`, value)).toEqual([]);
    }
  });
});

describe("documented rules are schema, not prose", () => {
  const v = createSpecValidator();
  const create = "/components/schemas/AdministratorCreate";
  const valid = {
    username: "ops@example.com",
    phoneNumber: "2025550123",
    roleId: "144118148382065792",
    password: "Str0ng!pass",
    twoFactorAuthEnabled: false,
  };
  const failsOn = (value: object) => v.validate(create, value).map((e) => e.keyword);

  it("accepts a valid administrator", () => {
    expect(v.validate(create, valid)).toEqual([]);
  });
  it.each([
    ["too short", "Sh0rt!"],
    ["no uppercase", "str0ng!pass"],
    ["no digit", "Strong!pass"],
    ["no special character", "Str0ngpass"],
  ])("rejects a password that is %s", (_why, password) => {
    expect(failsOn({ ...valid, password }).length).toBeGreaterThan(0);
    expect(failsOn({ ...valid, tmpPassword: password }).length).toBeGreaterThan(0);
  });
  it.each(["202555012", "20255501234", "202-555-012", "20255a0123"])("rejects phone number %s", (phoneNumber) => {
    expect(failsOn({ ...valid, phoneNumber })).toContain("pattern");
  });
  it("rejects a username that is not an email", () => {
    expect(failsOn({ ...valid, username: "not-an-email" })).toContain("format");
  });
  it("requires twoFactorAuthType when twoFactorAuthEnabled is true", () => {
    expect(failsOn({ ...valid, twoFactorAuthEnabled: true })).toContain("required");
    expect(failsOn({ ...valid, twoFactorAuthEnabled: true, twoFactorAuthType: "" })).toContain("enum");
    expect(v.validate(create, { ...valid, twoFactorAuthEnabled: true, twoFactorAuthType: "YUBIKEY" })).toEqual([]);
  });
  it("carries ids as digit strings", () => {
    expect(failsOn({ ...valid, roleId: 144118148382065792 })).toContain("type");
    expect(failsOn({ ...valid, roleId: "12a" })).toContain("pattern");
  });
  it("bounds pageSize to 1..500 with a default of 20", () => {
    const pageSize = doc.components.parameters.pageSize.schema;
    expect(pageSize).toMatchObject({ type: "integer", minimum: 1, maximum: 500, default: 20 });
  });
  it("treats the emergency access userId as an identity-provider string", () => {
    expect(v.validate("/components/schemas/IdpUserId", "00u2gg2qairRJf71G756")).toEqual([]);
  });
  it("accepts each documented retry-after form", () => {
    for (const value of ["13s", "13", "Wed, 25 Nov 2026 10:00:00 GMT"]) {
      expect(v.validate("/components/schemas/RetryAfter", value)).toEqual([]);
    }
    expect(v.validate("/components/schemas/RetryAfter", "soon").length).toBeGreaterThan(0);
  });
});

describe("every operation", () => {
  const operations = Object.values(doc.paths as Json).flatMap((item: Json) =>
    Object.entries(item).filter(([m]) => m !== "parameters").map(([, op]) => op as Json),
  );
  it.each(operations.map((op) => [op.operationId, op]))("%s documents 429 with retry-after and 503", (_id, op: Json) => {
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["401", "403", "429", "503"]));
    expect(doc.components.responses.TooManyRequests.headers["retry-after"]).toBeDefined();
    expect(op["x-doc-source"]).toMatchObject({ page: expect.any(String), section: expect.any(String) });
  });
});
