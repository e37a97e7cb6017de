import { toCurl } from "../src/http/curl";
import { maskPassword, redactExchange, Redactor } from "../src/http/redact";
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

test("a secret field a request carries is blanked in its own exchange, not in later answers that happen to hold the same text", () => {
  const redactor = new Redactor();
  const sent: Exchange = {
    ...exchange,
    request: { ...exchange.request, headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "k", clientSecret: "toString" }) },
    response: { status: 201, headers: { "content-type": "application/json" }, body: JSON.stringify({ id: "1", clientSecret: "toString" }) },
  };
  const own = redactor.redact(sent);
  expect(own.request.body).not.toContain("toString");
  expect(own.response!.body).not.toContain("toString");
  // A generated value such as "toString" turns up in unrelated fields of later answers: they stay as the server sent them.
  const later = redactor.redact({ ...exchange, request: { ...exchange.request, body: "{}" }, response: { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ id: "2", description: "toString" }) } });
  expect(JSON.parse(later.response!.body).description).toBe("toString");
  // A secret the server hands out (a new key's secret) is still blanked wherever it turns up later.
  redactor.redact({ ...exchange, request: { ...exchange.request, body: "{}" }, response: { status: 201, headers: { "content-type": "application/json" }, body: JSON.stringify({ id: "3", clientSecret: "server-made-secret" }) } });
  const echoed = redactor.redact({ ...exchange, request: { ...exchange.request, body: "{}" }, response: { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ note: "server-made-secret" }) } });
  expect(echoed.response!.body).not.toContain("server-made-secret");
});
