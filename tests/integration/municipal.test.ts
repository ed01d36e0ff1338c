/**
 * The municipal roll-up through the real bundle: a district of 30 demo schools' workbooks (one without
 * access, one deleted, one without a snapshot, one of an older format version, one with data older than
 * the period, one whose figures are all zero), collected chunk by chunk as the sidebar drives it, with
 * every district total checked against a sum of the schools' own numerators and denominators written
 * here; then the demo school itself sends its snapshot and the municipality reads it.
 */
import {
  generateDistrict,
  loadDistrict,
  loadMunicipality,
  type DemoDistrict,
  type DistrictOptions,
} from "../../emulator/demo/district";
import { loadDemoSchool } from "../../emulator/demo/load";
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { buildSnapshot, snapshotJson } from "../../src/domain/snapshot/index";
import { createWorkbench } from "../../emulator/app";
import { DIST, freshBundle } from "../support/bundle";
import { readSample } from "../../fixtures/samples";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const now = () => new Date("2026-11-21T09:00:00Z");

interface Step {
  from: number;
  next: number;
  total: number;
  done: boolean;
  message: string;
  results: Array<{ row: number; school: string; state: string; reason: string; failed: boolean }>;
}

/** Drive «Собрать данные» as the sidebar does: one call a chunk until done; calls counted per chunk. */
function collect(emu: Emulator, bundle: LoadedBundle) {
  const steps: Array<Step & { calls: number; byMethod: Record<string, number> }> = [];
  let from = 0;
  for (;;) {
    emu.calls.reset();
    const step = bundle.run("collectStep", { from }) as Step;
    steps.push({ ...step, calls: emu.calls.total, byMethod: { ...emu.calls.byMethod } });
    if (step.done) return steps;
    from = step.next;
  }
}

function district(schools: number, cases?: DistrictOptions["cases"]) {
  const { emu, bundle } = freshBundle({ now });
  const d = generateDistrict({ schools, cases });
  const links = loadDistrict(emu, d);
  loadMunicipality(emu, bundle, d, links);
  return { emu, bundle, district: d, links, ss: emu.spreadsheet as unknown as Spreadsheet };
}

const values = (ss: Spreadsheet, sheet: string) => ss.getSheetByName(sheet)!.getDataRange().getValues();

/** Σ numerators and Σ denominators by code over the schools that must count, from their own figures. */
function expectedTotals(d: DemoDistrict) {
  const counted = d.schools.filter((s) => s.case === "ok" || s.case === "zero");
  const sums = new Map<string, { numerator: number; denominator: number }>();
  for (const s of counted)
    for (const i of s.figures.indicators) {
      const t = sums.get(i.code) ?? { numerator: 0, denominator: 0 };
      t.numerator += i.numerator!;
      t.denominator += i.denominator!;
      sums.set(i.code, t);
    }
  return { counted, sums };
}

describe("a district of 30 demo schools", () => {
  const world = district(30);
  const steps = collect(world.emu, world.bundle);
  const { ss, district: d } = world;

  it("is collected in chunks the sidebar drives, three service calls per school on top of a fixed cost", () => {
    expect(steps.map((s) => [s.from, s.next, s.done])).toEqual([
      [0, 20, false],
      [20, 30, true],
    ]);
    // Each school's workbook: openById, the named range, its values; never a base (no other call on it).
    const opened = (s: (typeof steps)[number]) => s.byMethod["SpreadsheetApp.openById"];
    expect(steps.map(opened)).toEqual([20, 10]);
    // Chunk 2 reads 10 workbooks (one deleted: no range, no values); a 5-school district reads 5, all
    // there. The rest of each final chunk (roll-up, «Сводка») must cost the same whatever the district.
    const small = district(5, {});
    const [only] = collect(small.emu, small.bundle);
    expect(only.done).toBe(true);
    expect(steps[1].calls - (10 + 9 + 9)).toBe(only.calls - 3 * 5);
  });

  it("names each failing school and its reason in «Школы», and the rest go on", () => {
    const rows = values(ss, "Школы");
    const col = (h: string) => rows[0].indexOf(h);
    const byName = new Map(rows.slice(1).map((r) => [String(r[col("Школа")]), r]));
    const stateOf = (i: number) => String(byName.get(d.schools[i].name)![col("Состояние")]);
    const reasonOf = (i: number) => String(byName.get(d.schools[i].name)![col("Причина")]);
    expect([3, 7, 11, 15, 19, 23].map((i) => [d.schools[i].case, stateOf(i)])).toEqual([
      ["noAccess", "нет доступа"],
      ["noSnapshot", "нет снимка"],
      ["oldVersion", "старая версия"],
      ["zero", "получен"],
      ["stale", "устарел"],
      ["deleted", "книга не найдена"],
    ]);
    expect(reasonOf(3)).toMatch(/нет доступа к книге школы/);
    expect(reasonOf(11)).toMatch(/старой версии формата \(0, нужна 1\)/);
    expect(reasonOf(19)).toBe("данные на 30.06.2026 — раньше начала периода сбора");
    const received = d.schools.filter((s) => s.case === "ok" || s.case === "zero");
    expect(received.every((s) => byName.get(s.name)![col("Состояние")] === "получен")).toBe(true);
    expect(byName.get(d.schools[0].name)![col("Получено")]).toBeInstanceOf(Date);
    expect(steps[1].message).toMatch(/получено снимков — 25 из 30, не удалось — 5/);
  });

  it("totals every indicator in «Сводка» and «Отчёт» from the sums of numerators and denominators", () => {
    const { counted, sums } = expectedTotals(d);
    expect(counted).toHaveLength(25);
    const sheet = ss.getSheetByName("Сводка")!;
    const grid = sheet.getDataRange().getValues();
    const header = grid[1];
    const totals = grid[grid.length - 1];
    const notes = sheet.getRange(grid.length, 1, 1, header.length).getNotes()[0];
    expect(totals[0]).toBe("Итого по району");
    const labels: Record<string, string> = {
      mentees_10_18: "Наставляемые 10–18 лет",
      mentors_15_18: "Наставники 15–18 лет",
      young_teachers: "Молодые педагоги",
      mentee_satisfaction: "Удовлетворённость наставляемых",
      mentor_satisfaction: "Удовлетворённость наставников",
      pupils_coverage: "Охват обучающихся",
      teachers_coverage: "Охват педагогов",
      enterprises_share: "Предприятия с наставниками",
    };
    expect(world.bundle.run("buildMunicipalReport", {})).toMatchObject({
      message: /Отчёт муниципалитета на 21\.11\.2026/,
    });
    const reportRows = values(ss, "Отчёт");
    for (const [code, t] of sums) {
      const c = header.indexOf(`${labels[code]}, факт`);
      expect(c).toBeGreaterThan(2);
      expect(totals[c]).toBeCloseTo(t.numerator / t.denominator, 12);
      expect(notes[c]).toBe(`${t.numerator} из ${t.denominator} (сумма по школам: 25)`);
      const row = reportRows.find((r) => r[0] === labels[code])!;
      expect(row[3]).toBe(`${t.numerator} из ${t.denominator}`);
      expect(row[2]).toBeCloseTo(t.numerator / t.denominator, 12);
      expect(row[6]).toBe(25);
    }
    // Not a mean of shares: the two differ on this district.
    const code = "mentees_10_18";
    const mean =
      counted
        .map((s) => s.figures.indicators.find((i) => i.code === code)!)
        .filter((i) => i.denominator! > 0)
        .reduce((a, i) => a + i.numerator! / i.denominator!, 0) /
      counted.filter((s) => s.figures.indicators.find((i) => i.code === code)!.denominator! > 0).length;
    expect(Math.abs(mean - sums.get(code)!.numerator / sums.get(code)!.denominator)).toBeGreaterThan(0.001);
  });

  it("lays «Сводка» out for sorting and checking: a filter, the data date, highlights, the counts", () => {
    const sheet = ss.getSheetByName("Сводка")!;
    const grid = sheet.getDataRange().getValues();
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe(
      sheet.getRange(2, 1, 31, grid[1].length).getA1Notation(),
    );
    const school = grid.find((r) => r[0] === d.schools[0].name)!;
    expect(school[1]).toBeInstanceOf(Date);
    expect(school[2]).toBe("получен");
    const rules = sheet.getConditionalFormatRules().map((r) => ({
      formula: String(r.getBooleanCondition()!.getCriteriaValues()[0]),
      ranges: r.getRanges().map((x) => x.getA1Notation()),
    }));
    expect(rules.filter((r) => /ISNUMBER/.test(r.formula))).toHaveLength(8);
    expect(rules.find((r) => r.formula === '=$C3="устарел"')!.ranges).toEqual([
      sheet.getRange(3, 1, 30, grid[1].length).getA1Notation(),
    ]);
    const failed = rules.find((r) => /нет доступа/.test(r.formula))!.formula;
    for (const label of ["не сдан", "нет доступа", "книга не найдена", "нет снимка", "старая версия"])
      expect(failed).toContain(`"${label}"`);
    // Sorting by a fact column keeps each school's row together (the filter's sort).
    const factCol = grid[1].indexOf("Охват обучающихся, факт") + 1;
    sheet.getFilter()!.sort(factCol, false);
    const sorted = sheet.getRange(3, 1, 30, grid[1].length).getValues();
    const facts = sorted.map((r) => r[factCol - 1]).filter((v) => v !== "");
    expect(facts).toEqual([...facts].sort((a, b) => Number(b) - Number(a)));
    expect(sorted.find((r) => r[0] === d.schools[0].name)).toEqual(school);
  });

  it("reports the ranking, who is missing and why, and the municipality's own roadmap (the Сеченово sample)", () => {
    const request = { source: { kind: "text", text: readSample("roadmap-municipal-sechenovo.txt") } };
    const preview = world.bundle.run("previewRoadmapImport", request) as { token: string };
    const imported = world.bundle.run("applyRoadmapImport", { ...request, token: preview.token }) as {
      ok: boolean;
      added: number;
    };
    expect(imported.ok).toBe(true);
    expect(imported.added).toBeGreaterThan(10);
    world.bundle.run("buildMunicipalReport", {});
    const rows = values(ss, "Отчёт").map((r) => r.map(String));
    const at = (title: string) => rows.findIndex((r) => r[0] === title);
    const ranking = rows.slice(at("2. Школы: рейтинг и состояние") + 3, at("2. Школы: рейтинг и состояние") + 33);
    expect(ranking.map((r) => r[0])).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
    expect(
      ranking
        .slice(-5)
        .map((r) => r[6])
        .sort(),
    ).toEqual(["книга не найдена", "нет доступа", "нет снимка", "старая версия", "устарел"].sort());
    const missing = rows.slice(at("3. Не вошли в итоги района") + 2, at("3. Не вошли в итоги района") + 7);
    expect(missing.map((r) => r[0]).sort()).toEqual([3, 7, 11, 19, 23].map((i) => d.schools[i].name).sort());
    const own = rows.slice(at("7. Дорожная карта муниципалитета"));
    const counted = own.slice(2).filter((r) => /^(выполнено|просрочено|в работе|запланировано|без срока)$/.test(r[0]));
    expect(counted.reduce((n, r) => n + Number(r[1]), 0)).toBe(values(ss, "Дорожная карта").length - 1);
  });

  it("accepts snapshot files the schools sent and refuses the others by name", () => {
    const late = generateDistrict({ schools: 31, cases: {} }).schools[30];
    const result = world.bundle.run("acceptSnapshotFiles", {
      files: [
        { name: "сош-31.json", text: snapshotJson(late.snapshot, true) },
        { name: "таблица.json", text: '{"pupils": 500}' },
        { name: "старый.json", text: JSON.stringify({ ...late.snapshot, version: 0 }) },
        { name: "битый.json", text: "{ не json" },
      ],
    }) as { accepted: unknown[]; refused: Array<{ file: string; reason: string }>; message: string };
    expect(result.accepted).toEqual([{ file: "сош-31.json", school: late.name, reportDate: "2026-11-21" }]);
    expect(result.refused.map((r) => r.file)).toEqual(["таблица.json", "старый.json", "битый.json"]);
    expect(result.message).toMatch(/в итогах района 26 из 31 школ/);
    const rows = values(ss, "Школы");
    const added = rows.find((r) => r[0] === late.name)!;
    expect(added[2]).toBe("файл: сош-31.json");
    expect(added[5]).toBe("получен");
  });
});

describe("the demo school sends its snapshot, the municipality reads it", () => {
  const { emu, bundle } = freshBundle({ now });
  loadDemoSchool(emu, bundle, { seed: 11, size: "small" });
  const school = emu.spreadsheet as unknown as Spreadsheet;
  emu.calls.reset();
  const sent = bundle.run("sendSnapshot", {}) as { json: string; message: string; fileName: string };
  const sendCalls = emu.calls.total;

  it("holds no name and no person's ID of the school, in the workbook or in the file", () => {
    const people: string[] = [];
    for (const [sheet, headers] of [
      ["Наставники", ["ID", "ФИО (или код)", "Контакты"]],
      ["Наставляемые", ["ID", "ФИО (или код)"]],
      ["Пары", ["ID пары", "ID наставника", "Наставник", "ID наставляемого", "Наставляемый"]],
      ["Опросы", ["ID участника"]],
    ] as const) {
      const grid = values(school, sheet);
      for (const h of headers) {
        const c = grid[0].indexOf(h);
        expect(c).toBeGreaterThanOrEqual(0);
        people.push(
          ...grid
            .slice(1)
            .map((r) => String(r[c]).trim())
            .filter(Boolean),
        );
      }
    }
    // Staff named as responsible in the roadmap («Иванова А.Б., куратор»): their surnames.
    const roadmap = values(school, "Дорожная карта");
    const resp = roadmap[0].indexOf("Ответственные");
    people.push(...roadmap.slice(1).flatMap((r) => String(r[resp]).match(/[А-ЯЁ][а-яё]+(?= [А-ЯЁ]\.[А-ЯЁ]\.)/g) ?? []));
    expect(people.length).toBeGreaterThan(150);
    const range = school.getRangeByName("CMN_Snapshot")!;
    const stored = range
      .getValues()
      .map((r) => String(r[0]))
      .join("");
    expect(JSON.parse(stored)).toEqual(JSON.parse(sent.json));
    const leaked = people.filter((p) => stored.includes(p) || sent.json.includes(p));
    expect(leaked).toEqual([]);
    expect(school.getSheetByName("Снимок для муниципалитета")!.isSheetHidden()).toBe(true);
  });

  it("gives each indicator the counts the report shows, in a fixed number of calls", () => {
    // The counts come from the counting contract (computeIndicators), the same the report writes beside
    // each share and the sheet's live «Числитель» and «Знаменатель» show; satisfaction with no survey wave
    // in the year yet has no numerator (not 0).
    const snapshot = JSON.parse(sent.json) as ReturnType<typeof buildSnapshot>;
    const kpi = values(school, "Показатели");
    const code = kpi[0].indexOf("Служебный код");
    const name = kpi[0].indexOf("Показатель");
    const [numerator, denominator] = ["Числитель", "Знаменатель"].map((h) => kpi[0].indexOf(h));
    const blank = (v: unknown) => (v === "" ? null : v);
    const rows = kpi.slice(1).filter((r) => r[code]);
    expect(snapshot.indicators).toHaveLength(rows.length);
    bundle.run("buildReport", {});
    const report = values(school, "Отчёт");
    for (const r of rows) {
      const i = snapshot.indicators.find((x) => x.code === r[code])!;
      expect(i.denominator).toBeGreaterThan(0);
      expect([r[code], i.numerator, i.denominator]).toEqual([r[code], blank(r[numerator]), blank(r[denominator])]);
      const line = report.find((l) => l[1] === r[name])!;
      expect(line[4]).toBe(i.numerator === null ? "нет данных" : `${i.numerator} из ${i.denominator}`);
    }
    expect(snapshot.indicators.filter((i) => i.numerator !== null).length).toBeGreaterThanOrEqual(6);
    expect(sent.fileName).toBe(`снимок-МБОУ-СОШ-3-г-Новоозёрска-${snapshot.reportDate}.json`);
    // Sending again (the hidden sheet now exists), then with 300 more mentees typed by hand: the same calls.
    emu.calls.reset();
    bundle.run("sendSnapshot", {});
    const again = emu.calls.total;
    expect(again).toBeLessThanOrEqual(sendCalls);
    const mentees = school.getSheetByName("Наставляемые")!;
    const width = mentees.getLastColumn();
    const start = mentees.getLastRow() + 1;
    mentees.insertRowsAfter(mentees.getMaxRows(), 300);
    mentees
      .getRange(start, 1, 300, width)
      .setValues(
        Array.from({ length: 300 }, (_, i) => Array.from({ length: width }, (_, c) => (c < 2 ? `Х-${i}` : ""))),
      );
    emu.calls.reset();
    bundle.run("sendSnapshot", {});
    expect(emu.calls.total).toBe(again);
  });

  it("is read by the municipality through the school's link, and only there", () => {
    const d = generateDistrict({ schools: 0 });
    loadMunicipality(emu, bundle, d, [
      { school: { name: "МБОУ «СОШ № 3» г. Новоозёрска", curator: "" }, link: school.getUrl() },
    ]);
    const muni = emu.spreadsheet as unknown as Spreadsheet;
    const [step] = collect(emu, bundle);
    expect(step.results).toEqual([expect.objectContaining({ state: "получен", failed: false })]);
    const summary = values(muni, "Сводка");
    const row = summary.find((r) => r[0] === "МБОУ «СОШ № 3» г. Новоозёрска")!;
    const snapshot = JSON.parse(sent.json) as ReturnType<typeof buildSnapshot>;
    const mentees = snapshot.indicators.find((i) => i.code === "mentees_10_18")!;
    expect(row[summary[1].indexOf("Наставляемые 10–18 лет, факт")]).toBeCloseTo(
      mentees.numerator! / mentees.denominator!,
      12,
    );
    expect(() => bundle.run("sendSnapshot", {})).toThrow(/книга муниципалитета/);
    // The menu's «Построить отчёт» builds the district's report here.
    expect(bundle.run("buildReport", {})).toMatchObject({ message: expect.stringMatching(/Отчёт муниципалитета/) });
  });

  it("refuses to turn a school's workbook into the municipality's, and to send without the school's name", () => {
    emu.spreadsheets.setActive(school.getId());
    expect(() => bundle.run("createMunicipalWorkbook", {})).toThrow(/уже есть данные школы/);
    const fresh = freshBundle({ now });
    fresh.bundle.run("setupWorkbook", {});
    expect(() => fresh.bundle.run("sendSnapshot", {})).toThrow(/Заполните «Организация» в «Настройках»/);
    expect(fresh.emu.spreadsheet.getSheetByName("Снимок для муниципалитета")).toBeNull();
  });
});

describe("the workbench of `npm start`", () => {
  it("holds the demo school and its municipality, and switches between them", () => {
    const bench = createWorkbench({ distDir: DIST, now, seed: 2026, district: 4 });
    const state = () =>
      bench.state() as { sheets: string[]; workbooks: Array<{ id: string; name: string; active: boolean }> };
    const books = state().workbooks;
    expect(books.map((b) => b.active)).toEqual([true, false]);
    expect(state().sheets).toContain("Наставники");
    bench.switchWorkbook(books[1].id);
    expect(state().sheets).toEqual(expect.arrayContaining(["Школы", "Сводка", "Цели района", "Дорожная карта"]));
    const overview = bench.run("municipalOverview") as { ok: true; result: { municipal: boolean; schools: number } };
    expect(overview.result).toMatchObject({ municipal: true, schools: 5 });
    // The demo school has not sent its snapshot yet: the coordinator sees it among those to chase.
    bench.run("collectStep", { from: 0 });
    const after = bench.run("municipalOverview") as { result: { attention: Array<{ school: string; state: string }> } };
    expect(after.result.attention).toEqual(
      expect.arrayContaining([
        { row: 2, school: "МБОУ «СОШ № 3» г. Новоозёрска", state: "нет снимка", reason: expect.any(String) },
      ]),
    );
    bench.switchWorkbook(books[0].id);
    expect((bench.run("sendSnapshot") as { ok: boolean }).ok).toBe(true);
    bench.switchWorkbook(books[1].id);
    bench.run("collectStep", { from: 0 });
    const last = bench.run("municipalOverview") as { result: { received: number } };
    // Three district schools and the demo school; the fourth district school is closed to the coordinator.
    expect(last.result.received).toBe(4);
  });
});
