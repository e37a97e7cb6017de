import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHelpPage } from "../doc-check/parse-help-page";
import { draftFamily } from "../draft-family/draft";

const fixture = (name: string) => parseHelpPage(name, readFileSync(path.join(__dirname, "fixtures", "draft", `${name}.md`), "utf8"));
const pages = [fixture("widget-management"), fixture("configuring-widgets-using-api")];
const family = { name: "widgets", title: "Widgets", tag: "Widget Management", pages: pages.map((p) => p.page) };
const drafted = draftFamily(family, pages, new Set(), "2026-11-30");
const base = "/mgmtconfig/v1/admin/customers/{customerId}/widget";

describe("drafting a family from a reference page and a how-to page", () => {
  it("has each operation once, however many pages describe it", () => {
    expect(Object.keys(drafted.paths)).toEqual([base, `${base}/{widgetId}`]);
    expect(Object.keys(drafted.paths[base]!)).toEqual(["parameters", "get", "post"]);
    expect(drafted.paths[base]!.post!["x-doc-source"]).toMatchObject({ page: "widget-management", also: [{ page: "configuring-widgets-using-api", section: "Creating a Widget" }] });
  });

  it("keeps the reference table's success code and records the how-to page's other one", () => {
    const post = drafted.paths[base]!.post!;
    expect(Object.keys(post.responses).filter((c) => c.startsWith("2"))).toEqual(["201"]);
    expect(post["x-doc-notes"]).toContainEqual(expect.objectContaining({ topic: "success code", conflict: expect.stringMatching(/returns 200.*lists 201/) }));
  });

  it("quotes every endpoint a page writes wrongly, verbatim", () => {
    const topics = [...drafted.paths[base]!.get!["x-doc-notes"], ...drafted.paths[base]!.post!["x-doc-notes"]].filter((n: any) => n.topic === "path as written");
    expect(topics.map((n: any) => n.conflict)).toEqual([
      expect.stringContaining("`/mgmtconfig/v1/admin/customers/{customerId}/widget&search={searchString}`"),
      expect.stringContaining("`/mgmtconfig/v1/admin/customers/73186051597795328/widget` (literal-id)"),
    ]);
  });

  it("refers to the shared parameters and always documents 401, 403, 429 and 503", () => {
    const get = drafted.paths[base]!.get!;
    expect(get.parameters).toEqual([{ $ref: "#/components/parameters/page" }, { $ref: "#/components/parameters/pagesize" }, { $ref: "#/components/parameters/search" }]);
    expect(Object.keys(get.responses)).toEqual(["200", "400", "401", "403", "429", "503"]);
  });

  it("infers the record from the (repaired) example and the field table, ids and times by the shared schemas", () => {
    const widget = drafted.components.schemas.Widget!;
    expect(widget.properties).toEqual({
      id: { $ref: "#/components/schemas/Int64Id" },
      creationTime: { $ref: "#/components/schemas/EpochSeconds" },
      name: { type: "string" },
      enabled: { type: "boolean" },
      size: { type: "integer" },
    });
    expect(drafted.components.schemas.WidgetWrite).toMatchObject({ allOf: [{ $ref: "#/components/schemas/Widget" }], required: ["name"] });
    expect(drafted.paths[base]!.get!.responses["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/WidgetPage" });
  });

  it("writes the resource facts the twin and the suite read", () => {
    expect(drafted["x-resources"].Widget).toEqual({
      schema: "#/components/schemas/Widget",
      collection: base,
      item: `${base}/{widgetId}`,
      idParam: "widgetId",
      idField: "id",
      serverManaged: ["id", "creationTime"],
    });
  });

  it("never reuses a schema name another family holds", () => {
    const again = draftFamily({ ...family, name: "gadgets" }, pages, new Set(["Widget"]), "2026-11-30");
    expect(Object.keys(again.components.schemas)).not.toContain("Widget");
  });
});
