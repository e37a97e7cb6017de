import { startBenchServer } from "./support.mjs";

const server = await startBenchServer(Number(process.argv[2] ?? 1000));
process.send(server.url);
process.on("disconnect", () => process.exit(0));
