import { openapi, pointerSegment, resolvePointer } from "../src/index";

// The one JSON pointer reader the other packages and the tools share.
const doc = { a: { "x/y": { "m~n": 1 }, "sp ace": [10, 20] }, "": { root: true } };

test.each([
  ["", doc],
  ["#", doc],
  ["/a/x~1y/m~0n", 1],
  ["#/a/x~1y/m~0n", 1],
  ["#/a/sp%20ace/1", 20],
  ["/a/sp ace/0", 10],
  ["/", { root: true }],
  ["/a/missing", undefined],
  ["/a/x~1y/m~0n/deeper", undefined],
])("%j resolves", (pointer, expected) => {
  expect(resolvePointer(doc, pointer)).toEqual(expected);
});

test("pointerSegment and resolvePointer round-trip every path of the spec", () => {
  for (const path of Object.keys(openapi.paths)) {
    expect(resolvePointer(openapi, `/paths/${pointerSegment(path)}`)).toBe(openapi.paths[path]);
  }
});
