import { createEmulator } from "../../../emulator/index";

/** Figures are printed for the report; the limits are generous so the suite stays stable on slow machines. */
describe("performance on a school-sized workbook", () => {
  const ROWS = 10_000;
  const COLS = 17;
  const block = () =>
    Array.from({ length: ROWS }, (_, r) =>
      Array.from({ length: COLS }, (_, c) =>
        c === 0
          ? `M${r}`
          : c === 1
            ? ["обучающийся", "педагог", "студент"][r % 3]
            : c === 2
              ? 10 + (r % 9)
              : c === 3
                ? new Date(Date.UTC(2024, r % 12, 1 + (r % 28)))
                : c === 4
                  ? r % 5 === 0
                    ? "выбыл"
                    : "активен"
                  : `text ${r}-${c}`,
      ),
    );

  it("writes 10,000×17 with one setValues and reads it back with one getValues quickly", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.insertSheet("Наставляемые");
    sheet.insertRowsAfter(1000, ROWS);
    const data = block();
    let t = performance.now();
    sheet.getRange(2, 1, ROWS, COLS).setValues(data);
    const write = performance.now() - t;
    t = performance.now();
    const back = sheet.getRange(2, 1, ROWS, COLS).getValues();
    const read = performance.now() - t;
    expect(back[9_999][0]).toBe("M9999");
    expect(back[5][3]).toEqual(data[5][3]);
    console.log(`setValues 10000×17: ${write.toFixed(0)} ms; getValues: ${read.toFixed(0)} ms`);
    expect(write + read).toBeLessThan(2000);
    expect(emu.calls.byMethod["Range.setValues"]).toBe(1);
  });

  it("recalculates COUNTIFS over 10,000 rows after an edit", () => {
    const emu = createEmulator({ now: () => new Date("2025-03-10T09:00:00+03:00") });
    const ss = emu.spreadsheet;
    const sheet = ss.insertSheet("Наставляемые");
    sheet.insertRowsAfter(1000, ROWS);
    sheet.getRange(2, 1, ROWS, COLS).setValues(block());
    ss.setNamedRange("Категория", sheet.getRange(2, 2, ROWS, 1));
    ss.setNamedRange("Возраст", sheet.getRange(2, 3, ROWS, 1));
    ss.setNamedRange("Дата_вхождения", sheet.getRange(2, 4, ROWS, 1));
    ss.setNamedRange("Статус", sheet.getRange(2, 5, ROWS, 1));
    const kpi = ss.insertSheet("Показатели");
    const formulas = Array.from({ length: 20 }, (_, i) => [
      `=COUNTIFS(Категория, "обучающийся", Возраст, ">=${10 + (i % 5)}", Возраст, "<=18", Статус, "<>выбыл", Дата_вхождения, "<"&TODAY())`,
    ]);
    let t = performance.now();
    kpi.getRange(1, 1, 20, 1).setFormulas(formulas);
    const first = kpi.getRange(1, 1, 20, 1).getValues();
    const initial = performance.now() - t;
    // 3334 pupils, ages 10..18 cycle by row; withdrawn every 5th row; all dates before today.
    const expected = block().filter((r) => r[1] === "обучающийся" && (r[2] as number) >= 10 && r[4] !== "выбыл").length;
    expect(first[0][0]).toBe(expected);
    t = performance.now();
    sheet.getRange("E5").setValue("выбыл"); // row 5 (r = 3) is an active pupil
    const after = kpi.getRange(1, 1, 1, 1).getValue();
    const edit = performance.now() - t;
    expect(after).toBe(expected - 1);
    // A per-row formula column (10,000 formulas) as a sheet might hold.
    t = performance.now();
    sheet
      .getRange(2, 18, ROWS, 1)
      .setFormulas(Array.from({ length: ROWS }, (_, r) => [`=IF(C${r + 2}>=15, "15–18", "10–14")`]));
    const col = sheet.getRange(2, 18, ROWS, 1).getValues();
    const perRow = performance.now() - t;
    expect(col[5][0]).toBe("15–18");
    console.log(
      `COUNTIFS ×20 over 10000 rows: first evaluation (incl. loading 170k cells into HyperFormula) ${initial.toFixed(0)} ms; ` +
        `edit + recalculation ${edit.toFixed(0)} ms; 10000 per-row IF formulas written and read ${perRow.toFixed(0)} ms`,
    );
    expect(initial).toBeLessThan(15_000);
    expect(edit).toBeLessThan(5_000);
  });
});
