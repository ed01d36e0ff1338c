/**
 * `npm start`: serves the workbench at http://localhost:8080 (PORT to change). Loopback only.
 * Options: PORT, SEED (demo school seed), STATE (file for Save/Load, default ./state.json), NO_DEMO=1,
 * DISTRICT (demo schools around it with a municipality's workbook, default 12; 0: none).
 */
import path from "node:path";
import { createWorkbench } from "./app";
import { createServer, startupLine } from "./http";

const root = process.cwd();
const port = Number(process.env.PORT ?? 8080);
const started = Date.now();
const demo = process.env.NO_DEMO !== "1";
const bench = createWorkbench({
  distDir: path.join(root, "dist"),
  demo,
  seed: process.env.SEED ? Number(process.env.SEED) : undefined,
  statePath: process.env.STATE,
  district: process.env.DISTRICT ? Number(process.env.DISTRICT) : 12,
});
const server = createServer(bench, path.join(root, "dist-node"));
server.listen(port, "127.0.0.1", () => {
  process.stdout.write(`${startupLine(demo, port, Date.now() - started)}\n`);
});
