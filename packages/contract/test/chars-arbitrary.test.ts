import fc from "fast-check";
import { charsOf } from "../src/arbitraries/chars";

test("strings are drawn from the set, within the lengths, reaching both ends", () => {
  const lengths = new Set<number>();
  fc.assert(
    fc.property(charsOf("xyz", 2, 6), (s) => {
      lengths.add(s.length);
      return /^[xyz]{2,6}$/.test(s);
    }),
    { numRuns: 500, seed: 3 },
  );
  expect(lengths).toEqual(new Set([2, 3, 4, 5, 6]));
});

test("without a maximum, lengths go up to fast-check's default size (2 × min + 10)", () => {
  const lengths = fc.sample(charsOf("a", 3, 1000), { numRuns: 2000, seed: 4 }).map((s) => s.length);
  expect(Math.min(...lengths)).toBe(3);
  expect(Math.max(...lengths)).toBe(16);
});

test("a failing string shrinks to the smallest counterexample", () => {
  const result = fc.check(fc.property(charsOf("ab", 0, 20), (s) => !s.includes("b")), { seed: 5 });
  expect(result.failed).toBe(true);
  expect(result.counterexample).toEqual(["b"]);
  // Also under map and filter, where fast-check shrinks without the generator's context.
  const mapped = fc.check(fc.property(charsOf("0123456789", 1, 12).map((s) => `id-${s}`).filter((s) => s.length > 3), (s) => !s.includes("7")), { seed: 6 });
  expect(mapped.counterexample).toEqual(["id-7"]);
  // Never below the minimum length, and every other character the set's first.
  const long = fc.check(fc.property(charsOf("ab", 3, 30), (s) => !s.includes("b")), { seed: 7 });
  expect(long.counterexample?.[0]).toMatch(/^(baa|aba|aab)$/);
});

test("an empty set of characters or of lengths is refused at once, naming the arbitrary", () => {
  expect(() => charsOf("", 0, 3)).toThrow("charsOf: no characters to draw from");
  expect(() => charsOf("ab", 5, 4)).toThrow("charsOf: no length between 5 and 4");
});
