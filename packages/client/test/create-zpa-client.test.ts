import { openapi } from "@zpa-openapi/spec";
import { createZpaClient, ONEAPI_BASE_URL, ONEAPI_CLOUDS, ZPA_CLOUDS } from "../src";

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
    // Written as a literal (so a bundle that does not use it drops it): it must stay PRODUCTION's.
    expect(ONEAPI_BASE_URL).toBe(ONEAPI_CLOUDS.PRODUCTION.baseUrl);
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
    [{ customerId: 216196257331281920 }, "customerId must be a string of digits, got 216196257331281920"],
    [{ customerId: "acme" }, 'customerId must be a string of digits, got "acme"'],
    [{ microtenantId: "default" }, "microtenantId must be a string of digits"],
    [{ credentials: undefined }, "credentials must be {clientId, clientSecret, tokenUrl? | vanityDomain?} or {tokenProvider}, got undefined"],
    [{ credentials: { clientId: "id", clientSecret: "" } }, "credentials.clientSecret must be a non-empty string"],
    [{ credentials: { tokenProvider: "abc" } }, "credentials.tokenProvider must be a function"],
    [{ retry: { maxAttempts: 0 } }, "retry.maxAttempts must be an integer ≥ 1, got 0"],
    [{ timeoutMs: -1 }, "timeoutMs must be a number from 0 (none) to 2147483647, got -1"],
    // A string from an environment variable once became a 50-second timeout ("500" / 10 + "500" ms).
    [{ timeoutMs: "500" }, 'timeoutMs must be a number from 0 (none) to 2147483647, got "500"'],
    [{ timeoutMs: Infinity }, "timeoutMs must be a number from 0 (none) to 2147483647, got Infinity"],
    [{ timeoutMs: NaN }, "got NaN"],
    // Unknown options and wrongly typed ones used to be accepted without a word.
    [{ retries: 3 }, "createZpaClient: retries is not an option (did you mean retry?); the options take cloud, baseUrl, allowInsecureHttp, customerId, credentials, microtenantId, fetch, timeoutMs, retry, rateLimit, logger"],
    [{ timeout: 5000 }, "timeout is not an option (did you mean timeoutMs?)"],
    [{ baseURL: "https://x.example" }, "baseURL is not an option (did you mean baseUrl?)"],
    [{ verbose: true }, "createZpaClient: verbose is not an option; the options take cloud,"],
    // The suggestion: the same name in another case, else the name sharing the longest start of
    // three letters or more with it; two shared letters suggest nothing.
    [{ TIMEOUTMS: 5 }, "TIMEOUTMS is not an option (did you mean timeoutMs?)"],
    [{ micro: "1" }, "micro is not an option (did you mean microtenantId?)"],
    [{ cl: "BETA" }, "createZpaClient: cl is not an option; the options take"],
    [{ logger: "x" }, 'logger must be a function, got "x"'],
    [{ fetch: {} }, "fetch must be a function, got an object"],
    [{ allowInsecureHttp: "yes" }, 'allowInsecureHttp must be true or false, got "yes"'],
    [{ retry: true }, "retry must be false or RetryOptions, got true"],
    [{ retry: { attempts: 3 } }, "retry.attempts is not an option; retry take maxAttempts, baseDelayMs, maxDelayMs, maxTotalWaitMs"],
    [{ retry: { maxAttemps: 3 } }, "retry.maxAttemps is not an option (did you mean retry.maxAttempts?)"],
    [{ retry: { baseDelayMs: "500" } }, 'retry.baseDelayMs must be a number ≥ 0, got "500"'],
    [{ rateLimit: "on" }, 'rateLimit must be a boolean, RateLimitOptions or a RateLimiter, got "on"'],
    [{ rateLimit: { read: 5 } }, "rateLimit.read is not an option (did you mean rateLimit.reads?)"],
    [{ rateLimit: { windowMs: "10s" } }, 'rateLimit.windowMs must be a number > 0, got "10s"'],
    [{ credentials: { clientId: "id", clientSecret: "s3cret-value", tokenurl: "https://acme.zslogin.net/oauth2/v1/token" } }, "credentials.tokenurl is not an option (did you mean credentials.tokenUrl?)"],
    [{ credentials: { tokenProvider: () => "t", clientId: "id" } }, "credentials.clientId is not an option; credentials take tokenProvider"],
    [{ cloud: 7 }, "cloud must be one of PRODUCTION, ZPATWO, BETA, GOV, GOVUS, PREVIEW, got 7"],
  ])("rejects %j, naming what is wrong", (bad, message) => {
    expect(() => createZpaClient({ ...base, ...(bad as object) } as never)).toThrow(message);
  });

  it("never echoes the client secret in a validation error, even a misplaced one", () => {
    const message = (() => {
      try {
        createZpaClient({ ...base, credentials: { clientId: "id", clientSecret: "s3cret-value", clientsecret: "other-s3cret" } } as never);
      } catch (e) {
        return String(e);
      }
    })();
    expect(message).toContain("credentials.clientsecret is not an option (did you mean credentials.clientSecret?)");
    expect(message).not.toMatch(/s3cret/);
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

describe("plain http", () => {
  const creds = { clientId: "id", clientSecret: "s3cret-value" };
  it.each(["http://127.0.0.1:9", "http://127.1.2.3", "http://localhost:8080/", "http://LOCALHOST.", "http://[::1]:9", "http://[0:0:0:0:0:0:0:1]", "http://127.1"])("allows loopback %s", (url) => {
    expect(() => createZpaClient({ ...base, baseUrl: url })).not.toThrow();
    expect(() => createZpaClient({ ...base, credentials: { ...creds, tokenUrl: `${url}/oauth2/v1/token` } })).not.toThrow();
  });

  // Names that merely start like loopback are not loopback: the check parses the address.
  it.each(["http://config.zpabeta.net", "http://127.0.0.1.nip.io", "http://10.0.0.1", "http://[::2]", "http://localhost.example.com", "http://128.0.0.1", "http://[::ffff:8.8.8.8]"])(
    "refuses %s for baseUrl and tokenUrl, naming the option, unless allowInsecureHttp is set",
    (url) => {
      const host = new URL(url).host;
      expect(() => createZpaClient({ ...base, baseUrl: url })).toThrow(`createZpaClient: baseUrl must be https:// (http:// only to loopback or with allowInsecureHttp), got "http://${host}"`);
      expect(() => createZpaClient({ ...base, credentials: { ...creds, tokenUrl: `${url}/oauth2/v1/token` } })).toThrow("credentials.tokenUrl must be https:// (http:// only to loopback or with allowInsecureHttp)");
      expect(createZpaClient({ ...base, baseUrl: url, allowInsecureHttp: true }).baseUrl).toBe(url);
      expect(() => createZpaClient({ ...base, allowInsecureHttp: true, credentials: { ...creds, tokenUrl: `${url}/oauth2/v1/token` } })).not.toThrow();
    },
  );

  it("does not echo a URL's user info when refusing it", () => {
    expect(() => createZpaClient({ ...base, baseUrl: "http://user:pa55word@zpa.example.com/" })).toThrow(/got "http:\/\/zpa\.example\.com"$/);
  });
});
