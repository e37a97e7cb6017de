import { toCurl } from "../src/http/curl";
import { maskPassword, redactExchange } from "../src/http/redact";
import { toHar } from "../src/reporters/har";
import type { Exchange } from "../src/types";

const exchange: Exchange = {
  request: {
    method: "POST",
    url: "http://127.0.0.1:1/mgmtconfig/v1/admin/customers/1/administrators",
    headers: { authorization: "Bearer sekret-token-123", "content-type": "application/json" },
    body: JSON.stringify({ username: "a@b.co", password: "Hunter2!x", tmpPassword: "Abc12345!", phoneNumber: "1234567890" }),
  },
  response: { status: 201, headers: { "content-type": "application/json" }, body: JSON.stringify({ access_token: "tok-xyz", id: "1" }) },
  elapsedMs: 3,
  startedAt: new Date(0).toISOString(),
};

test("curl commands and HAR files never carry tokens or passwords", () => {
  const curl = toCurl(exchange);
  const har = JSON.stringify(toHar([{ exchange }]));
  for (const out of [curl, har]) {
    expect(out).not.toContain("sekret-token-123");
    expect(out).not.toContain("Hunter2!x");
    expect(out).not.toContain("Abc12345!");
    expect(out).not.toContain("tok-xyz");
  }
  expect(curl).toContain('"authorization: Bearer $ZPA_TOKEN"');
  expect(curl).toContain("1234567890");
});

test("a masked password keeps the length and character classes a password rule looks at", () => {
  expect(maskPassword("Hunter2!x")).toBe("Aaaaaa0!a");
  expect(maskPassword("abcdefg1!")).toMatch(/^[a0!]+$/);
});

test("form bodies keep the client secret out, as a variable to fill in", () => {
  const x = redactExchange({ ...exchange, request: { ...exchange.request, headers: { "content-type": "application/x-www-form-urlencoded" }, body: "client_id=me&client_secret=s3cr3t" } });
  expect(x.request.body).toBe("client_id=me&client_secret=$ZPA_CLIENT_SECRET");
});
