// OpenAPI's integer formats, which ajv-formats does not define. CommonJS without imports, so that
// the bundled validator (src/index.ts) and the validators compiled at build time
// (build-validators.cjs) load the very same definitions.
"use strict";

module.exports = {
  int32: { type: "number", validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: "number", validate: (n) => Number.isInteger(n) },
};
