import { session, type Session } from "./twin-session";

// The twin keeps the last list it answered for each list operation (a page walk asks for the same
// list again per page). A write must show in the very next list, whatever it changed.
let s: Session;
beforeAll(async () => {
  s = await session({ rateLimit: false });
});
afterAll(() => s.twin.stop());

const names = async (query: string) => {
  const r = await s.call("GET", `/segmentGroup?pagesize=500${query}`);
  expect(r.status).toBe(200);
  return ((r.json as { list?: Array<{ name: string }> }).list ?? []).map((g) => g.name);
};

test("a create, an update and a delete each show in the next list, searched or not", async () => {
  const a = await s.call("POST", "/segmentGroup", { name: "lists follow a", enabled: true });
  expect(a.status).toBe(201);
  expect(await names("")).toContain("lists follow a");
  expect(await names("&search=lists%20follow")).toEqual(["lists follow a"]);

  const b = await s.call("POST", "/segmentGroup", { name: "lists follow b", enabled: true });
  expect(await names("&search=lists%20follow")).toEqual(["lists follow a", "lists follow b"]);

  const id = (a.json as { id: string }).id;
  expect((await s.call("PUT", `/segmentGroup/${id}`, { id, name: "renamed", enabled: true })).status).toBe(204);
  expect(await names("&search=lists%20follow")).toEqual(["lists follow b"]);
  expect(await names("")).toContain("renamed");

  expect((await s.call("DELETE", `/segmentGroup/${(b.json as { id: string }).id}`)).status).toBe(204);
  expect(await names("&search=lists%20follow")).toEqual([]);
  expect(await names("")).not.toContain("lists follow b");
});

test("pages of one list count the records as they are now", async () => {
  const before = await s.call("GET", "/segmentGroup?page=1&pagesize=1");
  const pages = Number((before.json as { totalPages: number | string }).totalPages);
  await s.call("POST", "/segmentGroup", { name: "one more page", enabled: true });
  const after = await s.call("GET", "/segmentGroup?page=1&pagesize=1");
  expect(Number((after.json as { totalPages: number | string }).totalPages)).toBe(pages + 1);
});
