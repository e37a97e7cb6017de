/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Property tests make dozens of real loopback exchanges (some waiting out client timeouts); on a
  // busy shared CI machine they outlast jest's 5 s default without anything being wrong.
  testTimeout: 30_000,
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { isolatedModules: true, module: "commonjs", esModuleInterop: true, resolveJsonModule: true } }],
  },
};
