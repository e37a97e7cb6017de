import { openapi } from "@zpa-openapi/spec";
import { createZpaClient, ONEAPI_CLOUDS, ZPA_CLOUDS, type ZpaCloud } from "../src";
import { resolveEndpoints } from "../src/clouds";

const customerId = "216196257331281920";
const oneApi = { clientId: "id", clientSecret: "s3cret-value", vanityDomain: "acme" };
const legacy = { clientId: "id", clientSecret: "s3cret-value" };
const clouds = Object.keys(ZPA_CLOUDS) as ZpaCloud[];

interface OneApiBlock {
  pathPrefix: string;
  tokenUrlTemplate: string;
  apiHostTemplate: string;
  clouds: Record<string, { tokenUrl: string; apiHost: string }>;
}
const spec = (openapi as unknown as { "x-oneapi": OneApiBlock })["x-oneapi"];

describe("OneAPI hosts per cloud", () => {
  // The spec lists some clouds and gives templates for the rest; the client's one table must agree.
  it.each(clouds)("%s: the table holds the spec's gateway and token URL", (cloud) => {
    const listed = spec.clouds[cloud];
    const lower = cloud.toLowerCase();
    const apiHost = listed?.apiHost ?? spec.apiHostTemplate.replace("{cloud}", lower);
    const tokenUrl = listed?.tokenUrl ?? spec.tokenUrlTemplate.replace("{cloud}", lower);
    expect(ONEAPI_CLOUDS[cloud]).toEqual({ baseUrl: `https://${apiHost}${spec.pathPrefix}`, tokenUrl });
  });

  it("every gateway host of the spec's servers is in the table", () => {
    const servers = openapi.servers as Array<{ url: string; variables?: { apiHost?: { enum: string[] } } }>;
    const hosts = servers.find((s) => s.variables?.apiHost)!.variables!.apiHost!.enum;
    const table = Object.values(ONEAPI_CLOUDS).map((c) => new URL(c.baseUrl).host);
    for (const host of hosts) expect(table).toContain(host);
  });

  it.each(clouds)("%s with OneAPI credentials: API and token both on that cloud's OneAPI hosts", (cloud) => {
    const { baseUrl, tokenUrl } = resolveEndpoints({ cloud }, oneApi);
    expect(baseUrl).toBe(ONEAPI_CLOUDS[cloud].baseUrl);
    expect(tokenUrl).toBe(ONEAPI_CLOUDS[cloud].tokenUrl.replace("{vanity}", "acme"));
    expect(createZpaClient({ customerId, cloud, credentials: oneApi }).baseUrl).toBe(baseUrl);
  });

  // Once, BETA with OneAPI credentials called the legacy BETA host with a token from production's ZIdentity.
  it("BETA never reaches a production host", () => {
    expect(resolveEndpoints({ cloud: "BETA" }, oneApi)).toEqual({ baseUrl: "https://api.beta.zsapi.net/zpa", tokenUrl: "https://acme.zsloginbeta.net/oauth2/v1/token" });
    expect(resolveEndpoints({ cloud: "GOVUS" }, oneApi)).toEqual({ baseUrl: "https://api.zscalergov.us/zpa", tokenUrl: "https://acme.zidentitygov.us/oauth2/v1/token" });
  });

  it("defaults to PRODUCTION, takes cloud names in any case, and keeps legacy credentials and token providers on the legacy hosts", () => {
    expect(resolveEndpoints({}, oneApi)).toEqual({ baseUrl: "https://api.zsapi.net/zpa", tokenUrl: "https://acme.zslogin.net/oauth2/v1/token" });
    expect(resolveEndpoints({ cloud: "beta" as ZpaCloud }, oneApi).baseUrl).toBe("https://api.beta.zsapi.net/zpa");
    expect(resolveEndpoints({ cloud: "BETA" }, legacy)).toEqual({ baseUrl: "https://config.zpabeta.net" });
    expect(resolveEndpoints({ cloud: "GOV" }, { tokenProvider: () => "t" })).toEqual({ baseUrl: "https://config.zpagov.net" });
  });

  it("lets an explicit baseUrl and tokenUrl win over the cloud", () => {
    expect(resolveEndpoints({ cloud: "BETA", baseUrl: "https://gw.example.com/zpa/" }, oneApi)).toEqual({ baseUrl: "https://gw.example.com/zpa", tokenUrl: "https://acme.zsloginbeta.net/oauth2/v1/token" });
    const own = { ...legacy, tokenUrl: "https://idp.example.com/oauth2/v1/token" };
    expect(resolveEndpoints({ cloud: "BETA" }, own)).toEqual({ baseUrl: "https://api.beta.zsapi.net/zpa", tokenUrl: own.tokenUrl });
  });
});

describe("vanityDomain", () => {
  it.each(["acme", "a", "acme-corp", "ACME01", "x".repeat(63)])("accepts the DNS label %s", (vanityDomain) => {
    expect(() => createZpaClient({ customerId, credentials: { ...legacy, vanityDomain } })).not.toThrow();
  });

  it.each(["", "-acme", "acme-", "acme.zslogin.net", "acme_corp", "ac me", "x".repeat(64), "acme/evil", "évian"])("refuses %j, saying what a vanity domain is", (vanityDomain) => {
    expect(() => createZpaClient({ customerId, credentials: { ...legacy, vanityDomain } })).toThrow(
      `createZpaClient: credentials.vanityDomain must be a DNS label such as acme, got ${JSON.stringify(vanityDomain)}`,
    );
  });

  it("refuses tokenUrl and vanityDomain together", () => {
    expect(() => createZpaClient({ customerId, credentials: { ...oneApi, tokenUrl: "https://acme.zslogin.net/oauth2/v1/token" } })).toThrow("credentials take tokenUrl or vanityDomain, not both");
  });
});
