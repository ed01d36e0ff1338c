import { createEmulator } from "../../../emulator/index";
import { countifsFormulas, expectedPupils, REGISTER_COLUMNS, registerBlock } from "../../../fixtures/workbook";

/**
 * A register block through the emulator: one call each way, formulas over named ranges recalculated after
 * an edit. How long it takes at 10,000 rows is `npm run bench`'s business (bench/emulator.ts).
 */
describe("a register block in the emulator", () => {
  const ROWS = 2_000;
  const COLS = REGISTER_COLUMNS;

  it("is written with one setValues and read back with one getValues, values intact", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.insertSheet("Наставляемые");
    sheet.insertRowsAfter(1000, ROWS);
    const data = registerBlock(ROWS);
    sheet.getRange(2, 1, ROWS, COLS).setValues(data);
    const back = sheet.getRange(2, 1, ROWS, COLS).getValues();
    expect(back[ROWS - 1][0]).toBe(`M${ROWS - 1}`);
    expect(back[5][3]).toEqual(data[5][3]);
    expect(back).toEqual(data);
    expect(emu.calls.byMethod["Range.setValues"]).toBe(1);
    expect(emu.calls.byMethod["Range.getValues"]).toBe(1);
  });

  it("recalculates COUNTIFS over named ranges after an edit, and evaluates per-row formulas", () => {
    const emu = createEmulator({ now: () => new Date("2025-03-10T09:00:00+03:00") });
    const ss = emu.spreadsheet;
    const sheet = ss.insertSheet("Наставляемые");
    sheet.insertRowsAfter(1000, ROWS);
    const block = registerBlock(ROWS);
    sheet.getRange(2, 1, ROWS, COLS).setValues(block);
    ss.setNamedRange("Категория", sheet.getRange(2, 2, ROWS, 1));
    ss.setNamedRange("Возраст", sheet.getRange(2, 3, ROWS, 1));
    ss.setNamedRange("Дата_вхождения", sheet.getRange(2, 4, ROWS, 1));
    ss.setNamedRange("Статус", sheet.getRange(2, 5, ROWS, 1));
    const kpi = ss.insertSheet("Показатели");
    kpi.getRange(1, 1, 20, 1).setFormulas(countifsFormulas());
    const expected = expectedPupils(block);
    expect(kpi.getRange(1, 1, 20, 1).getValues()[0][0]).toBe(expected);
    sheet.getRange("E5").setValue("выбыл"); // row 5 (r = 3) is an active pupil
    expect(kpi.getRange(1, 1, 1, 1).getValue()).toBe(expected - 1);
    sheet
      .getRange(2, 18, ROWS, 1)
      .setFormulas(Array.from({ length: ROWS }, (_, r) => [`=IF(C${r + 2}>=15, "15–18", "10–14")`]));
    const col = sheet.getRange(2, 18, ROWS, 1).getValues();
    expect(col[5][0]).toBe("15–18");
    expect(col[0][0]).toBe("10–14");
  });
});
