import { DependencyCycleError, cleanupOrder, createOrder, dependencyGraph, prerequisitesOf, type DependencyFacts } from "../src/dependency-order";
import { fillReferences, isRequiredReference } from "../src/reference-fields";
import { resourceGraph } from "../src/resource-dependencies";
import { deriveResources } from "../src/resources";
import { loadSpecModel } from "../src/spec-model";
import { chainSpec } from "./fixtures/dependency-server";

// A made-up `x-resources` with a three-level chain, listed dependents first: C refers to B, B to A.
const chain: Record<string, DependencyFacts> = {
  C: { references: [{ field: "bs[].id", resource: "B" }] },
  B: { references: [{ field: "aId", resource: "A" }] },
  A: {},
};

test("a three-level chain is created A, B, C and removed C, B, A", () => {
  const graph = dependencyGraph(chain);
  expect(createOrder(graph)).toEqual(["A", "B", "C"]);
  expect(cleanupOrder(graph)).toEqual(["C", "B", "A"]);
  expect(prerequisitesOf(graph, "B")).toEqual(["A", "B"]);
});

test("a parent counts as a dependency, and references to resources outside the facts are left out", () => {
  const graph = dependencyGraph({ Rule: { parent: { resource: "Set", param: "setId" }, references: [{ field: "idpId", resource: "Elsewhere" }] }, Set: {} });
  expect(createOrder(graph)).toEqual(["Set", "Rule"]);
});

test("a reference cycle is an error that names the cycle", () => {
  const graph = dependencyGraph({ ...chain, A: { references: [{ field: "cId", resource: "C" }] } });
  expect(() => createOrder(graph)).toThrow(DependencyCycleError);
  expect(() => createOrder(graph)).toThrow("reference cycle in x-resources: C → B → A → C");
  expect(() => cleanupOrder(graph)).toThrow(DependencyCycleError);
});

test("references the create body can leave out do not order anything, so back-references make no cycle", () => {
  const resources = deriveResources(loadSpecModel(chainSpec));
  expect(createOrder(resourceGraph(resources))).toEqual(["Alpha", "Beta", "Gamma"]);
  const gamma = resources.find((r) => r.name === "Gamma")!;
  expect(gamma.references!.map((ref) => isRequiredReference(gamma.create!.body!.schema, ref))).toEqual([true, false]);
});

test("the bundled ZPA spec's required references have an order (an application segment after its segment and server groups)", () => {
  const order = createOrder(resourceGraph(deriveResources(loadSpecModel())));
  expect(order.indexOf("SegmentGroup")).toBeLessThan(order.indexOf("ApplicationSegment"));
  expect(order.indexOf("ServerGroup")).toBeLessThan(order.indexOf("ApplicationSegment"));
  expect(order.indexOf("Role")).toBeLessThan(order.indexOf("Administrator"));
});

test("filling references follows array paths and `when`, and takes out what has no value", () => {
  const body = {
    segmentGroupId: "1",
    serverGroups: [{ id: "2" }, { id: "3" }],
    conditions: [{ operands: [{ objectType: "APP", rhs: "9" }, { objectType: "POSTURE", lhs: "x" }, { objectType: "IDP", rhs: "8" }] }],
    tags: ["7"],
  };
  const values: Record<string, string | undefined> = { SegmentGroup: "100", ServerGroup: "200", ApplicationSegment: "300", PostureProfile: "udid-1" };
  const out = fillReferences(
    body,
    [
      { field: "segmentGroupId", resource: "SegmentGroup" },
      { field: "serverGroups[].id", resource: "ServerGroup" },
      { field: "conditions[].operands[].rhs", resource: "ApplicationSegment", when: { objectType: "APP" } },
      { field: "conditions[].operands[].lhs", resource: "PostureProfile", key: "postureUdid", when: { objectType: "POSTURE" } },
      { field: "conditions[].operands[].rhs", resource: "Idp", when: { objectType: "IDP" } },
      { field: "tags[]", resource: "Tag" },
    ],
    (ref) => values[ref.resource],
  );
  expect(out).toEqual({
    segmentGroupId: "100",
    serverGroups: [{ id: "200" }, { id: "200" }],
    // The IDP operand had no real value: the element holding it is taken out.
    conditions: [{ operands: [{ objectType: "APP", rhs: "300" }, { objectType: "POSTURE", lhs: "udid-1" }] }],
    tags: [],
  });
  // The input is left as it was (fast-check may still shrink it).
  expect(body.serverGroups[0]!.id).toBe("2");
  expect(fillReferences({ name: "x", alphaId: "5" }, [{ field: "alphaId", resource: "Alpha" }], () => undefined)).toEqual({ name: "x" });
});
