import { openapi, type OpenApiDocument } from "@zpa-openapi/spec";
import { synthesize } from "../src/engine/schema";
import { startTwin } from "../src/index";
import { expectError, session } from "./twin-session";

const C = "/mgmtconfig/v1/admin/customers/{customerId}";
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errors = Object.fromEntries(
  [["400", "BadRequest"], ["401", "Unauthorized"], ["403", "Forbidden"], ["404", "NotFound"], ["415", "UnsupportedMediaType"], ["429", "TooManyRequests"]].map(([code, name]) => [code, { $ref: `#/components/responses/${name}` }]),
);
const json = (schema: object) => ({ content: { "application/json": { schema } } });

/** A copy of the spec with a family the twin has never heard of: widgets, each in a segment group. */
function specWithWidgets(): OpenApiDocument {
  const spec = structuredClone(openapi);
  Object.assign(spec.components.schemas!, {
    Widget: {
      type: "object",
      additionalProperties: false,
      required: ["id", "name"],
      properties: {
        id: ref("Int64Id"),
        name: { type: "string", minLength: 1 },
        color: { type: "string", enum: ["RED", "BLUE"] },
        segmentGroupId: ref("Int64Id"),
        segmentGroupName: { type: "string" },
        microtenantId: ref("Int64Id"),
        creationTime: ref("EpochSeconds"),
        modifiedTime: ref("EpochSeconds"),
        modifiedBy: ref("Int64Id"),
      },
    },
    WidgetWrite: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: { name: { type: "string", minLength: 1 }, color: { type: "string", enum: ["RED", "BLUE"] }, segmentGroupId: ref("Int64Id") },
    },
    WidgetPage: { allOf: [ref("PageEnvelope"), { type: "object", properties: { list: { type: "array", items: ref("Widget") } } }] },
  });
  const params = [{ $ref: "#/components/parameters/customerId" }];
  const mt = { $ref: "#/components/parameters/microtenantId" };
  spec.paths[`${C}/widget`] = {
    parameters: params,
    get: { operationId: "listWidgets", parameters: [{ $ref: "#/components/parameters/search" }, { $ref: "#/components/parameters/page" }, { $ref: "#/components/parameters/pagesize" }, mt], responses: { "200": { description: "A page", ...json(ref("WidgetPage")) }, ...errors } },
    post: { operationId: "createWidget", parameters: [mt], requestBody: { required: true, ...json(ref("WidgetWrite")) }, responses: { "201": { description: "Created", ...json(ref("Widget")) }, ...errors } },
  };
  spec.paths[`${C}/widget/{widgetId}`] = {
    parameters: [...params, { name: "widgetId", in: "path", required: true, schema: ref("Int64Id") }],
    get: { operationId: "getWidget", parameters: [mt], responses: { "200": { description: "The widget", ...json(ref("Widget")) }, ...errors } },
    put: { operationId: "updateWidget", parameters: [mt], requestBody: { required: true, ...json(ref("WidgetWrite")) }, responses: { "204": { description: "Replaced" }, ...errors } },
    delete: { operationId: "deleteWidget", parameters: [mt], responses: { "204": { description: "Deleted" }, ...errors } },
  };
  (spec["x-resources"] as Record<string, unknown>).Widget = {
    family: "widgets",
    schema: "#/components/schemas/Widget",
    collection: `${C}/widget`,
    item: `${C}/widget/{widgetId}`,
    idParam: "widgetId",
    idField: "id",
    serverManaged: ["id", "creationTime", "modifiedTime", "modifiedBy", "segmentGroupName"],
    references: [{ field: "segmentGroupId", resource: "SegmentGroup" }],
  };
  return spec;
}

describe("a family added to the spec is served with no twin change", () => {
  it("round-trips widgets: create, read, list, search, replace, references, in-use delete, delete", async () => {
    const logged: string[] = [];
    const s = await session({ spec: specWithWidgets(), log: (l) => logged.push(l) });
    try {
      const group = await s.call("POST", "/segmentGroup", { ...(synthesize(openapi, ref("SegmentGroupWrite")) as object), name: "Gadgets" });
      expect(group.status).toBe(201);
      const created = await s.call("POST", "/widget", { name: "sprocket", color: "RED", segmentGroupId: group.json.id });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({ name: "sprocket", color: "RED", segmentGroupId: group.json.id, segmentGroupName: "Gadgets", microtenantId: "0" });
      expect(created.json.id).toMatch(/^[0-9]+$/);
      expect(created.json.creationTime).toMatch(/^[0-9]+$/);
      const id = created.json.id;
      expect((await s.call("GET", `/widget/${id}`)).json).toEqual(created.json);
      for (let i = 0; i < 4; i++) await s.call("POST", "/widget", { name: `w${i}` });
      const page = await s.call("GET", "/widget?page=1&pagesize=2");
      expect(page.json).toMatchObject({ totalPages: "3", totalCount: "5" });
      expect(page.json.list).toHaveLength(2);
      expect((await s.call("GET", `/widget?search=${encodeURIComponent("name+EQ+sprocket")}`)).json.list.map((w: any) => w.id)).toEqual([id]);
      expect((await s.call("PUT", `/widget/${id}`, { name: "cog", color: "BLUE" })).status).toBe(204);
      const replaced = (await s.call("GET", `/widget/${id}`)).json;
      expect(replaced).toMatchObject({ id, name: "cog", color: "BLUE", creationTime: created.json.creationTime });
      // PUT replaces: the reference left out is gone.
      expect(replaced.segmentGroupId).toBeUndefined();
      expectError(await s.call("POST", "/widget", { name: "x", segmentGroupId: "424242" }), 400, "invalid.input", "segmentGroupId");
      expectError(await s.call("POST", "/widget", { name: "x", color: "GREEN" }), 400, "invalid.input", "color");
      expect((await s.call("PUT", `/widget/${id}`, { name: "cog", segmentGroupId: group.json.id })).status).toBe(204);
      expectError(await s.call("DELETE", `/segmentGroup/${group.json.id}`), 400, "resource.referenced");
      expect((await s.call("DELETE", `/widget/${id}`)).status).toBe(204);
      expectError(await s.call("GET", `/widget/${id}`), 404, "resource.not.found");
      expect((await s.call("DELETE", `/segmentGroup/${group.json.id}`)).status).toBe(204);
      expect(logged).toEqual([]);
    } finally {
      await s.twin.stop();
    }
  });

  it("the bundled spec's twin knows no widgets", async () => {
    const twin = await startTwin({ rateLimit: false });
    try {
      expect(twin.engine.resources.has("Widget")).toBe(false);
    } finally {
      await twin.stop();
    }
  });
});
