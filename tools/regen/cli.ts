// `pnpm regen [pages-dir]`: doc-check → generate → build → test through turbo, stopping at the
// first failure with the step named. Exit 0 when all pass, 1 when a step fails.
import { findRepoRoot, userPath } from "../openapi-document";
import { regenSteps, runSteps } from "./steps";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log("usage: pnpm regen [pages-dir]   (doc-check → generate → build → test; stops at the first failure)");
} else {
  const root = findRepoRoot();
  const docArgs = args.map((a) => (a.startsWith("-") ? a : userPath(a)));
  process.exitCode = runSteps(regenSteps(root, docArgs), root).ok ? 0 : 1;
}
