/**
 * The emulator on a school-sized workbook (10,000 rows × 17 columns): one setValues and one getValues;
 * 20 COUNTIFS over named ranges (first evaluation, then an edit and its recalculation); 10,000 per-row
 * formulas written and read. These were once wall-clock limits inside the test suite; here they are figures.
 */
import { createEmulator } from "../emulator/index";
import { countifsFormulas, expectedPupils, REGISTER_COLUMNS, registerBlock } from "../fixtures/workbook";

const ms = (from: number) => Math.round(performance.now() - from);

export function emulatorBench(rows = 10_000): Record<string, unknown> {
  const cols = REGISTER_COLUMNS;
  const block = registerBlock(rows);

  const plain = createEmulator();
  const sheet = plain.spreadsheet.insertSheet("Наставляемые");
  sheet.insertRowsAfter(1000, rows);
  let t = performance.now();
  sheet.getRange(2, 1, rows, cols).setValues(block);
  const setValuesMs = ms(t);
  t = performance.now();
  sheet.getRange(2, 1, rows, cols).getValues();
  const getValuesMs = ms(t);

  const emu = createEmulator({ now: () => new Date("2025-03-10T09:00:00+03:00") });
  const ss = emu.spreadsheet;
  const bases = ss.insertSheet("Наставляемые");
  bases.insertRowsAfter(1000, rows);
  bases.getRange(2, 1, rows, cols).setValues(block);
  ss.setNamedRange("Категория", bases.getRange(2, 2, rows, 1));
  ss.setNamedRange("Возраст", bases.getRange(2, 3, rows, 1));
  ss.setNamedRange("Дата_вхождения", bases.getRange(2, 4, rows, 1));
  ss.setNamedRange("Статус", bases.getRange(2, 5, rows, 1));
  const kpi = ss.insertSheet("Показатели");
  t = performance.now();
  kpi.getRange(1, 1, 20, 1).setFormulas(countifsFormulas());
  const first = kpi.getRange(1, 1, 20, 1).getValues();
  const countifsFirstMs = ms(t);
  t = performance.now();
  bases.getRange("E5").setValue("выбыл");
  kpi.getRange(1, 1, 1, 1).getValue();
  const editRecalcMs = ms(t);
  t = performance.now();
  bases
    .getRange(2, 18, rows, 1)
    .setFormulas(Array.from({ length: rows }, (_, r) => [`=IF(C${r + 2}>=15, "15–18", "10–14")`]));
  bases.getRange(2, 18, rows, 1).getValues();
  const perRowFormulasMs = ms(t);

  if (first[0][0] !== expectedPupils(block)) throw new Error(`emulator bench: COUNTIFS gave ${first[0][0]}`);
  return {
    rows,
    cols,
    setValuesMs,
    getValuesMs,
    countifsX20FirstMs: countifsFirstMs,
    editRecalcMs,
    perRowFormulasMs,
  };
}
