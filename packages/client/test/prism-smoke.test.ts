// The client against Prism mocking the spec in-process on 127.0.0.1: every request the client
// builds must pass Prism's request validation, and every typed answer must decode.
import { readFileSync } from "node:fs";
import { createZpaClient, ZpaApiError, type ZpaClient } from "../src";
import { specFile as spec, startPrism } from "./support/prism";

// Prism answers a static mock with a response's first example, so that is what the client must decode.
const doc = JSON.parse(readFileSync(spec, "utf8"));
const deref = (node: any): any => (node?.$ref ? deref(node.$ref.split("/").slice(1).reduce((o: any, k: string) => o[k], doc)) : node);
const firstExample = (route: string): any => {
  const examples = doc.paths[route].get.responses["200"].content["application/json"].examples;
  return deref(Object.values(examples)[0]).value;
};

let prism: { url: string; close(): Promise<void> };
let zpa: ZpaClient;

beforeAll(async () => {
  prism = await startPrism();
  // Prism checks the token's shape only; a provider keeps this test about the API calls.
  zpa = createZpaClient({ baseUrl: prism.url, customerId: "216196257331281920", microtenantId: "0", credentials: { tokenProvider: () => "prism-token" }, retry: false });
}, 30_000);
afterAll(() => prism?.close());

describe("against the Prism mock of the spec", () => {
  it("reads and writes emergency access users with requests Prism accepts", async () => {
    const created = await zpa.emergencyAccess.create({ emailId: "breakglass.ops@example.com", firstName: "Break", lastName: "Glass" }, { activateNow: false });
    expect(created.userId).toBe("00u2gg2qairRJf71G756");
    expect((await zpa.emergencyAccess.get(created.userId)).userStatus).toBe("Active");
    await zpa.emergencyAccess.update(created.userId, { lastName: "Glass-Two" });
    await zpa.emergencyAccess.activate(created.userId, { sendEmail: false });
    await zpa.emergencyAccess.deactivate(created.userId);
    const all = await zpa.emergencyAccess.listAll();
    expect(all.length).toBeGreaterThan(0);
  });

  it("walks administrators and roles to the end and reads one of each", async () => {
    expect((await zpa.administrators.listAll()).length).toBeGreaterThan(0);
    const listed = firstExample("/mgmtconfig/v1/admin/customers/{customerId}/roles");
    expect((await zpa.roles.listAll()).map((r) => r.name)).toEqual((Array.isArray(listed) ? listed : listed.list).map((r: { name: string }) => r.name));
    expect((await zpa.roles.get("12")).name).toBe(firstExample("/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}").name);
    expect((await zpa.administrators.get("145256180497778056")).username).toContain("@");
    await zpa.administrators.update("145256180497778056", { username: "exampleuser@lanukcorp.com", phoneNumber: "2025550123", roleId: "144118148382065792", twoFactorAuthEnabled: false });
    await zpa.administrators.delete("145256180497778056");
  });

  it("surfaces Prism's validation answer as ZpaApiError when a request breaks the spec", async () => {
    const error = await zpa.administrators.create({ username: "not-an-email", phoneNumber: "12", roleId: "12", password: "weakpassword" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZpaApiError);
    expect((error as ZpaApiError).status).toBeGreaterThanOrEqual(400);
    expect((error as ZpaApiError).operation).toBe("createAdministrator");
    expect(String(error)).not.toContain("weakpassword");
  });
});
