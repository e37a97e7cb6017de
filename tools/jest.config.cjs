/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // The slow tests wait on child processes (npm, tsc, git), not on this process: two workers
  // overlap them even on two cores.
  maxWorkers: 2,
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { isolatedModules: true, module: "commonjs", esModuleInterop: true, resolveJsonModule: true } }],
  },
};
