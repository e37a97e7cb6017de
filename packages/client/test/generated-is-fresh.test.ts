import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const script = path.resolve(__dirname, "../scripts/generate.mjs");
const generated = path.resolve(__dirname, "../src/generated");
const check = (...args: string[]) => spawnSync(process.execPath, [script, "--check", ...args], { encoding: "utf8" });

describe("src/generated", () => {
  it("is what the current spec generates (run `pnpm generate` and commit if this fails)", () => {
    const result = check();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  const staleAfter = (edit: (copy: string) => void) => {
    const copy = mkdtempSync(path.join(tmpdir(), "zpa-generated-"));
    try {
      cpSync(generated, copy, { recursive: true });
      edit(copy);
      return check("--out", copy);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  };

  it("is reported stale, naming the file, after a hand edit", () => {
    const result = staleAfter((copy) => appendFileSync(path.join(copy, "schema.gen.ts"), "\nexport type HandEdit = 1;\n"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("schema.gen.ts");
    expect(result.stderr).toContain("stale");
  });

  it("names a family module edited by hand, and one the spec no longer produces", () => {
    const result = staleAfter((copy) => {
      appendFileSync(path.join(copy, "families/segment-groups.gen.ts"), "\n// a hand edit\n");
      writeFileSync(path.join(copy, "families/retired-family.gen.ts"), "export {};\n");
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(path.join("families", "segment-groups.gen.ts"));
    expect(result.stderr).toContain(`${path.join("families", "retired-family.gen.ts")} (no longer generated)`);
  });
});
