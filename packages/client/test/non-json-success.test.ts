import { inspect } from "node:util";
import { createZpaClient, ZpaError, ZpaInvalidResponseError } from "../src";
import { C, CUSTOMER, startTestServer, type TestServer } from "./support/test-server";

let server: TestServer;
afterEach(() => server?.close());

const client = () => createZpaClient({ baseUrl: server.url, customerId: CUSTOMER, credentials: { tokenProvider: () => "tok-valid-123456" }, retry: false });
// A proxy's login page or a truncated answer, holding something that must not be repeated.
const page = "<html>session=abc-secret-cookie-value; your token tok-valid-123456</html>";

describe("a 2xx answer whose body is not JSON", () => {
  beforeEach(async () => {
    server = await startTestServer({
      routes: {
        [`GET ${C}/roles/12`]: () => ({ status: 200, text: page, headers: { "content-type": "text/html" } }),
        [`POST ${C}/administrators`]: () => ({ status: 201, text: '{"id":"1", "password":"half' }),
      },
    });
    server.valid.add("tok-valid-123456");
  });

  // It once threw the raw SyntaxError from JSON.parse, whose message quotes the body.
  it("throws ZpaInvalidResponseError naming the operation and status, never quoting the body", async () => {
    for (const call of [() => client().roles.get("12"), () => client().GET("/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}", { params: { path: { roleId: "12" } } })]) {
      const error = (await call().catch((e: unknown) => e)) as ZpaInvalidResponseError;
      expect(error).toBeInstanceOf(ZpaInvalidResponseError);
      expect(error).toBeInstanceOf(ZpaError);
      expect(error).toMatchObject({ status: 200, operation: "getRole", method: "GET", path: `${C}/roles/12` });
      expect(error.message).toBe("getRole: HTTP 200 with a body that is not valid JSON");
      const text = `${String(error)} ${JSON.stringify(error)} ${error.stack} ${inspect(error, { depth: 10 })}`;
      expect(text).not.toContain("secret-cookie");
      expect(text).not.toContain("tok-valid");
      expect(text).not.toContain("<html>");
    }
  });

  it("covers a write's 201 with a truncated body too", async () => {
    const error = await client().administrators.create({ username: "a@example.com", phoneNumber: "1234567890", roleId: "12", password: "Initial#Pass1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaInvalidResponseError);
    expect(error).toMatchObject({ status: 201, operation: "createAdministrator" });
    expect(String(error)).not.toContain("half");
  });

  it("leaves a body taken as text alone", async () => {
    const { data } = await client().GET("/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}", { params: { path: { roleId: "12" } }, parseAs: "text" });
    expect(data).toBe(page);
  });
});
