/**
 * The roadmap import through the built bundle (dist/Code.js) in the emulator: a 20-item and a 2,000-item
 * generated roadmap pasted as tab-separated text, previewed then applied as the sidebar does. Service calls
 * of each (they must be equal), the time of the preview, of the import, of the parse alone, of a re-import
 * (every row matched, nothing added), of «Отменить импорт» and of the roadmap view's refresh.
 */
import path from "node:path";
import { loadBundle } from "../emulator/bundleRunner";
import { createEmulator } from "../emulator/index";
import { parseRoadmap } from "../src/domain/roadmap";
import { generatedRoadmapTable } from "../fixtures/roadmaps/generated";

const ms = (start: bigint) => Number((Number(process.hrtime.bigint() - start) / 1e6).toFixed(1));

function importFigures(items: number): Record<string, unknown> {
  const distDir = path.join(process.cwd(), "dist");
  const now = () => new Date("2021-06-01T09:00:00Z");
  const emu = createEmulator({ htmlDir: distDir, now });
  const bundle = loadBundle(emu, distDir, now);
  bundle.run("setupWorkbook");
  const text = generatedRoadmapTable(items)
    .map((r) => r.join("\t"))
    .join("\n");

  let t = process.hrtime.bigint();
  const parsed = parseRoadmap({ kind: "text", text });
  const parseMs = ms(t);

  const request = { source: { kind: "text", text } };
  emu.calls.reset();
  t = process.hrtime.bigint();
  const preview = bundle.run("previewRoadmapImport", request) as { token: string };
  const previewMs = ms(t);
  const previewCalls = emu.calls.total;

  emu.calls.reset();
  t = process.hrtime.bigint();
  const first = bundle.run("applyRoadmapImport", { ...request, token: preview.token }) as { added: number };
  const importMs = ms(t);
  const calls = emu.calls.total;
  const byMethod = { ...emu.calls.byMethod };

  emu.calls.reset();
  t = process.hrtime.bigint();
  const token = (bundle.run("previewRoadmapImport", request) as { token: string }).token;
  const again = bundle.run("applyRoadmapImport", { ...request, token }) as { unchanged: number };
  const reimportMs = ms(t);
  const reimportCalls = emu.calls.total;

  emu.calls.reset();
  t = process.hrtime.bigint();
  bundle.run("undoRoadmapImport", { force: true });
  const undoMs = ms(t);
  const undoCalls = emu.calls.total;

  emu.calls.reset();
  t = process.hrtime.bigint();
  bundle.run("roadmapOverview", {});
  const refreshMs = ms(t);
  const refreshCalls = emu.calls.total;
  return {
    items,
    parsedItems: parsed.items.length,
    added: first.added,
    unchangedOnReimport: again.unchanged,
    previewCalls,
    serviceCalls: calls,
    reimportCalls,
    undoCalls,
    refreshCalls,
    parseMs,
    previewMs,
    importMs,
    reimportMs,
    undoMs,
    refreshMs,
    byMethod,
  };
}

export function roadmapBench(): Record<string, unknown> {
  const small = importFigures(20);
  const large = importFigures(2000);
  return {
    equalCalls:
      small.previewCalls === large.previewCalls &&
      small.serviceCalls === large.serviceCalls &&
      small.reimportCalls === large.reimportCalls &&
      small.undoCalls === large.undoCalls &&
      small.refreshCalls === large.refreshCalls,
    small,
    large: { ...large, byMethod: undefined },
  };
}
