// The `@zpa-openapi/client/families` entry: one factory per family (`applicationSegments(core)`),
// its namespace type and its resources' types. Factories a program does not import are dropped by
// bundlers (the package has no side effects).
export * from "./generated/families/index.gen";
export { policyRules, type PolicyRules, type PolicyType } from "./workflows/policy-rules";
