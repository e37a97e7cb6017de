import fc from "fast-check";
import { isLoopback, resolveTarget } from "../src/targets/resolve-target";

// Regression: any hostname starting with `127.` counted as this machine, so
// `https://127.proxy.example.com` got writes on and no rate limit.
test("a name that merely starts like a loopback address is remote", async () => {
  for (const url of ["https://127.proxy.example.com", "http://127.0.0.1.nip.io:8080", "http://localhost.example.com", "http://127.example"]) {
    expect({ url, loopback: isLoopback(url) }).toEqual({ url, loopback: false });
    expect((await resolveTarget(url)).remote).toBe(true);
  }
});

test("127.0.0.0/8, ::1 (also IPv4-mapped) and localhost are loopback; other addresses are not", () => {
  for (const url of ["http://127.0.0.1:4010", "http://127.255.0.9", "http://[::1]:80/", "http://[::ffff:127.0.0.1]", "http://localhost:3000", "http://LOCALHOST"]) expect({ url, loopback: isLoopback(url) }).toEqual({ url, loopback: true });
  for (const url of ["http://128.0.0.1", "http://10.0.0.1", "http://[::2]", "http://[::ffff:10.0.0.1]", "http://0.0.0.0"]) expect({ url, loopback: isLoopback(url) }).toEqual({ url, loopback: false });
});

test("any hostname with a label after a 127.x prefix is remote; any 127.a.b.c address is loopback", () => {
  const octet = fc.integer({ min: 0, max: 255 });
  const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
  fc.assert(
    fc.property(fc.array(octet, { minLength: 0, maxLength: 3 }), fc.array(label, { minLength: 1, maxLength: 3 }), (octets, labels) => {
      expect(isLoopback(`https://${["127", ...octets, ...labels].join(".")}/`)).toBe(false);
    }),
  );
  fc.assert(fc.property(octet, octet, octet, (a, b, c) => isLoopback(`http://127.${a}.${b}.${c}:1`)));
  fc.assert(fc.property(fc.integer({ min: 0, max: 255 }).filter((n) => n !== 127), octet, octet, octet, (n, a, b, c) => !isLoopback(`http://${n}.${a}.${b}.${c}`)));
});
