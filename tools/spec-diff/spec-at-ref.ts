import { execFileSync } from "node:child_process";

/** The spec file's text at a git ref, with a clear error when the ref or the file is missing. */
export function specAtRef(root: string, ref: string): { text: string; commit: string } {
  const git = (...args: string[]) => execFileSync("git", ["-C", root, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  let commit: string;
  try {
    commit = git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`).trim();
  } catch {
    throw new Error(`git ref "${ref}" not found in ${root}`);
  }
  try {
    return { text: git("show", `${commit}:spec/openapi.yaml`), commit };
  } catch {
    throw new Error(`spec/openapi.yaml does not exist at ${ref} (${commit.slice(0, 8)})`);
  }
}
