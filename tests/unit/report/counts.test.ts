/**
 * The report's numerators and denominators against an independent count (tests/support/independentCount.ts,
 * written from docs/indicators.md and sharing no code with src/), on crafted cases a methodologist would
 * ask about and on the demo school. What is compared is what the report writes: the «Числитель /
 * знаменатель» cell of each indicator and the participants' table.
 */
import { generateDemoSchool } from "../../../emulator/demo/generate";
import { buildReportModel, layoutReport, reportInputOf, type ReportModel } from "../../../src/domain/report/index";
import { crafted, DAY, NAMES } from "../../support/craftedSchool";
import { independentCount } from "../../support/independentCount";
import { contingentRows, indicatorRows, settingsRows, sheetRows, type WorkbookRows } from "../../support/sheetRows";

/** The KPI table as laid out: name → «N из D» (or the placeholder when there are no counts). */
function writtenCounts(model: ReportModel): Map<string, string> {
  const values = layoutReport(model).values;
  const header = values.findIndex((r) => r[0] === "№" && r[1] === "Показатель");
  const out = new Map<string, string>();
  for (let i = header + 1; typeof values[i][0] === "number"; i++) out.set(String(values[i][1]), String(values[i][4]));
  return out;
}

function expectSameCounts(model: ReportModel, oracle: ReturnType<typeof independentCount>) {
  const written = writtenCounts(model);
  for (const k of model.kpi) {
    const expected = oracle.indicators[k.code!];
    expect([k.code, k.numerator, k.denominator]).toEqual([k.code, expected.numerator, expected.denominator]);
    expect([k.code, written.get(k.name)]).toEqual([
      k.code,
      expected.numerator === null || expected.denominator === null
        ? "нет данных"
        : `${expected.numerator} из ${expected.denominator}`,
    ]);
  }
  const f = model.figures;
  expect({ ...oracle.year }).toEqual({
    mentors: f.year.mentors,
    mentees: f.year.mentees,
    persons: f.year.persons,
    pairRows: f.year.pairRows,
    pairs: f.year.pairs,
    groups: f.year.groups,
  });
}

// ---- crafted cases -------------------------------------------------------------------------------------

function craftedRows(settings: Record<string, unknown> = {}): WorkbookRows {
  return {
    settings: settingsRows({ organisation: "МБОУ «СОШ № 7»", reportDate: DAY, ...settings }),
    mentors: sheetRows("mentors", crafted.mentors),
    mentees: sheetRows("mentees", crafted.mentees),
    pairs: sheetRows("pairs", crafted.pairs),
    surveys: sheetRows("surveys", crafted.surveys),
    indicators: indicatorRows(
      Object.entries(NAMES).map(([code, name]) => ({ code, name, targets: { "2026": 10, "2027": 30 } })),
    ),
  };
}

const craftedModel = (settings: Record<string, unknown> = {}, today = DAY) =>
  buildReportModel(
    reportInputOf(craftedRows(settings), today, { contingent: new Map(Object.entries(crafted.contingent)) }),
  );

describe("the report's counts on crafted cases", () => {
  const model = craftedModel();
  const oracle = independentCount(crafted, DAY);

  it("equal the independent count, indicator by indicator and in the participants' table", () => {
    expectSameCounts(model, oracle);
  });

  it("counts what a methodologist expects of each case (the oracle is not trivially agreeing)", () => {
    const counts = Object.fromEntries(model.kpi.map((k) => [k.code, [k.numerator, k.denominator]]));
    expect(counts).toEqual({
      // НЯ-0002 (17) and НЯ-0003 (12); НЯ-0004 is 9; candidates, last year's and the consentless are out.
      mentees_10_18: [2, 120],
      mentors_15_18: [1, 40],
      // The teacher of 36 with 2 years is a young specialist but not «до 35 лет».
      young_teachers: [1, 4],
      young_teachers_35: [0, 3],
      // May's wave: НЯ-0002 answered 5 (was 9 in December), НЯ-0001 8, НЯ-0004 7; НЯ-0003 did not answer in May.
      mentee_satisfaction: [2, 4],
      mentor_satisfaction: [1, 3],
      // Петров is a mentor and a mentee: one pupil. НЯ-0002/НТ-0002, НЯ-0003, НЯ-0004.
      pupils_coverage: [3, 300],
      teachers_coverage: [2, 30],
      enterprises_share: [1, 5],
    });
    expect(model.figures.year).toMatchObject({ mentors: 3, mentees: 4, persons: 6, bothRoles: 1, pairRows: 5 });
    // П-0002 and the hand-typed П-0003 (one mentor, one form, overlapping): one group; П-0001, П-0004, П-0006
    // pairs; П-0004 ended before the report day.
    expect(model.figures.year).toMatchObject({ pairs: 3, groups: 1, menteesInGroups: 2, live: 3 });
    expect(model.figures.proposals).toBe(1);
    expect(model.figures.year.withoutConsent).toBe(1);
    const mentees = model.satisfaction.find((s) => s.role === "mentee")!;
    expect(mentees).toMatchObject({ participants: 4, answered: 3, satisfied: 2, wave: "май 2027" });
  });

  it("gives the same counts when «Дата отчёта» is blank and today is that day, and states which it is", () => {
    const blank = craftedModel({ reportDate: "" });
    expect(blank.kpi.map((k) => [k.numerator, k.denominator])).toEqual(
      model.kpi.map((k) => [k.numerator, k.denominator]),
    );
    expect(blank.header.frame).toMatchObject({ dayIsToday: true, targetYear: 2027 });
    const text = layoutReport(blank).values.flat().map(String);
    expect(text).toContain("сегодня: «Дата отчёта» в «Настройках» не заполнена");
    expect(layoutReport(model).values.flat().map(String)).toContain("«Дата отчёта» из «Настроек»");
  });

  it("reports an earlier year when the report date moves back, with that year's people only", () => {
    const earlier = craftedModel({ reportDate: "2026-05-20" });
    const past = independentCount(crafted, "2026-05-20");
    expect(earlier.header.frame.label).toBe("2025-2026");
    expectSameCounts(earlier, past);
    expect(earlier.figures.year).toMatchObject({ mentors: 1, mentees: 1, pairRows: 1 });
    // Proposals are a state of the workbook now: none in a past year's report.
    expect(earlier.figures.proposals).toBe(0);
  });

  it("divides satisfaction by respondents when the setting says so", () => {
    const byRespondents = craftedModel({ satisfactionBase: "ответившие" });
    expect(byRespondents.kpi.find((k) => k.code === "mentee_satisfaction")).toMatchObject({
      numerator: 2,
      denominator: 3,
    });
  });
});

// ---- the demo school -----------------------------------------------------------------------------------

/** The demo's contingent rows by what they count (codes of emulator/demo/contingent.ts). */
const DEMO_CONTINGENT = {
  pupils: "1",
  pupils_10_18: "1.4",
  pupils_15_18: "1.4.1",
  teachers: "2",
  teachers_0_3: "2.5",
  employers: "3",
} as const;

describe.each([
  ["in the current year", "2026-11-21"],
  ["at the end of the previous year, with its survey waves", "2026-06-20"],
])("the report's counts on the demo school %s", (_what, day) => {
  const school = generateDemoSchool({ seed: 11, today: "2026-11-21" });
  const contingent = Object.fromEntries(
    Object.entries(DEMO_CONTINGENT).map(([key, code]) => [
      key,
      Number(school.contingent.find((r) => r.code === code)!.fact),
    ]),
  );
  const rows: WorkbookRows = {
    settings: settingsRows({ ...school.settings, reportDate: day }),
    mentors: sheetRows("mentors", school.mentors),
    mentees: sheetRows("mentees", school.mentees),
    pairs: sheetRows("pairs", school.pairs),
    surveys: sheetRows("surveys", school.surveys),
    contingent: contingentRows(school.contingent),
    indicators: indicatorRows(school.indicators),
  };
  const model = buildReportModel(reportInputOf(rows, "2026-11-21"));

  it("equal the independent count", () => {
    const oracle = independentCount({ ...school, contingent }, day);
    expectSameCounts(model, oracle);
    expect(model.kpi.filter((k) => k.numerator !== null && k.numerator > 0).length).toBeGreaterThan(3);
  });
});
