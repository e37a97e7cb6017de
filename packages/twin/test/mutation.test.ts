import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const MUTATION = join(__dirname, "..", "dist", "mutation.js");

/** The `pnpm mutation` harness end to end, on a few faults (the full run is `pnpm mutation`). */
describe("mutation harness", () => {
  it("runs the suite green on the healthy twin and red on each fault, naming the checks", async () => {
    const { stdout } = await run(process.execPath, [MUTATION, "--only", "create-returns-200,update-not-persisted,duplicate-across-pages", "--runs", "6"], {
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toMatch(/\(healthy\)\s+green/);
    expect(stdout).toMatch(/create-returns-200\s+red .*status_code_conformance/);
    expect(stdout).toMatch(/update-not-persisted\s+red .*round_trip/);
    expect(stdout).toMatch(/duplicate-across-pages\s+red .*pagination_walk/);
    expect(stdout).toContain("3/3 faults caught; healthy twin green");
    // Faults are defined once and caught in several families.
    expect(stdout).toMatch(/By family[\s\S]*\| create-returns-200 \|( X \|){2,}/);
  }, 300_000);
});
