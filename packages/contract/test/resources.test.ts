import type { OpenApiDocument } from "@zpa-openapi/spec";
import { deriveResources, referringLists, resourceOf } from "../src/resources";
import { loadSpecModel } from "../src/spec-model";

const C = "/api/customers/{customerId}";
const customerId = { name: "customerId", in: "path", required: true, schema: { type: "string" } };
const ok = (ref: string) => ({ description: "ok", content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
const page = (ref: string) => ({ description: "ok", content: { "application/json": { schema: { type: "object", properties: { list: { type: "array", items: { $ref: `#/components/schemas/${ref}` } } } } } } });

/** A small spec: one resource the spec describes in x-resources (with a create path of its own), one it does not. */
const doc = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    [`${C}/widgets`]: { parameters: [customerId], get: { operationId: "listWidgets", responses: { "200": page("Widget") } } },
    [`${C}/widget`]: { parameters: [customerId], post: { operationId: "createWidget", requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Widget" } } } }, responses: { "201": ok("Widget") } } },
    [`${C}/widget/{key}`]: {
      parameters: [customerId, { name: "key", in: "path", required: true, schema: { type: "string" } }],
      get: { operationId: "getWidget", responses: { "200": ok("Widget") } },
      delete: { operationId: "deleteWidget", responses: { "204": { description: "gone" } } },
    },
    [`${C}/widget/{key}/spin`]: { parameters: [customerId, { name: "key", in: "path", required: true, schema: { type: "string" } }], put: { operationId: "spinWidget", responses: { "200": ok("Widget") } } },
    [`${C}/widget/{key}/parts/{partId}`]: {
      parameters: [customerId, { name: "key", in: "path", required: true, schema: { type: "string" } }, { name: "partId", in: "path", required: true, schema: { type: "string" } }],
      get: { operationId: "getPart", responses: { "200": ok("Part") } },
    },
    [`${C}/gadgets`]: { parameters: [customerId], get: { operationId: "listGadgets", responses: { "200": page("Gadget") } }, post: { operationId: "createGadget", responses: { "201": ok("Gadget") } } },
    [`${C}/gadgets/{gadgetId}`]: { parameters: [customerId, { name: "gadgetId", in: "path", required: true, schema: { type: "string" } }], get: { operationId: "getGadget", responses: { "200": ok("Gadget") } } },
  },
  components: {
    schemas: {
      Widget: { type: "object", properties: { serial: { type: "string" }, name: { type: "string" } } },
      Part: { type: "object", properties: { id: { type: "string" } } },
      Gadget: { type: "object", properties: { id: { type: "string" } } },
    },
  },
  "x-resources": {
    Widget: { schema: "#/components/schemas/Widget", collection: `${C}/widgets`, create: `${C}/widget`, item: `${C}/widget/{key}`, idParam: "key", idField: "serial", references: [{ field: "gadgetId", resource: "Gadget" }] },
    // Facts that no longer fit the paths are ignored rather than trusted.
    Stale: { schema: "#/components/schemas/Part", collection: `${C}/stale`, item: `${C}/stale/{staleId}`, idParam: "staleId", idField: "id" },
  },
} as unknown as OpenApiDocument;

const model = loadSpecModel(doc);
const resources = deriveResources(model);
const byName = (n: string) => resources.find((r) => r.name === n);
const op = (id: string) => model.operations.find((o) => o.operationId === id)!;

test("x-resources facts win where they exist: id field, create path, list, actions, references", () => {
  const w = byName("Widget")!;
  expect(w.source).toBe("x-resources");
  expect({ idParam: w.idParam, idField: w.idField }).toEqual({ idParam: "key", idField: "serial" });
  expect(w.create?.operationId).toBe("createWidget");
  expect(w.get?.operationId).toBe("getWidget");
  expect(w.delete?.operationId).toBe("deleteWidget");
  expect(w.list?.operationId).toBe("listWidgets");
  expect(w.listShape?.arrayProp).toBe("list");
  expect(w.actions.map((a) => a.operationId)).toEqual(["spinWidget"]);
  expect(w.references).toEqual([{ field: "gadgetId", resource: "Gadget" }]);
  expect(byName("Stale")).toBeUndefined();
});

test("resources the facts do not cover are still derived from the paths", () => {
  const g = byName("Gadget")!;
  expect(g.source).toBe("paths");
  expect(g.create?.operationId).toBe("createGadget");
  expect(g.list?.operationId).toBe("listGadgets");
  expect(byName("Part")?.source).toBe("paths");
  expect(resources.filter((r) => r.itemPath === `${C}/widget/{key}`)).toHaveLength(1);
});

test("an operation belongs to the resource with the longest item path", () => {
  expect(resourceOf(resources, op("getPart"))?.name).toBe("Part");
  expect(resourceOf(resources, op("spinWidget"))?.name).toBe("Widget");
  expect(resourceOf(resources, op("listWidgets"))).toBeUndefined();
});

test("every x-resources entry of the bundled spec that names an item path becomes a resource", () => {
  const real = loadSpecModel();
  const facts = (real.doc as any)["x-resources"] as Record<string, { item?: string; idParam?: string }>;
  const derived = deriveResources(real);
  const expected = Object.entries(facts).filter(([, f]) => f.item && f.idParam && f.item.endsWith(`{${f.idParam}}`) && real.operations.some((o) => o.path === f.item));
  expect(expected.length).toBeGreaterThan(10);
  for (const [name, f] of expected) expect(derived.find((r) => r.name === name)).toMatchObject({ source: "x-resources", itemPath: f.item, idParam: f.idParam });
});

test("lists whose records refer to others include records the spec only lists, which are no resource", () => {
  const real = loadSpecModel();
  const lists = referringLists(real);
  const vpn = lists.find((l) => l.name === "VpnConnectedUser");
  expect(vpn).toMatchObject({ list: { method: "GET", path: expect.stringMatching(/\/vpnConnectedUsers$/) }, references: [{ field: "vpnServiceEdgeId", resource: "ServiceEdge" }] });
  expect(deriveResources(real).some((r) => r.name === "VpnConnectedUser")).toBe(false);
  // A resource's own list counts too: a run that leaves it out of play still learns what it refers to.
  expect(lists.some((l) => l.name === "ApplicationSegment")).toBe(true);
  for (const l of lists) expect(l.references.length).toBeGreaterThan(0);
});
