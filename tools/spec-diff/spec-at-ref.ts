import { execFileSync } from "node:child_process";
import { assembleSpecSources, parseSpec, type Json, type SpecSource } from "../openapi-document";

/** The spec as it was at a git ref, and the commit the ref named. */
export interface SpecAtRef {
  doc: Json;
  commit: string;
  /** Whether the spec was split into `spec/families/*.yaml` at that commit. */
  multiFile: boolean;
}

/**
 * The spec at a git ref, assembled the way the working tree's is: the root `spec/openapi.yaml`
 * plus every `spec/families/*.yaml` at that commit. A ref from before the split (one file, no
 * families folder) loads as the single file it was then.
 */
export function specAtRef(root: string, ref: string): SpecAtRef {
  const git = (...args: string[]) => execFileSync("git", ["-C", root, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  let commit: string;
  try {
    commit = git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`).trim();
  } catch {
    throw new Error(`git ref "${ref}" not found in ${root}`);
  }
  const label = `spec/openapi.yaml at ${ref} (${commit.slice(0, 8)})`;
  let rootText: string;
  try {
    rootText = git("show", `${commit}:spec/openapi.yaml`);
  } catch {
    throw new Error(`spec/openapi.yaml does not exist at ${ref} (${commit.slice(0, 8)})`);
  }
  // `ls-tree` of a folder the commit lacks prints nothing, which is how a pre-split ref looks.
  const files = git("ls-tree", "--name-only", commit, "spec/families/")
    .split("\n")
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  if (files.length === 0) return { doc: parseSpec(rootText, label), commit, multiFile: false };
  const families: SpecSource[] = files.map((f) => ({ file: f.replace(/^spec\//, ""), text: git("show", `${commit}:${f}`) }));
  return { doc: assembleSpecSources(rootText, families, label), commit, multiFile: true };
}
