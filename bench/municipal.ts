/**
 * «Собрать данные» through the built bundle on a district of 300 demo schools (a few failing: no
 * access, deleted, no snapshot, an old format version), driven chunk by chunk as the sidebar drives
 * it: the chunk size, service calls per school (opening a school's workbook and reading its snapshot
 * range), time per school and the slowest chunk. The emulator opens a workbook in microseconds where
 * Sheets takes about a second, so `realisticChunkSeconds` adds one second per workbook opened.
 */
import path from "node:path";
import { loadBundle } from "../emulator/bundleRunner";
import { generateDistrict, loadDistrict, loadMunicipality } from "../emulator/demo/district";
import { createEmulator } from "../emulator/index";

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const round = (n: number, d = 2) => Number(n.toFixed(d));

export function municipalBench(): Record<string, unknown> {
  const distDir = path.join(process.cwd(), "dist");
  const now = () => new Date("2026-11-21T09:00:00Z");
  const emu = createEmulator({ htmlDir: distDir, now });
  const bundle = loadBundle(emu, distDir, now);
  const schools = 300;
  let t = process.hrtime.bigint();
  const district = generateDistrict({
    schools,
    cases: { 10: "noAccess", 50: "deleted", 90: "noSnapshot", 130: "oldVersion", 170: "stale", 210: "zero" },
  });
  const links = loadDistrict(emu, district);
  loadMunicipality(emu, bundle, district, links);
  const setupMs = ms(t);

  const chunks: Array<{ schools: number; calls: number; ms: number; openById: number }> = [];
  let from = 0;
  let message = "";
  t = process.hrtime.bigint();
  for (;;) {
    emu.calls.reset();
    const c = process.hrtime.bigint();
    const step = bundle.run("collectStep", { from }) as { next: number; done: boolean; message: string };
    chunks.push({
      schools: step.next - from,
      calls: emu.calls.total,
      ms: ms(c),
      openById: emu.calls.byMethod["SpreadsheetApp.openById"] ?? 0,
    });
    if (step.done) {
      message = step.message;
      break;
    }
    from = step.next;
  }
  const collectMs = ms(t);
  // The last chunk also rebuilds «Сводка»: per-school calls come from the full chunks.
  const full = chunks.slice(0, -1);
  const perSchool = (full.length ? full : chunks).map((c) => c.calls / c.schools);
  emu.calls.reset();
  t = process.hrtime.bigint();
  bundle.run("buildMunicipalReport", {});
  const reportMs = ms(t);
  return {
    schools,
    chunkSize: chunks[0]?.schools ?? 0,
    chunks: chunks.length,
    serviceCallsPerSchool: round(Math.min(...perSchool)),
    serviceCallsPerChunk: chunks.map((c) => c.calls),
    workbooksOpened: chunks.reduce((n, c) => n + c.openById, 0),
    msPerSchool: round(collectMs / schools),
    slowestChunkMs: round(Math.max(...chunks.map((c) => c.ms)), 1),
    realisticChunkSeconds: round(Math.max(...chunks.map((c) => c.ms / 1000 + c.openById)), 1),
    collectMs: round(collectMs, 1),
    reportMs: round(reportMs, 1),
    reportCalls: emu.calls.total,
    setupMs: round(setupMs, 1),
    message,
  };
}
