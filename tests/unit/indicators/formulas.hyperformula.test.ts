/**
 * The fact formulas, evaluated for real: a tiny workbook in HyperFormula (the emulator's engine) with the
 * named ranges of namedRanges.ts, a CMN_SHARE plugin over the domain's share(), and bases filled with
 * edge cases. Each formula must give the share a hand count over the same rows gives.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import { share } from "../../../src/domain/indicators/share";
import { FORMULA_CODES, factFormula, DEFAULT_REFS } from "../../../src/domain/indicators/formulas";
import { namedRanges } from "../../../src/domain/indicators/namedRanges";
import { templateRows } from "../../../src/domain/contingent/sheetLayout";
import { toSheetValues } from "../../../src/domain/contingent/sheetLayout";
import { SHEETS, type SheetKey } from "../../../src/domain/workbook/sheets";
import { SETTINGS } from "../../../src/domain/workbook/defaults";

class CmnSharePlugin extends FunctionPlugin {
  static override implementedFunctions = {
    CMN_SHARE: {
      method: "cmnShare",
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER }],
    },
  };

  cmnShare(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata("CMN_SHARE"),
      (part: number, total: number) => {
        const r = share(part, total);
        return r.ok ? r.value : new CellError(ErrorType.VALUE, r.reason);
      },
    );
  }
}

HyperFormula.registerFunctionPlugin(CmnSharePlugin, { enGB: { CMN_SHARE: "CMN_SHARE" } });

type Row = Record<string, string | number | boolean | null>;

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const rnd = lcg(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const CATEGORIES = ["обучающийся", "педагог", "представитель работодателя", "Обучающийся", "студент"];
const STATUSES = ["активен", "кандидат", "завершил", "выбыл", null];

function person(i: number): Row {
  const category = pick(CATEGORIES);
  return {
    id: `P${i}`,
    name: `Участник ${i}`,
    category,
    age: pick([8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 25, 40, null]),
    experience: category === "педагог" ? pick([0, 1, 2, 3, 3.5, 4, 10, null]) : null,
    status: pick(STATUSES),
    consent: pick([true, true, true, false]),
    organisation:
      category === "представитель работодателя" ? pick(["ООО «Агро»", "ПАО «Связь»", "ИП Петров", ""]) : null,
  };
}

const mentees: Row[] = Array.from({ length: 80 }, (_, i) => person(i));
const mentors: Row[] = Array.from({ length: 60 }, (_, i) => person(100 + i));
// Rows a formula must not trip on: a withdrawn 12-year-old, a no-consent 16-year-old, an empty row.
mentees.push({ category: "обучающийся", age: 12, status: "выбыл", consent: true });
mentees.push({ category: "обучающийся", age: 16, status: "активен", consent: false });
mentees.push({});
// Senior pupils as mentors, at the edges of the 15–18 band.
for (const age of [14, 15, 16, 18, 19])
  mentors.push({ category: "обучающийся", age, status: "активен", consent: true });
const surveys: Row[] = Array.from({ length: 70 }, (_, i) => ({
  participantId: `P${i}`,
  role: pick(["наставляемый", "наставник", "Наставляемый"]),
  questionnaire: pick(["Удовлетворённость участием", "Входная диагностика", "анкета удовлетворенности"]),
  stage: pick(["вход", "выход", null]),
  total: pick([1, 4, 6, 6.9, 7, 8, 10, null]),
}));

const BLANK_ROWS = 5;

function sheetOf(key: SheetKey, rows: Row[]): (string | number | boolean | null)[][] {
  const cols = SHEETS[key].columns;
  const body = rows.map((r) => cols.map((c) => r[c.key] ?? null));
  const blanks = Array.from({ length: BLANK_ROWS }, () => cols.map(() => null));
  return [cols.map((c) => c.header), ...body, ...blanks];
}

function colLetter(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const contingent = templateRows().map((r) => ({ ...r }));
const facts: Record<string, number> = {
  pupils: 400,
  pupils_10_18: 260,
  pupils_15_18: 90,
  teachers: 45,
  teachers_0_3: 12,
  employers: 4,
};
for (const r of contingent) if (r.key && facts[r.key] !== undefined) r.fact = facts[r.key];
const THRESHOLD = 7;

function build(): { hf: HyperFormula; out: number } {
  const settingsSheet = [
    ["Параметр", "Значение"],
    ...SETTINGS.map((s) => [s.label, s.key === "satisfactionThreshold" ? THRESHOLD : String(s.default)]),
  ];
  const contingentSheet = [
    ["Код", "Показатель", "Факт", "Прогноз"],
    ...toSheetValues(contingent).map((r) => r.map((v) => (v === "" ? null : v))),
  ];
  const hf = HyperFormula.buildFromSheets(
    {
      [SHEETS.mentees.name]: sheetOf("mentees", mentees),
      [SHEETS.mentors.name]: sheetOf("mentors", mentors),
      [SHEETS.surveys.name]: sheetOf("surveys", surveys),
      [SHEETS.pairs.name]: sheetOf("pairs", []),
      [SHEETS.meetings.name]: sheetOf("meetings", []),
      [SHEETS.contingent.name]: contingentSheet,
      [SHEETS.settings.name]: settingsSheet,
      Out: [],
    },
    { licenseKey: "gpl-v3" },
  );
  const layout = toSheetValues(contingent);
  for (const spec of namedRanges()) {
    let ref: string;
    if (spec.kind === "column") {
      const cols = SHEETS[spec.sheet].columns;
      const letter = colLetter(cols.findIndex((c) => c.key === spec.column));
      const height =
        { mentees: mentees.length, mentors: mentors.length, surveys: surveys.length }[spec.sheet as string] ?? 0;
      ref = `='${SHEETS[spec.sheet].name}'!$${letter}$2:$${letter}$${height + BLANK_ROWS + 1}`;
    } else if (spec.kind === "contingentFact") {
      const at = layout.findIndex((v) => v[0] === contingent.find((r) => r.key === spec.key)?.code);
      ref = `='${SHEETS.contingent.name}'!$C$${at + 2}`;
    } else {
      ref = `='${SHEETS.settings.name}'!$B$${SETTINGS.findIndex((s) => s.key === spec.key) + 2}`;
    }
    hf.addNamedExpression(spec.name, ref);
  }
  return { hf, out: hf.getSheetId("Out")! };
}

const lower = (v: unknown) => String(v ?? "").toLowerCase();
const countedP = (r: Row) => lower(r.status) !== "выбыл" && r.consent === true;
const isNum = (v: unknown): v is number => typeof v === "number";

/** The hand count of each indicator, straight from the definitions in domain.md. */
const HAND: Record<string, () => number> = {
  mentees_10_18: () =>
    mentees.filter(
      (r) => lower(r.category) === "обучающийся" && isNum(r.age) && r.age >= 10 && r.age <= 18 && countedP(r),
    ).length / facts.pupils_10_18,
  mentors_15_18: () =>
    mentors.filter(
      (r) => lower(r.category) === "обучающийся" && isNum(r.age) && r.age >= 15 && r.age <= 18 && countedP(r),
    ).length / facts.pupils_15_18,
  young_teachers: () =>
    mentees.filter((r) => r.category === "педагог" && isNum(r.experience) && r.experience <= 3 && countedP(r)).length /
    facts.teachers_0_3,
  mentee_satisfaction: () => satisfaction("наставляемый"),
  mentor_satisfaction: () => satisfaction("наставник"),
  pupils_coverage: () =>
    [...mentees, ...mentors].filter((r) => lower(r.category) === "обучающийся" && countedP(r)).length / facts.pupils,
  teachers_coverage: () =>
    [...mentees, ...mentors].filter((r) => r.category === "педагог" && countedP(r)).length / facts.teachers,
  enterprises_share: () =>
    new Set(
      mentors
        .filter((r) => r.category === "представитель работодателя" && r.organisation && countedP(r))
        .map((r) => r.organisation),
    ).size / facts.employers,
};

function satisfaction(role: string): number {
  const answered = surveys.filter(
    (s) => lower(s.role) === role && /удовлетвор/.test(lower(s.questionnaire)) && isNum(s.total),
  );
  return answered.filter((s) => (s.total as number) >= THRESHOLD).length / answered.length;
}

describe("fact formulas in HyperFormula", () => {
  const { hf, out } = build();

  it.each(FORMULA_CODES.map((c) => [c]))("%s gives the hand-counted share", (code) => {
    const formula = factFormula(code)!;
    const row = FORMULA_CODES.indexOf(code);
    hf.setCellContents({ sheet: out, row, col: 0 }, formula);
    const value = hf.getCellValue({ sheet: out, row, col: 0 });
    const expected = HAND[code]();
    // Data sanity: the generator must produce a share strictly between 0 and 1, or the test proves little.
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(1);
    expect(value).toBeCloseTo(expected, 10);
  });

  it("reacts to a mentee added by hand, with no script run", () => {
    const formula = factFormula("mentees_10_18")!;
    hf.setCellContents({ sheet: out, row: 20, col: 0 }, formula);
    const before = hf.getCellValue({ sheet: out, row: 20, col: 0 }) as number;
    const sheet = hf.getSheetId(SHEETS.mentees.name)!;
    const cols = SHEETS.mentees.columns.map((c) => c.key);
    const blankRow = mentees.length + 1; // first blank row inside the named ranges (0-based row index)
    const added: Row = { category: "обучающийся", age: 13, status: "активен", consent: true };
    hf.setCellContents({ sheet, row: blankRow, col: 0 }, [cols.map((k) => added[k] ?? null)]);
    const after = hf.getCellValue({ sheet: out, row: 20, col: 0 }) as number;
    expect(after).toBeCloseTo(before + 1 / facts.pupils_10_18, 10);
  });

  it("shows CMN_SHARE's error when the contingent row is empty but participants exist", () => {
    const sheet = hf.getSheetId(SHEETS.contingent.name)!;
    const at = toSheetValues(contingent).findIndex(
      (v) => v[0] === contingent.find((r) => r.key === "pupils_15_18")?.code,
    );
    hf.setCellContents({ sheet, row: at + 1, col: 2 }, null);
    hf.setCellContents({ sheet: out, row: 21, col: 0 }, factFormula("mentors_15_18")!);
    const value = hf.getCellValue({ sheet: out, row: 21, col: 0 });
    expect(value).toMatchObject({ type: "VALUE", message: "zero-total" });
  });

  it("has no fact formula for a school's own indicator", () => {
    expect(factFormula(null)).toBeNull();
    expect(factFormula("pupils_in_olympiads")).toBeNull();
  });

  it("uses the refs given, quoting labels for Sheets", () => {
    const f = factFormula("mentees_10_18", { ...DEFAULT_REFS, pupilCategory: 'ученик "школы"' })!;
    expect(f).toContain('CMN_Mentees_Category,"ученик ""школы"""');
  });
});
