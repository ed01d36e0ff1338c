/** The `npm start` server, started in-process on a free loopback port for browser tests. */
import type { AddressInfo } from "node:net";
import path from "node:path";
import type http from "node:http";
import { createWorkbench, type AppOptions, type Workbench } from "../../emulator/app";
import { createServer } from "../../emulator/http";
import { DIST, requireBuild } from "./bundle";

export async function startWorkbench(
  options: AppOptions = {},
): Promise<{ url: string; bench: Workbench; close(): Promise<void> }> {
  requireBuild();
  const bench = createWorkbench({ distDir: DIST, now: () => new Date("2026-11-21T09:00:00Z"), ...options });
  const server: http.Server = createServer(bench, path.resolve(DIST, "../dist-node"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bench,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
