import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
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

  it("is reported stale, naming the file, after a hand edit", () => {
    const copy = mkdtempSync(path.join(tmpdir(), "zpa-generated-"));
    try {
      cpSync(generated, copy, { recursive: true });
      appendFileSync(path.join(copy, "schema.gen.ts"), "\nexport type HandEdit = 1;\n");
      const result = check("--out", copy);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("schema.gen.ts");
      expect(result.stderr).toContain("stale");
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
