/**
 * «Закрыть учебный год» on the demo school, through the built bundle against the emulator: the plan the
 * sidebar shows matches an independent count over «Пары»; the close writes exactly that, keeps every row,
 * moves «Учебный год», «Период программы» and the target column on; running it again changes nothing;
 * the closed year's indicators come back when «Дата отчёта» is moved back; restoring puts back every
 * cell, cell for cell; after a close and a restore the satisfaction wave is the report year's at once.
 */
import { loadDemoSchool } from "../../emulator/demo/load";
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { SHEETS, SHEET_ORDER, type SheetKey } from "../../src/domain/workbook/sheets";
import { refreshSatisfactionWave } from "../../src/sheets/liveColumns";
import { readTable, zoneOf } from "../../src/sheets/table";
import type { ClosePreviewDto } from "../../src/ui/endpoints/year";
import { freshBundle } from "../support/bundle";

type Row = Record<string, unknown> & { rowNumber: number };
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const quietly = <T>(emu: Emulator, fn: () => T): T => (emu.calls as unknown as { quiet<R>(f: () => R): R }).quiet(fn);
const ss = (emu: Emulator) => emu.spreadsheet as unknown as Spreadsheet;

function rowsOf(emu: Emulator, key: SheetKey): Row[] {
  return quietly(emu, () =>
    readTable(ss(emu).getSheetByName(SHEETS[key].name)!, SHEETS[key], { zone: zoneOf(ss(emu)) }).rows.map((r) => ({
      ...r.cells,
      rowNumber: r.rowNumber,
    })),
  );
}

/** Every sheet the curator has, as values and formulas (the record sheet of closes apart). */
function workbook(emu: Emulator): Record<string, { values: unknown[][]; formulas: string[][] }> {
  return quietly(emu, () =>
    Object.fromEntries(
      ss(emu)
        .getSheets()
        .filter((s) => s.getName() !== SHEETS.yearLog.name)
        .map((s) => {
          const range = s.getDataRange();
          const values = range.getValues().map((r) => r.map((v) => (v instanceof Date ? v.getTime() : v)));
          return [s.getName(), { values, formulas: range.getFormulas() }];
        }),
    ),
  );
}

/** Every formula cell of a sheet as «header|row» → formula (columns matched by header: the close may add some). */
function formulaCells(book: ReturnType<typeof workbook>, sheet: string): Map<string, string> {
  const { values, formulas } = book[sheet];
  const header = (values[0] ?? []).map((h) => String(h));
  const out = new Map<string, string>();
  formulas.forEach((row, r) => row.forEach((f, c) => f && out.set(`${header[c]}|${r + 1}`, f)));
  return out;
}

/** The sheets whose live per-row formulas (and «Настройки»' computed rows) the close and restore must keep. */
const LIVE = ["Наставники", "Наставляемые", "Пары", "Опросы", "Настройки"];

function setting(emu: Emulator, label: string): unknown {
  return rowsOf(emu, "settings").find((r) => r.key === label)?.value;
}

function setSetting(emu: Emulator, label: string, value: string): void {
  const row = rowsOf(emu, "settings").find((r) => r.key === label)!;
  emu.editAsUser(SHEETS.settings.name, `B${row.rowNumber}`, value);
}

/** «Факт» of every indicator as the sheet's live formulas give it. */
function facts(emu: Emulator): Record<string, unknown> {
  return Object.fromEntries(rowsOf(emu, "indicators").map((r) => [String(r.code), r.fact]));
}

/** 25.08.2027: the last week of the demo's programme year 2026-2027. */
const NOW = new Date("2027-08-25T09:00:00Z");
const YEAR_END = "2027-08-31";

describe("«Закрыть учебный год» on the demo school", () => {
  let emu: Emulator;
  let bundle: LoadedBundle;
  let preview: ClosePreviewDto;
  let before: ReturnType<typeof workbook>;
  let closedYearFacts: Record<string, unknown>;
  beforeAll(() => {
    ({ emu, bundle } = freshBundle({ now: () => NOW }));
    loadDemoSchool(emu, bundle);
    // The report date inside the year to close: the figures the close must not lose.
    setSetting(emu, "Дата отчёта", "15.05.2027");
    closedYearFacts = facts(emu);
    expect(Object.values(closedYearFacts).filter((f) => typeof f === "number").length).toBeGreaterThan(5);
    before = workbook(emu);
    // The live columns are there to be kept (so the checks below cannot pass on a workbook without them).
    for (const sheet of ["Наставники", "Наставляемые", "Пары"])
      expect(formulaCells(before, sheet).size).toBeGreaterThanOrEqual(before[sheet].values.length - 1);
    preview = bundle.run("closeYearPreview") as ClosePreviewDto;
  });

  it("says exactly what it will do, and the counts are those of «Пары»", () => {
    expect(preview.problem).toBeNull();
    expect([preview.year, preview.next]).toEqual(["2026-2027", "2027-2028"]);
    const section = (id: string) => preview.sections.find((s) => s.id === id)!;
    const pairs = rowsOf(emu, "pairs");
    const live = pairs.filter((p) => p.status === "утверждена" || p.status === "активна");
    const over = pairs.filter(
      (p) => (p.status === "завершена" || p.status === "расторгнута") && (p.end === "" || String(p.end) <= YEAR_END),
    );
    expect(live.length).toBeGreaterThan(10);
    expect(over.length).toBeGreaterThan(5);
    expect(section("carried").total).toBe(live.length);
    expect(section("carried").items.length).toBe(live.length);
    expect(section("archived").total).toBe(over.length);
    expect(section("carried").items[0]).toMatch(/^П-\d{4}: .+ — .+ \(с \d{2}\.\d{2}\.\d{4}\)$/);
    expect(section("setting-academicYear").text).toBe("«Настройки», «Учебный год»: «2026-2027» → «2027-2028»");
    expect(section("setting-programPeriod").text).toBe("«Настройки», «Период программы»: «2024-2027» → «2024-2028»");
    expect(section("targets").text).toMatch(/«Цель 2028»/);
    // Mentors who carry on: one per distinct mentor of a live pair, plus those who said they want to.
    expect(section("mentorsPair").total).toBe(new Set(live.map((p) => p.mentorId)).size);
    expect(preview.nothingDeleted).toMatch(/Ничего не удаляется/);
  });

  it("closes: rows kept, ended pairs archived, live pairs untouched, settings and targets moved on", () => {
    const pairsBefore = rowsOf(emu, "pairs");
    emu.calls.reset();
    const result = bundle.run("closeYear", { year: preview.year, fingerprint: preview.fingerprint }) as {
      closed: boolean;
      changed: number;
      message: string;
    };
    expect(result.closed).toBe(true);
    expect(result.changed).toBeGreaterThan(0);
    // Each sheet read once (twice «Показатели», around its setup), written once; the record written once;
    // then the satisfaction wave recomputed (settings, «Опросы», «Справочники» read; unchanged here: no write).
    expect(emu.calls.byMethod["Range.setValues"]).toBe(7);
    expect(emu.calls.byMethod["Range.getValues"]).toBe(15);
    const pairs = rowsOf(emu, "pairs");
    expect(pairs.length).toBe(pairsBefore.length);
    for (const [i, p] of pairs.entries()) {
      const was = pairsBefore[i];
      expect([p.pairId, p.mentorId, p.menteeId, p.status, p.start]).toEqual([
        was.pairId,
        was.mentorId,
        was.menteeId,
        was.status,
        was.start,
      ]);
      const over = (was.status === "завершена" || was.status === "расторгнута") && String(was.end) <= YEAR_END;
      expect({ pair: p.pairId, archived: p.archived !== "" }).toEqual({ pair: p.pairId, archived: over });
    }
    expect(rowsOf(emu, "mentors").length).toBe(before["Наставники"].values.length - 1);
    expect(setting(emu, "Учебный год")).toBe("2027-2028");
    expect(setting(emu, "Период программы")).toBe("2024-2028");
    expect(setting(emu, "Дата отчёта")).toBe("");
    const header = quietly(emu, () => ss(emu).getSheetByName("Показатели")!.getDataRange().getValues()[0]);
    expect(header).toContain("Цель 2028");
    // Not one formula cell became a value: the live columns of the bases and «Настройки» are the same
    // formulas, and every formula cell of «Показатели» is still a formula (its references move with the
    // inserted target column).
    const after = workbook(emu);
    for (const sheet of LIVE)
      expect({ sheet, cells: formulaCells(after, sheet) }).toEqual({ sheet, cells: formulaCells(before, sheet) });
    const indicatorFormulas = formulaCells(after, "Показатели");
    for (const cell of formulaCells(before, "Показатели").keys()) expect(indicatorFormulas.has(cell)).toBe(true);
    // The record is a hidden sheet.
    expect(quietly(emu, () => ss(emu).getSheetByName(SHEETS.yearLog.name)!.isSheetHidden())).toBe(true);
  });

  it("run again on the closed year, changes nothing", () => {
    const after = workbook(emu);
    expect(after).not.toEqual(before);
    const again = bundle.run("closeYear", { year: "2026-2027", fingerprint: preview.fingerprint }) as {
      closed: boolean;
      message: string;
    };
    expect(again).toMatchObject({ closed: false, message: "Учебный год 2026-2027 уже закрыт: ничего не изменено." });
    expect(workbook(emu)).toEqual(after);
    // The panel now plans the next year and lists the closed one.
    const next = bundle.run("closeYearPreview") as ClosePreviewDto;
    expect(next.year).toBe("2027-2028");
    expect(next.closed.map((c) => c.year)).toEqual(["2026-2027"]);
  });

  it("keeps the closed year's figures: moving «Дата отчёта» back gives the same «Факт»", () => {
    setSetting(emu, "Дата отчёта", "15.05.2027");
    expect(facts(emu)).toEqual(closedYearFacts);
    setSetting(emu, "Дата отчёта", "");
  });

  it("restores a year closed by mistake, cell for cell", () => {
    const result = bundle.run("restoreYear", { year: "2026-2027" }) as { restored: number; keptTotal: number };
    expect(result.keptTotal).toBe(0);
    expect(result.restored).toBeGreaterThan(0);
    // The report date typed back above was cleared again by hand, which is what the close left: restored too.
    expect(workbook(emu)).toEqual(before);
    // And the year can be closed again, with the same plan.
    const again = bundle.run("closeYearPreview") as ClosePreviewDto;
    expect([again.year, again.fingerprint, again.closed]).toEqual(["2026-2027", preview.fingerprint, []]);
  });

  it("after a close and after a restore, «Волна удовлетворённости» is the report year's at once", () => {
    const WAVE = "Волна удовлетворённости (вычисляется)";
    // A report dated at the end of 2025-2026, whose satisfaction wave is «май 2026» (as the check computes it).
    setSetting(emu, "Дата отчёта", "30.06.2026");
    quietly(emu, () => refreshSatisfactionWave(ss(emu)));
    expect(setting(emu, WAVE)).toBe("май 2026");
    // The close clears «Дата отчёта» (it is in a closed year): the report year is today's, 2026-2027,
    // which has no satisfaction answers yet.
    const plan = bundle.run("closeYearPreview") as ClosePreviewDto;
    bundle.run("closeYear", { year: plan.year, fingerprint: plan.fingerprint });
    expect(setting(emu, "Дата отчёта")).toBe("");
    expect(setting(emu, WAVE)).toBe("");
    // The restore puts «Дата отчёта» back: that year's wave again.
    const restored = bundle.run("restoreYear", { year: "2026-2027" }) as { keptTotal: number };
    expect(restored.keptTotal).toBe(0);
    expect(setting(emu, "Дата отчёта")).toBe("2026-06-30");
    expect(setting(emu, WAVE)).toBe("май 2026");
    // Back as the tests below expect it (the report date of beforeAll).
    setSetting(emu, "Дата отчёта", "15.05.2027");
    quietly(emu, () => refreshSatisfactionWave(ss(emu)));
    expect(workbook(emu)).toEqual(before);
  });

  it("on restore, leaves a cell edited after the close as it is and names it", () => {
    const plan = bundle.run("closeYearPreview") as ClosePreviewDto;
    bundle.run("closeYear", { year: plan.year, fingerprint: plan.fingerprint });
    setSetting(emu, "Учебный год", "2027/2028");
    const result = bundle.run("restoreYear", { year: "2026-2027" }) as {
      keptTotal: number;
      kept: string[];
      message: string;
    };
    const row = rowsOf(emu, "settings").find((r) => r.key === "Учебный год")!.rowNumber;
    expect(result.kept).toEqual([`«Настройки», строка ${row}, «Значение»`]);
    expect(result.message).toMatch(/изменены после закрытия и оставлены как есть — 1\.$/);
    const now = workbook(emu);
    expect(now["Настройки"].values[row - 1][1]).toBe("2027/2028");
    now["Настройки"].values[row - 1][1] = "2026-2027";
    expect(now).toEqual(before);
  });

  it("every sheet of the workbook is still there", () => {
    const names = ss(emu)
      .getSheets()
      .map((s) => s.getName());
    for (const key of SHEET_ORDER) expect(names).toContain(SHEETS[key].name);
  });
});
