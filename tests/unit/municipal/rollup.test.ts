/** The district roll-up: sums of numerators and denominators, who counts, who is missing and why. */
import { parseSchoolLink } from "../../../src/domain/municipal/links";
import { periodStart, quarterStart } from "../../../src/domain/municipal/period";
import { rankSchools } from "../../../src/domain/municipal/reportLayout";
import { rollup, schoolKey, type RollupEntry } from "../../../src/domain/municipal/rollup";
import { layoutSummary } from "../../../src/domain/municipal/summaryLayout";
import { buildSnapshot, type SchoolFigures, type Snapshot } from "../../../src/domain/snapshot/index";

function school(
  name: string,
  indicators: Array<[code: string, numerator: number | null, denominator: number | null, target: number | null]>,
  over: Partial<SchoolFigures> = {},
): Snapshot {
  return buildSnapshot(
    {
      school: { name, municipality: "Сеченовский район" },
      reportDate: "2026-11-21",
      academicYear: "2026-2027",
      targetYear: 2026,
      indicators: indicators.map(([code, numerator, denominator, target]) => ({
        code,
        name: `показатель ${code}`,
        numerator,
        denominator,
        target,
      })),
      byForm: [{ form: "ученик – ученик", mentors: 5, mentees: 9, activePairs: 4, pairs: 6 }],
      pairsByStatus: [{ status: "активна", count: 4 }],
      roadmapByStatus: [
        { status: "выполнено", count: 7 },
        { status: "просрочено", count: 2 },
      ],
      overdue: [],
      satisfaction: [{ role: "mentee", participants: 20, answered: 10, satisfied: 8 }],
      ...over,
    },
    { takenAt: "2026-11-21" },
  );
}

const entry = (
  s: Snapshot | null,
  name = s?.school.name ?? "?",
  failure: RollupEntry["failure"] = null,
): RollupEntry => ({
  name,
  source: `${name}.json`,
  snapshot: s,
  failure,
});

describe("district totals", () => {
  const big = school("СОШ № 1", [
    ["mentees_10_18", 90, 900, 0.3],
    ["young_teachers", 3, 4, 0.9],
  ]);
  const small = school("ООШ с. Талон", [
    ["mentees_10_18", 81, 90, 0.3],
    ["young_teachers", null, null, 0.9],
  ]);
  const r = rollup([entry(big), entry(small)], {
    periodStart: "2026-10-01",
    targets: { mentees_10_18: 0.25, young_teachers: null, pupils_coverage: 0.3 },
  });
  const total = (code: string) => r.indicators.find((i) => i.code === code)!;

  it("divides the sum of numerators by the sum of denominators, not the mean of the shares", () => {
    // (10 % + 90 %) / 2 would say 50 %; the district has 171 of 990 pupils, 17.3 %.
    expect(total("mentees_10_18")).toMatchObject({ numerator: 171, denominator: 990, schools: 2 });
    expect(total("mentees_10_18").fact).toBeCloseTo(171 / 990, 12);
    expect(total("mentees_10_18").status).toBe("не достигнуто");
  });

  it("leaves a school without counts out of that indicator only, and says how many schools a total covers", () => {
    expect(total("young_teachers")).toMatchObject({ numerator: 3, denominator: 4, fact: 0.75, schools: 1 });
    expect(total("young_teachers").status).toBe("нет цели");
  });

  it("lists an indicator the municipality targets even when no school reported it, without data", () => {
    expect(total("pupils_coverage")).toMatchObject({ numerator: null, denominator: null, fact: null, schools: 0 });
    expect(total("pupils_coverage").status).toBe("нет данных");
  });

  it("keeps the catalogue's order", () => {
    expect(r.indicators.map((i) => i.code)).toEqual(["mentees_10_18", "young_teachers", "pupils_coverage"]);
  });

  it("adds up participants, pairs, roadmap items and satisfaction", () => {
    expect(r.totals.participants).toEqual([{ form: "ученик – ученик", mentors: 10, mentees: 18 }]);
    expect(r.totals.pairsByForm).toEqual([{ form: "ученик – ученик", total: 12, active: 8 }]);
    expect(r.totals.roadmapByStatus).toEqual([
      { status: "выполнено", count: 14 },
      { status: "просрочено", count: 4 },
    ]);
    expect(r.totals.satisfaction).toEqual([{ role: "mentee", satisfied: 16, answered: 20, participants: 40 }]);
  });

  it("marks a school's fact below its own target", () => {
    const line = r.schools.find((s) => s.name === "СОШ № 1")!;
    expect(line.indicators.find((i) => i.code === "mentees_10_18")).toMatchObject({ fact: 0.1, below: true });
    expect(line.indicators.find((i) => i.code === "young_teachers")).toMatchObject({ below: true, achieved: false });
    expect(r.schools.find((s) => s.name === "ООШ с. Талон")!.achieved).toBe(1);
  });
});

describe("who counts", () => {
  const current = school("СОШ № 1", [["mentees_10_18", 10, 100, null]]);
  const stale = school("СОШ № 2", [["mentees_10_18", 50, 100, null]], { reportDate: "2026-09-30" });
  const failedButReceived = school("СОШ № 3", [["mentees_10_18", 5, 50, null]]);
  const zero = school("СОШ № 4", [["mentees_10_18", 0, 0, null]], { byForm: [], satisfaction: [] });
  const r = rollup(
    [
      entry(current),
      entry(stale),
      entry(failedButReceived, "СОШ № 3", { state: "noAccess", reason: "нет доступа" }),
      entry(null, "СОШ № 5", { state: "notFound", reason: "книга не найдена" }),
      entry(null, "СОШ № 6"),
      entry(zero),
    ],
    { periodStart: "2026-10-01" },
  );

  it("counts current snapshots, a zero school among them, and a failure that still has this period's data", () => {
    expect(r.schools.filter((s) => s.counted).map((s) => s.name)).toEqual(["СОШ № 1", "СОШ № 3", "СОШ № 4"]);
    expect(r.indicators[0]).toMatchObject({ numerator: 15, denominator: 150, schools: 3 });
  });

  it("states each school, and lists the uncounted with the reason", () => {
    expect(Object.fromEntries(r.schools.map((s) => [s.name, s.state]))).toEqual({
      "СОШ № 1": "received",
      "СОШ № 2": "stale",
      "СОШ № 3": "noAccess",
      "СОШ № 4": "received",
      "СОШ № 5": "notFound",
      "СОШ № 6": "notReported",
    });
    expect(r.missing.map((m) => [m.school, m.reason])).toEqual([
      ["СОШ № 2", "данные на 30.09.2026 — раньше начала периода сбора"],
      ["СОШ № 5", "книга не найдена"],
      ["СОШ № 6", "снимок ещё не получен"],
    ]);
  });

  it("keeps the later of two snapshots of one school, whatever its quotes and spacing", () => {
    const older = school("МБОУ «СОШ № 7»", [["mentees_10_18", 1, 10, null]], { reportDate: "2026-10-05" });
    const newer = school("мбоу СОШ №7", [["mentees_10_18", 4, 10, null]], { reportDate: "2026-11-20" });
    const two = rollup([entry(older), entry(newer)], { periodStart: null });
    expect(two.schools).toHaveLength(1);
    expect(two.indicators[0]).toMatchObject({ numerator: 4, denominator: 10 });
    expect(two.missing).toEqual([
      {
        school: "МБОУ «СОШ № 7»",
        source: "МБОУ «СОШ № 7».json",
        reason: "повтор: учтён более свежий снимок (мбоу СОШ №7.json)",
      },
    ]);
    expect(schoolKey("МБОУ «СОШ № 7»")).toBe(schoolKey("мбоу СОШ №7"));
  });
});

describe("«Сводка» and the ranking", () => {
  const a = school("СОШ № 1", [
    ["mentees_10_18", 30, 100, 0.25],
    ["mentors_15_18", 1, 50, 0.1],
  ]);
  const b = school("СОШ № 2", [
    ["mentees_10_18", 10, 100, 0.25],
    ["mentors_15_18", 10, 50, 0.1],
  ]);
  const c = school("СОШ № 3", [
    ["mentees_10_18", 50, 100, 0.25],
    ["mentors_15_18", 25, 50, 0.1],
  ]);
  const r = rollup([entry(a), entry(b), entry(c), entry(null, "СОШ № 4")], {
    periodStart: "2026-10-01",
    targets: { mentees_10_18: 0.3 },
  });
  const layout = layoutSummary(r, "2026-11-21", "2026-10-01");

  it("lays each school's fact beside its target, the district's below, the counts in notes", () => {
    const [fact, target] = [layout.columns.facts[0].fact, layout.columns.facts[0].target];
    expect(layout.header[fact]).toBe("Наставляемые 10–18 лет, факт");
    expect(layout.header[target]).toBe("Наставляемые 10–18 лет, цель");
    expect(layout.rows.map((row) => [row[0], row[fact], row[target]])).toEqual([
      ["СОШ № 1", 0.3, 0.25],
      ["СОШ № 2", 0.1, 0.25],
      ["СОШ № 3", 0.5, 0.25],
      ["СОШ № 4", "", ""],
    ]);
    expect(layout.notes[0][fact]).toBe("30 из 100");
    expect(layout.totals[fact]).toBeCloseTo(90 / 300, 12);
    expect(layout.totals[target]).toBe(0.3);
    expect(layout.totalsNotes[fact]).toBe("90 из 300 (сумма по школам: 3)");
    expect(layout.rows[3][layout.columns.state]).toBe("не сдан");
    expect(layout.title).toMatch(/на 21\.11\.2026 · период сбора с 01\.10\.2026 · в итогах района 3 из 4 школ/);
  });

  it("ranks by targets met, then fewer overdue items, schools without data last", () => {
    expect(rankSchools(r.schools).map((s) => [s.name, s.achieved])).toEqual([
      ["СОШ № 3", 2],
      ["СОШ № 1", 1],
      ["СОШ № 2", 1],
      ["СОШ № 4", 0],
    ]);
  });
});

describe("links and periods", () => {
  it.each([
    ["https://docs.google.com/spreadsheets/d/1AbC-defGhijklmnopQRSTuvwxyz0123456789_xyz/edit#gid=0", "workbook"],
    ["https://docs.google.com/spreadsheets/u/1/d/1AbC-defGhijklmnopQRST/edit", "workbook"],
    ["1AbC-defGhijklmnopQRSTuvwxyz0123456789_xyz", "workbook"],
    ["файл: снимок-сош-7.json", "file"],
    ["", "none"],
    ["СОШ 7 пришлёт позже", "bad"],
  ])("%s is a %s", (text, kind) => expect(parseSchoolLink(text).kind).toBe(kind));

  it("starts the period at the quarter of the report date unless the setting says otherwise", () => {
    expect(quarterStart("2026-11-21")).toBe("2026-10-01");
    expect(quarterStart("2027-03-31")).toBe("2027-01-01");
    expect(periodStart("2026-11-21", null)).toBe("2026-10-01");
    expect(periodStart("2026-11-21", "2026-09-01")).toBe("2026-09-01");
  });
});
