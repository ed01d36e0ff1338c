/**
 * `cmn snapshot --dir` on CSV exports of the demo school's sheets, and `cmn rollup` on a folder of
 * snapshot files with some that are not snapshots.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDemoSchool } from "../../../emulator/demo/generate";
import { generateDistrict } from "../../../emulator/demo/district";
import { buildSnapshot, readSnapshotText, snapshotJson, snapshotRows } from "../../../src/domain/snapshot/index";
import { SHEETS, type SheetKey } from "../../../src/domain/workbook/sheets";
import { SETTINGS } from "../../../src/domain/workbook/defaults";
import { cmn } from "../../support/cli";
import { independentCount } from "../../support/independentCount";

const root = mkdtempSync(join(tmpdir(), "cmn-snapshot-"));
const csvCell = (v: unknown) => {
  const text =
    v instanceof Date
      ? `${String(v.getDate()).padStart(2, "0")}.${String(v.getMonth() + 1).padStart(2, "0")}.${v.getFullYear()}`
      : typeof v === "boolean"
        ? v
          ? "да"
          : "нет"
        : String(v ?? "");
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const writeCsv = (dir: string, name: string, rows: unknown[][]) =>
  writeFileSync(join(dir, `${name}.csv`), "\uFEFF" + rows.map((r) => r.map(csvCell).join(";")).join("\r\n"), "utf8");

/** The demo school as a folder of CSV exports (what «Файл → Скачать → CSV» gives per sheet). */
function demoFolder() {
  const school = generateDemoSchool({ seed: 7, size: "small", today: "2026-11-21" });
  const dir = join(root, "school");
  mkdirSync(dir);
  const sheet = (key: SheetKey, rows: Record<string, unknown>[]) =>
    writeCsv(dir, SHEETS[key].name, [
      SHEETS[key].columns.map((c) => c.header),
      ...rows.map((r) => SHEETS[key].columns.map((c) => r[c.key] ?? "")),
    ]);
  sheet("mentors", school.mentors);
  sheet("mentees", school.mentees);
  sheet("pairs", school.pairs);
  sheet("surveys", school.surveys);
  sheet(
    "roadmap",
    school.roadmap.map((r) => ({ ...r, status: r.doneDate ? "выполнено" : r.comment ? "просрочено" : "в работе" })),
  );
  writeCsv(dir, "Настройки", [
    ["Параметр", "Значение"],
    ...SETTINGS.map((s) => [s.label, s.key === "reportDate" ? "01.09.2026" : school.settings[s.key]]),
  ]);
  // «Показатели» as exported: values only (the «Факт» formulas' results); the counts are computed from the bases.
  writeCsv(dir, "Показатели", [
    ["Код", "Показатель", "Ед.", "Цель 2026", "Факт", "Статус"],
    ["mentees_10_18", "Доля детей 10–18 лет …", "%", "30%", "20,0%", "не достигнуто"],
    ["mentors_15_18", "Доля детей 15–18 лет …", "%", "10%", "12,5%", "достигнуто"],
    ["enterprises_share", "Доля организаций-партнёров …", "%", "-", "50,0%", "нет цели"],
  ]);
  writeCsv(dir, "Контингент", [
    ["Код", "Показатель", "Факт", "Прогноз"],
    ...school.contingent.map((r) => [r.code, r.name, r.fact, r.forecast]),
  ]);
  return { school, dir };
}

describe("cmn snapshot --dir", () => {
  const { school, dir } = demoFolder();

  it("prints a valid snapshot of the folder, for the --date given, with counts from the bases", async () => {
    const { code, stdout } = await cmn("snapshot", "--dir", dir, "--date", "2026-11-21");
    expect(code).toBe(0);
    const read = readSnapshotText(stdout);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const s = read.snapshot;
    expect(s.school.name).toBe(school.settings.organisation);
    expect([s.reportDate, s.targetYear]).toEqual(["2026-11-21", 2026]);
    const fact = (code: string) => Number(school.contingent.find((r) => r.code === code)!.fact);
    const oracle = independentCount(
      { ...school, contingent: { pupils_10_18: fact("1.4"), pupils_15_18: fact("1.4.1"), employers: fact("3") } },
      "2026-11-21",
    ).indicators;
    expect(s.indicators).toEqual([
      { code: "mentees_10_18", name: "Доля детей 10–18 лет …", ...oracle.mentees_10_18, target: 0.3 },
      { code: "mentors_15_18", name: "Доля детей 15–18 лет …", ...oracle.mentors_15_18, target: 0.1 },
      { code: "enterprises_share", name: "Доля организаций-партнёров …", ...oracle.enterprises_share, target: null },
    ]);
    expect(oracle.mentees_10_18.numerator).toBeGreaterThan(0);
    // Pairs of the programme year by status (the year's rows and today's proposals), counted here from the CSV rows.
    const byStatus = new Map<string, number>();
    for (const p of school.pairs) {
      const counted = ["утверждена", "активна", "завершена"].includes(String(p.status));
      const end = p.end instanceof Date ? p.end.toISOString().slice(0, 10) : String(p.end ?? "");
      if ((counted && (end === "" || end >= "2026-09-01")) || p.status === "предложена")
        byStatus.set(String(p.status), (byStatus.get(String(p.status)) ?? 0) + 1);
    }
    expect(new Map(s.pairs.byStatus.map((b) => [b.status, b.count]))).toEqual(byStatus);
    // The roadmap judged on the report date: every item once; an overdue one is not done and its end has passed.
    expect(s.roadmap.byStatus.reduce((n, b) => n + b.count, 0)).toBe(school.roadmap.length);
    const byNumber = new Map(school.roadmap.map((r) => [String(r.number), r]));
    for (const o of s.roadmap.overdue) {
      expect(byNumber.get(o.number)!.doneDate ?? "").toBe("");
      expect(o.end! < "2026-11-21").toBe(true);
    }
  });

  it("lets no name, ID or contact of a participant through", async () => {
    const { stdout } = await cmn("snapshot", "--dir", dir);
    const people = [
      ...school.mentors.flatMap((m) => [m.id, m.name, m.contacts]),
      ...school.mentees.flatMap((m) => [m.id, m.name]),
      ...school.pairs.flatMap((p) => [p.pairId, p.mentorName, p.menteeName]),
    ]
      .map((v) => String(v ?? "").trim())
      .filter(Boolean);
    expect(people.length).toBeGreaterThan(150);
    expect(people.filter((p) => stdout.includes(p))).toEqual([]);
  });

  it("takes «Дата отчёта» from «Настройки.csv» when no --date is given", async () => {
    const { stdout } = await cmn("snapshot", "--dir", dir);
    expect(JSON.parse(stdout).reportDate).toBe("2026-09-01");
  });

  it.each([
    ["no --dir", ["snapshot"], 2, /Не указан путь к папке с CSV-файлами листов/],
    ["a missing folder", ["snapshot", "--dir", join(root, "нет")], 1, /Папка не найдена/],
    ["a date in the Russian form", ["snapshot", "--dir", root, "--date", "21.11.2026"], 2, /ожидается дата ГГГГ-ММ-ДД/],
    ["a folder without sheets", ["snapshot", "--dir", mkdtempSync(join(tmpdir(), "cmn-empty-"))], 1, /нет CSV-файлов/],
  ])("refuses %s in Russian", async (_what, args, exit, message) => {
    const { code, stderr, stdout } = await cmn(...(args as string[]));
    expect([code, stdout]).toEqual([exit, ""]);
    expect(stderr).toMatch(message);
  });

  it("refuses a folder whose «Настройки.csv» names no organisation", async () => {
    const bare = mkdtempSync(join(tmpdir(), "cmn-bare-"));
    writeCsv(bare, "Настройки", [
      ["Параметр", "Значение"],
      ["Организация", ""],
    ]);
    const { code, stderr } = await cmn("snapshot", "--dir", bare);
    expect(code).toBe(1);
    expect(stderr).toMatch(/не заполнена «Организация»/);
  });
});

describe("cmn rollup", () => {
  const district = generateDistrict({ schools: 6, cases: { 5: "zero" } });
  const dir = join(root, "district");
  mkdirSync(dir);
  district.schools.forEach((s, i) => writeFileSync(join(dir, `школа-${i}.json`), snapshotJson(s.snapshot, true)));
  writeFileSync(join(dir, "битый.json"), '{"format": "cmn-snapshot", "version": 1, ');
  writeFileSync(join(dir, "чужой.json"), JSON.stringify({ school: "СОШ", pupils: 500 }));
  writeFileSync(
    join(dir, "старый.json"),
    JSON.stringify({ ...district.schools[0].snapshot, version: 0, school: { name: "Старая", municipality: "" } }),
  );
  writeFileSync(join(dir, "readme.txt"), "не снимок");
  mkdirSync(join(dir, "папка.json"));

  interface Out {
    schools: Array<{ name: string; file: string; counted: boolean }>;
    indicators: Array<{
      code: string;
      numerator: number;
      denominator: number;
      fact: number;
      target: number | null;
      status: string;
    }>;
    missing: Array<{ file: string; school: string | null; reason: string }>;
  }

  it("totals the folder's snapshots by sums of numerators and denominators and names every file it skipped", async () => {
    const { code, stdout } = await cmn("rollup", dir);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Out;
    expect(out.schools.map((s) => s.file).sort()).toEqual(district.schools.map((_, i) => `школа-${i}.json`).sort());
    for (const total of out.indicators) {
      let numerator = 0;
      let denominator = 0;
      for (const s of district.schools) {
        const i = s.figures.indicators.find((x) => x.code === total.code)!;
        numerator += i.numerator!;
        denominator += i.denominator!;
      }
      expect([total.numerator, total.denominator]).toEqual([numerator, denominator]);
      expect(total.fact).toBeCloseTo(numerator / denominator, 6);
      expect(total.target).toBeNull();
      expect(total.status).toBe("нет цели");
    }
    expect(out.indicators).toHaveLength(8);
    expect(out.missing.map((m) => m.file)).toEqual(["битый.json", "папка.json", "старый.json", "чужой.json"]);
    expect(out.missing.find((m) => m.file === "папка.json")!.reason).toMatch(/не удалось прочитать файл/);
    expect(out.missing.find((m) => m.file === "старый.json")!.reason).toMatch(/старой версии/);
    expect(out.missing.find((m) => m.file === "чужой.json")!.reason).toMatch(/не снимок/);
    expect(out.missing.find((m) => m.file === "битый.json")!.reason).toMatch(/не JSON/);
  });

  it("lists snapshots older than --since as missing, and judges the district against --targets", async () => {
    const targets = join(root, "цели.csv");
    writeFileSync(
      targets,
      "Код;Показатель;Ед.;Цель 2025;Цель 2026\nmentees_10_18;Доля;%;10%;5%\nyoung_teachers;Молодые;%;;99\n" +
        // A row typed by name only: recognised by its wording, as in the school's «Показатели».
        ";Охват обучающихся программами наставничества;%;;30 %\n",
    );
    const old = join(root, "старые");
    mkdirSync(old);
    const stale = buildSnapshot(
      { ...district.schools[1].figures, reportDate: "2026-06-30" },
      { takenAt: "2026-06-30" },
    );
    writeFileSync(
      join(old, "летний.json"),
      snapshotJson({ ...stale, school: { ...stale.school, name: "Летняя школа" } }),
    );
    const { code, stdout } = await cmn("rollup", dir, old, "--since", "2026-10-01", "--targets", targets);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Out;
    expect(out.missing.find((m) => m.school === "Летняя школа")!.reason).toMatch(/данные на 30\.06\.2026/);
    const mentees = out.indicators.find((i) => i.code === "mentees_10_18")!;
    expect([mentees.target, mentees.status]).toEqual([0.05, "достигнуто"]);
    const young = out.indicators.find((i) => i.code === "young_teachers")!;
    expect([young.target, young.status]).toEqual([0.99, "не достигнуто"]);
    expect(out.indicators.find((i) => i.code === "pupils_coverage")!.target).toBe(0.3);
  });

  it("emits snapshot rows as newline-delimited JSON for bq load, skipped files named on stderr", async () => {
    const { code, stdout, stderr } = await cmn("rollup", dir, "--ndjson");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(district.schools.reduce((n, s) => n + snapshotRows(s.snapshot).length, 0));
    expect(lines.every((l) => typeof JSON.parse(l).kind === "string")).toBe(true);
    expect(
      stderr
        .split("\n")
        .filter(Boolean)
        .map((l) => l.split(":")[0])
        .sort(),
    ).toEqual(["битый.json", "папка.json", "старый.json", "чужой.json"].sort());
  });

  it("refuses a path that does not exist and a folder without snapshots", async () => {
    expect(await cmn("rollup", join(root, "нет.json"))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Нет такого файла или папки/),
    });
    const empty = mkdtempSync(join(tmpdir(), "cmn-none-"));
    expect(await cmn("rollup", empty)).toMatchObject({ code: 1, stderr: expect.stringMatching(/нет файлов \.json/) });
    expect(await cmn("rollup")).toMatchObject({ code: 2 });
  });
});
