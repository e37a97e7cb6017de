import { openapi } from "@zpa-openapi/spec";
import { createZpaClient, ONEAPI_BASE_URL, ZPA_CLOUDS } from "../src";

const base = { customerId: "216196257331281920", credentials: { clientId: "id", clientSecret: "s3cret-value" } };

describe("createZpaClient options", () => {
  it.each(Object.entries(ZPA_CLOUDS))("maps cloud %s to %s", (cloud, url) => {
    expect(createZpaClient({ ...base, cloud: cloud as keyof typeof ZPA_CLOUDS }).baseUrl).toBe(url);
  });

  // The hosts are facts of the spec (its `servers`); the names are the documented cloud names.
  it("maps the six documented cloud names onto exactly the spec's hosts, and OneAPI onto its gateway", () => {
    // Matched by shape, not position: the spec may list more servers (OneAPI's per-cloud hosts).
    const servers = openapi.servers as Array<{ url: string; variables?: { host?: { enum: string[]; default: string } } }>;
    const legacy = servers.filter((s) => s.url === "https://{host}");
    expect(legacy).toHaveLength(1);
    const hosts = legacy[0]!.variables!.host!;
    expect(Object.keys(ZPA_CLOUDS)).toEqual(["PRODUCTION", "ZPATWO", "BETA", "GOV", "GOVUS", "PREVIEW"]);
    expect(Object.values(ZPA_CLOUDS)).toEqual(hosts.enum.map((host) => `https://${host}`));
    expect(new URL(ZPA_CLOUDS.PRODUCTION).host).toBe(hosts.default);
    expect(servers.map((s) => s.url)).toContain(ONEAPI_BASE_URL);
  });

  it("lets baseUrl win over cloud and drops a trailing slash", () => {
    expect(createZpaClient({ ...base, cloud: "BETA", baseUrl: "http://127.0.0.1:9/" }).baseUrl).toBe("http://127.0.0.1:9");
  });

  it("defaults to PRODUCTION, or to the OneAPI gateway with OneAPI credentials", () => {
    expect(createZpaClient(base).baseUrl).toBe("https://config.private.zscaler.com");
    expect(createZpaClient({ ...base, credentials: { ...base.credentials, vanityDomain: "acme" } }).baseUrl).toBe("https://api.zsapi.net/zpa");
  });

  it.each([
    [{ cloud: "MARS" }, 'cloud must be one of PRODUCTION, ZPATWO, BETA, GOV, GOVUS, PREVIEW, got "MARS"'],
    [{ baseUrl: "config.zpabeta.net" }, 'baseUrl must be an absolute http(s) URL, got "config.zpabeta.net"'],
    [{ customerId: 216196257331281920 }, "customerId must be the tenant id as a string of digits, got number"],
    [{ customerId: "acme" }, 'customerId must be the tenant id as a string of digits, got "acme"'],
    [{ microtenantId: "default" }, "microtenantId must be a string of digits"],
    [{ credentials: undefined }, "credentials are required"],
    [{ credentials: { clientId: "id", clientSecret: "" } }, "credentials.clientSecret must be a non-empty string"],
    [{ credentials: { tokenProvider: "abc" } }, "credentials.tokenProvider must be a function"],
    [{ retry: { maxAttempts: 0 } }, "retry.maxAttempts must be an integer ≥ 1, got 0"],
    [{ timeoutMs: -1 }, "timeoutMs must be a number ≥ 0, got -1"],
  ])("rejects %j, naming what is wrong", (bad, message) => {
    expect(() => createZpaClient({ ...base, ...(bad as object) } as never)).toThrow(message);
  });

  it("never echoes the client secret in a validation error", () => {
    let message = "";
    try {
      createZpaClient({ ...base, customerId: "x", credentials: { clientId: "", clientSecret: "s3cret-value" } });
    } catch (e) {
      message = String(e);
    }
    expect(message).not.toBe("");
    expect(message).not.toContain("s3cret-value");
  });
});
