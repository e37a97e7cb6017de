// `pnpm api-docs`: Redocly's build-docs over the assembled spec, into dist/zpa-openapi.html.
// Node 20 keeps Redocly CLI at 2.77 (later releases need Node 22), and 2.77 opens every run with
// boxed notices (Node 20's end of life, Redoc 3) that say nothing about this document. They are
// dropped here; everything else Redocly prints, errors included, passes through, and its exit
// code is ours.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const cliPackage = require.resolve("@redocly/cli/package.json");
const bin = path.join(path.dirname(cliPackage), require(cliPackage).bin.redocly ?? require(cliPackage).bin);
const args = process.argv.slice(2);
const output = args.includes("--output") ? [] : ["--output", path.join(here, "..", "dist", "zpa-openapi.html")];

/** Copies lines from `from` to `to`, leaving out ╔…╚ boxes and the blank lines around them. */
function withoutBoxes(from, to) {
  let inBox = false;
  let pendingBlank = 0;
  let rest = "";
  const line = (text) => {
    const trimmed = text.trim();
    if (trimmed.startsWith("╔")) inBox = true;
    if (inBox) {
      if (trimmed.startsWith("╚")) inBox = false;
      pendingBlank = 0;
      return;
    }
    if (trimmed === "") return void pendingBlank++;
    to.write("\n".repeat(pendingBlank) + text + "\n");
    pendingBlank = 0;
  };
  from.setEncoding("utf8");
  from.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    lines.forEach(line);
  });
  from.on("end", () => rest && line(rest));
}

const child = spawn(process.execPath, [bin, "build-docs", path.join(here, "..", "dist", "zpa-openapi.json"), ...output, "--inlineBundle", ...args], { stdio: ["ignore", "pipe", "pipe"] });
withoutBoxes(child.stdout, process.stdout);
withoutBoxes(child.stderr, process.stderr);
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
