import { openapi } from "@zpa-openapi/spec";
import { answerJson, markUnchanging } from "../src/engine/answer-json";
import { synthesize } from "../src/engine/schema";
import { session, type Session } from "./twin-session";

// Answers are written from texts kept for records that cannot change: the text must be what
// JSON.stringify writes, and a record changed since must show in the next page.
describe("answer text", () => {
  it("is JSON.stringify's, for pages, bare lists, records and odd values", () => {
    const kept = { id: "1", name: "kept", tags: ["a", undefined], when: new Date(0) };
    markUnchanging(kept);
    const bodies: unknown[] = [
      { totalPages: "1", totalCount: "2", list: [kept, { id: "2", skip: undefined, f: () => 1 }] },
      [kept, undefined, () => 1, null, 3, "x", [1, [2]]],
      kept,
      { id: "3", nested: { list: [kept] }, gone: undefined, at: new Date(1000) },
      { toJSON: () => ({ replaced: true }) },
      null,
      "text",
      7,
      { list: [] },
    ];
    for (const body of bodies) expect(answerJson(body)).toBe(JSON.stringify(body));
    // Twice: the second time from the kept text.
    expect(answerJson([kept, kept])).toBe(JSON.stringify([kept, kept]));
  });

  describe("through the twin", () => {
    let s: Session;
    beforeAll(async () => {
      s = await session({ seedProfile: "realistic" });
    });
    afterAll(() => s.twin.stop());

    it("a page read again after one of its records changed shows the change", async () => {
      const first = (await s.call("GET", "/segmentGroup?page=1&pagesize=20")).json.list;
      const target = first[0];
      const again = (await s.call("GET", "/segmentGroup?page=1&pagesize=20")).json.list;
      expect(again).toEqual(first);
      const write = { ...(synthesize(openapi, { $ref: "#/components/schemas/SegmentGroupWrite" }) as object), name: "renamed for the page" };
      expect((await s.call("PUT", `/segmentGroup/${target.id}`, write)).status).toBeLessThan(300);
      const after = (await s.call("GET", "/segmentGroup?page=1&pagesize=20")).json.list;
      expect(after.find((g: any) => g.id === target.id).name).toBe("renamed for the page");
    });
  });
});
