import { collectAll, createZpaClient, paginate, ZpaApiError } from "../src";
import { C, CUSTOMER, json, startTestServer, type Recorded, type TestServer, type TestServerOptions } from "./support/test-server";

const user = (i: number) => ({ userId: `u${i}`, emailId: `u${i}@example.com`, firstName: "F", lastName: "L", userStatus: "Active", allowedActivate: false, allowedDeactivate: true, updateEnabled: true });
const admin = (i: number) => ({ id: String(1000 + i), username: `a${i}@example.com` });
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
let server: TestServer;
afterEach(() => server?.close());

const client = () => createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { tokenProvider: () => "t" }, retry: false });
const start = async (routes: NonNullable<TestServerOptions["routes"]>) => {
  server = await startTestServer({ routes });
  server.valid.add("t");
};

/** Cursor pages over `total` users: `nextPage` is the next offset, absent on the last page. */
const cursorPages = (total: number) => (req: Recorded) => {
  const size = Number(req.query.get("pageSize") ?? 20);
  const from = Number(req.query.get("pageId") ?? 0);
  const to = Math.min(total, from + size);
  return json(to < total ? { items: range(from, to).map(user), nextPage: String(to) } : { items: range(from, to).map(user) });
};

/** Numbered pages over `total` admins with string counters; `list` absent on an empty page. */
const numberedPages = (total: number, counters: (n: number) => string | number = String) => (req: Recorded) => {
  const size = Number(req.query.get("pagesize") ?? 20);
  const page = Number(req.query.get("page") ?? 1);
  const list = range((page - 1) * size, Math.min(total, page * size)).map(admin);
  return json({ totalPages: counters(Math.ceil(total / size)), totalCount: counters(total), ...(list.length ? { list } : {}) });
};

describe("cursor pagination (emergency access users)", () => {
  it("walks every page to the one without nextPage, asking for 500 a page by default", async () => {
    await start({ [`GET ${C}/emergencyAccess/users`]: cursorPages(1203) });
    const ids = [];
    for await (const u of client().emergencyAccess.list()) ids.push(u.userId);
    expect(ids).toEqual(range(0, 1203).map((i) => `u${i}`));
    const reqs = server.apiRequests();
    expect(reqs.map((r) => [r.query.get("pageSize"), r.query.get("pageId")])).toEqual([["500", null], ["500", "500"], ["500", "1000"]]);
  });

  it("honours a caller's page size and search", async () => {
    await start({ [`GET ${C}/emergencyAccess/users`]: cursorPages(5) });
    const all = await client().emergencyAccess.listAll({ pageSize: 2, search: "firstName+EQ+F" });
    expect(all).toHaveLength(5);
    expect(server.apiRequests()).toHaveLength(3);
    expect(server.apiRequests()[0]!.query.get("search")).toBe("firstName+EQ+F");
  });

  it("returns nothing for an empty list, in one request", async () => {
    await start({ [`GET ${C}/emergencyAccess/users`]: () => json({ items: [] }) });
    expect(await client().emergencyAccess.listAll()).toEqual([]);
    expect(server.apiRequests()).toHaveLength(1);
  });

  it("stops with an error when the server repeats a cursor instead of looping", async () => {
    await start({ [`GET ${C}/emergencyAccess/users`]: () => json({ items: [user(1)], nextPage: "same" }) });
    await expect(client().emergencyAccess.listAll()).rejects.toThrow(/nextPage "same"/);
  });
});

describe("numbered pagination (administrators, roles)", () => {
  it("walks page/pagesize to totalPages with counters as strings", async () => {
    await start({ [`GET ${C}/administrators`]: numberedPages(1001) });
    const all = await collectAll(client(), "/mgmtconfig/v1/admin/customers/{customerId}/administrators");
    expect(all.map((a) => a.id)).toEqual(range(0, 1001).map((i) => String(1000 + i)));
    expect(server.apiRequests().map((r) => [r.query.get("page"), r.query.get("pagesize")])).toEqual([["1", "500"], ["2", "500"], ["3", "500"]]);
  });

  it("accepts counters as numbers too", async () => {
    await start({ [`GET ${C}/administrators`]: numberedPages(3, (n) => n) });
    expect(await client().administrators.listAll({ pagesize: 2 })).toHaveLength(3);
    expect(server.apiRequests()).toHaveLength(2);
  });

  it("handles an empty list whose envelope has no `list`", async () => {
    await start({ [`GET ${C}/roles`]: () => json({ totalPages: "0" }) });
    expect(await client().roles.listAll()).toEqual([]);
    expect(server.apiRequests()).toHaveLength(1);
  });

  it("accepts the bare array the help page shows, stopping at a short page", async () => {
    await start({
      [`GET ${C}/administrators`]: (req) => {
        const page = Number(req.query.get("page"));
        return json(page === 1 ? [admin(1), admin(2)] : [admin(3)]);
      },
    });
    const ids = [];
    for await (const a of paginate(client(), "/mgmtconfig/v1/admin/customers/{customerId}/administrators", { params: { query: { pagesize: 2 } } })) ids.push(a.id);
    expect(ids).toEqual(["1001", "1002", "1003"]);
  });

  it("stops on a bare array when the server ignores `page` and repeats itself", async () => {
    await start({ [`GET ${C}/administrators`]: () => json([admin(1), admin(2)]) });
    expect(await client().administrators.listAll({ pagesize: 2 })).toHaveLength(2);
    expect(server.apiRequests()).toHaveLength(2);
  });

  it("throws the page's ZpaApiError when a page fails", async () => {
    await start({ [`GET ${C}/roles`]: (req) => (req.query.get("page") === "2" ? json({ id: "resource.not.found", reason: "gone" }, 404) : json({ totalPages: "2", list: [{ id: "1", name: "r" }] })) });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const r of client().roles.list()) seen.push(String(r.id));
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["1"]);
    expect(error).toBeInstanceOf(ZpaApiError);
    expect(error).toMatchObject({ status: 404, operation: "listRoles" });
  });

  it("rejects a path that is not a list operation", async () => {
    await start({});
    const notAList = "/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}" as never;
    await expect(collectAll(client(), notAList)).rejects.toThrow(/not a list operation/);
  });
});
