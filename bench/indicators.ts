/**
 * The «Факт» formulas on the large demo school (≈2,000 mentees, 500 mentors, thousands of survey and
 * meeting rows): how long loading takes with the formulas in place, and how long one recalculation of
 * all eight facts takes after a single hand edit of a base (what a curator waits for in the emulator;
 * Sheets recalculates on Google's side, so read it as a relative figure).
 */
import path from "node:path";
import { createEmulator } from "../emulator/index";
import { loadBundle } from "../emulator/bundleRunner";
import { loadDemoSchool } from "../emulator/demo/load";

const ms = (from: bigint) => Math.round(Number(process.hrtime.bigint() - from) / 1e5) / 10;

export function indicatorsBench(): Record<string, unknown> {
  const dist = path.resolve(process.cwd(), "dist");
  const emu = createEmulator({ htmlDir: dist });
  const bundle = loadBundle(emu, dist);
  let t = process.hrtime.bigint();
  loadDemoSchool(emu, bundle, { size: "large" });
  const loadMs = ms(t);
  const ss = emu.spreadsheet;
  const kpi = ss.getSheetByName("Показатели")!;
  const mentees = ss.getSheetByName("Наставляемые")!;
  const factRange = kpi.getRange(2, 8, 8, 1);
  t = process.hrtime.bigint();
  const first = factRange.getValues().map((r) => r[0]);
  const firstReadMs = ms(t);
  const recalcs: number[] = [];
  for (let i = 0; i < 5; i++) {
    mentees.getRange(2, 5).setValue(10 + (i % 2) * 9); // «Возраст» of the first mentee: in and out of 10–18
    t = process.hrtime.bigint();
    factRange.getValues();
    recalcs.push(ms(t));
  }
  recalcs.sort((a, b) => a - b);
  return {
    size: "large",
    mentees: mentees.getLastRow() - 1,
    mentors: ss.getSheetByName("Наставники")!.getLastRow() - 1,
    surveys: ss.getSheetByName("Опросы")!.getLastRow() - 1,
    loadDemoMs: loadMs,
    firstReadOfFactsMs: firstReadMs,
    recalcAfterOneEditMsMedian: recalcs[2],
    factsAreNumbers: first.every((v) => typeof v === "number"),
  };
}
