/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  // Tests start real servers (some with a realistic tenant) on a 2-core machine shared with other
  // jobs: a hook or test may wait on the machine, never on a sleep, so the limit is generous.
  testTimeout: 60_000,
  // Sources import siblings as `./x.js` (what Node's ESM needs); jest resolves the `.ts` file.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { isolatedModules: true, module: "commonjs", esModuleInterop: true, resolveJsonModule: true } }],
  },
};
