/**
 * A district of demo schools for the municipal roll-up: each school is seeded figures (the aggregates a
 * school's workbook would compute), turned into a snapshot by the add-on's own `buildSnapshot` and
 * written into an emulated workbook by the add-on's own snapshot writer. Cheap enough for 300 schools.
 *
 * Some schools are made to fail the way real ones do: `cases` maps a school's index to what is wrong
 * with it (no access, deleted, no snapshot, a snapshot of an older format version, data older than the
 * period, or a school whose figures are all zero).
 */
import type { Emulator } from "../index";
import type { LoadedBundle } from "../bundleRunner";
import { MUNICIPAL_SETTINGS, MUNICIPAL_SHEETS } from "../../src/domain/workbook/municipal";
import { SHEETS } from "../../src/domain/workbook/sheets";
import { targetColumns } from "../../src/sheets/indicatorsSheet";
import { readTable, writeTable, zoneOf } from "../../src/sheets/table";
import { buildSnapshot, type SchoolFigures, type Snapshot } from "../../src/domain/snapshot/index";
import { DEFAULT_FORMS, ROADMAP_STATUSES } from "../../src/domain/workbook/defaults";
import { writeSnapshotSheet } from "../../src/sheets/snapshotSheet";
import { buildIndicators } from "./indicators";
import { NameBook } from "./names";
import { DemoRandom } from "./random";
import { SECTIONS } from "./roadmapPlan";
import { SCHOOL } from "./texts";

export type DistrictCase = "ok" | "noAccess" | "deleted" | "noSnapshot" | "oldVersion" | "stale" | "zero";

export interface DemoDistrictSchool {
  index: number;
  name: string;
  curator: string;
  case: DistrictCase;
  /** The figures the school computed (a school with no snapshot has them too, unsent). */
  figures: SchoolFigures;
  snapshot: Snapshot;
}

export interface DemoDistrict {
  municipality: string;
  reportDate: string;
  schools: DemoDistrictSchool[];
}

export interface DistrictOptions {
  seed?: number;
  schools?: number;
  /** YYYY-MM-DD: the schools' report date (stale schools report a quarter earlier). */
  today?: string;
  cases?: Readonly<Record<number, DistrictCase>>;
}

/** The failures a 30-school test district shows, one of each. */
export const DEFAULT_CASES: Readonly<Record<number, DistrictCase>> = {
  3: "noAccess",
  7: "noSnapshot",
  11: "oldVersion",
  15: "zero",
  19: "stale",
  23: "deleted",
};

const TOWNS = ["Новоозёрска", "Заречного", "Сосновки", "Кременёва", "Лугового", "Берёзовки", "Ключей", "Ясного"];
const PROGRAM_YEARS = ["2024", "2025", "2026", "2027"];

const share = (random: DemoRandom, denominator: number, from: number, to: number) =>
  Math.min(denominator, Math.round(denominator * (from + (random.int(0, 1000) / 1000) * (to - from))));

function schoolName(index: number): string {
  const town = TOWNS[index % TOWNS.length];
  return index % 4 === 3
    ? `МБОУ «ООШ с. ${town.replace(/а$/, "о")} № ${index + 1}»`
    : `МБОУ «СОШ № ${index + 1}» г. ${town}`;
}

function figuresOf(random: DemoRandom, name: string, reportDate: string, zero: boolean): SchoolFigures {
  const z = (n: number) => (zero ? 0 : n);
  const targets = buildIndicators(PROGRAM_YEARS);
  const year = reportDate.slice(0, 4);
  const target = (code: string) => {
    const t = targets.find((r) => r.code === code)?.targets[year];
    return t === null || t === undefined ? null : t / 100;
  };
  const pupils10 = z(random.int(120, 900));
  const pupils15 = z(random.int(40, Math.max(41, Math.round(pupils10 / 3))));
  const pupils = z(pupils10 + random.int(80, 400));
  const young = z(random.int(0, 9));
  const teachers = z(random.int(20, 120));
  const partners = z(random.int(0, 10));
  const menteeParticipants = z(random.int(10, 150));
  const mentorParticipants = z(random.int(5, 60));
  const menteeAnswered = share(random, menteeParticipants, 0.3, 1);
  const mentorAnswered = share(random, mentorParticipants, 0.4, 1);
  const menteeSatisfied = share(random, menteeAnswered, 0.5, 1);
  const mentorSatisfied = share(random, mentorAnswered, 0.5, 1);
  const mentees10 = share(random, pupils10, 0.05, 0.45);
  const mentors15 = share(random, pupils15, 0.02, 0.2);
  const indicator = (code: string, numerator: number, denominator: number) => ({
    code,
    name: targets.find((r) => r.code === code)!.name,
    numerator,
    denominator,
    target: target(code),
  });
  const forms = DEFAULT_FORMS.slice(0, zero ? 0 : random.int(2, 4));
  const byForm = forms.map((form) => {
    const pairs = random.int(2, 30);
    return {
      form,
      mentors: random.int(1, pairs),
      mentees: pairs + random.int(0, 10),
      pairs,
      activePairs: random.int(0, pairs),
    };
  });
  const allPairs = byForm.reduce((n, f) => n + f.pairs, 0);
  const active = byForm.reduce((n, f) => n + f.activePairs, 0);
  const items = SECTIONS.flatMap((s) => s.items);
  const overdueCount = zero ? 0 : random.int(0, 4);
  const done = zero ? 0 : random.int(5, items.length - overdueCount);
  const overdue = random.sample(items, overdueCount).map((item, i) => ({
    number: `${i + 2}.${random.int(1, 9)}`,
    title: item.title.replace(/\{Y\}/g, "2026").replace(/\{Y1\}/g, "2027"),
    end: `2026-${String(random.int(9, 10)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
  }));
  return {
    school: { name, municipality: SCHOOL.municipality },
    reportDate,
    academicYear: "2026-2027",
    targetYear: Number(year),
    indicators: [
      indicator("mentees_10_18", mentees10, pupils10),
      indicator("mentors_15_18", mentors15, pupils15),
      indicator("young_teachers", share(random, young, 0.3, 1), young),
      indicator("mentee_satisfaction", menteeSatisfied, menteeAnswered),
      indicator("mentor_satisfaction", mentorSatisfied, mentorAnswered),
      indicator("pupils_coverage", Math.min(pupils, mentees10 + mentors15 + share(random, pupils, 0, 0.1)), pupils),
      indicator("teachers_coverage", share(random, teachers, 0.1, 0.6), teachers),
      indicator("enterprises_share", share(random, partners, 0, 1), partners),
    ],
    byForm,
    pairsByStatus: zero
      ? []
      : [
          { status: "утверждена", count: allPairs - active - Math.floor((allPairs - active) / 2) },
          { status: "активна", count: active },
          { status: "завершена", count: Math.floor((allPairs - active) / 2) },
        ].filter((s) => s.count > 0),
    roadmapByStatus: zero
      ? []
      : [
          { status: ROADMAP_STATUSES[0], count: done },
          { status: ROADMAP_STATUSES[1], count: overdueCount },
          { status: ROADMAP_STATUSES[2], count: items.length - done - overdueCount },
        ].filter((s) => s.count > 0),
    overdue,
    satisfaction: [
      { role: "mentor", participants: mentorParticipants, answered: mentorAnswered, satisfied: mentorSatisfied },
      { role: "mentee", participants: menteeParticipants, answered: menteeAnswered, satisfied: menteeSatisfied },
    ],
  };
}

export function generateDistrict(options: DistrictOptions = {}): DemoDistrict {
  const seed = options.seed ?? 2026;
  const count = options.schools ?? 30;
  const today = options.today ?? "2026-11-21";
  const cases = options.cases ?? DEFAULT_CASES;
  const random = new DemoRandom(seed);
  const names = new NameBook(random);
  const schools: DemoDistrictSchool[] = [];
  for (let index = 0; index < count; index++) {
    const kind = cases[index] ?? "ok";
    const name = schoolName(index);
    const reportDate = kind === "stale" ? "2026-06-30" : today;
    const figures = figuresOf(new DemoRandom(seed * 1000 + index), name, reportDate, kind === "zero");
    schools.push({
      index,
      name,
      curator: names.next("adult").full,
      case: kind,
      figures,
      snapshot: buildSnapshot(figures, { takenAt: reportDate }),
    });
  }
  return { municipality: SCHOOL.municipality, reportDate: today, schools };
}

/**
 * Each school as a workbook of the emulated Drive (its snapshot on the hidden sheet, as «Отправить в
 * муниципалитет» writes it, plus a base the municipality must never read), then access removed or the
 * file deleted where the case says so. Returns each school's link, as the coordinator pastes it.
 */
export function loadDistrict(
  emu: Emulator,
  district: DemoDistrict,
): Array<{ school: DemoDistrictSchool; link: string }> {
  const out: Array<{ school: DemoDistrictSchool; link: string }> = [];
  for (const school of district.schools) {
    const book = emu.spreadsheets.create(`${school.name} — программа наставничества`);
    const base = book.getSheets()[0];
    base.setName("Наставляемые");
    base.getRange(1, 1, 2, 2).setValues([
      ["ID", "ФИО (или код)"],
      ["НЯ-0001", "Участник не должен покинуть школу"],
    ]);
    if (school.case === "oldVersion")
      writeSnapshotSheet(book, { ...school.snapshot, version: 0 } as unknown as Snapshot);
    else if (school.case !== "noSnapshot") writeSnapshotSheet(book, school.snapshot);
    const link = book.getUrl();
    if (school.case === "noAccess") emu.spreadsheets.denyAccess(book.getId());
    if (school.case === "deleted") emu.spreadsheets.remove(book.getId());
    out.push({ school, link });
  }
  emu.calls.reset();
  return out;
}

/** The municipality's own targets for the demo (fractions), per indicator code and year. */
export const DEMO_DISTRICT_TARGETS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  mentees_10_18: { "2025": 0.15, "2026": 0.25, "2027": 0.35 },
  mentors_15_18: { "2025": 0.07, "2026": 0.1, "2027": 0.12 },
  young_teachers: { "2025": 0.6, "2026": 0.8, "2027": 1 },
  mentee_satisfaction: { "2025": 0.7, "2026": 0.8, "2027": 0.85 },
  mentor_satisfaction: { "2025": 0.7, "2026": 0.75, "2027": 0.8 },
  pupils_coverage: { "2025": 0.15, "2026": 0.25, "2027": 0.3 },
  teachers_coverage: { "2025": 0.3, "2026": 0.4, "2027": 0.5 },
  enterprises_share: { "2025": 0.2, "2026": 0.4, "2027": 0.5 },
};

/**
 * The coordinator's workbook: a new spreadsheet made active, «Создать книгу муниципалитета» run by the
 * real bundle, then the municipality's name, its targets and the schools with their links typed in
 * (`extra` adds schools such as the demo school itself). Returns the workbook's id.
 */
export function loadMunicipality(
  emu: Emulator,
  bundle: LoadedBundle,
  district: DemoDistrict,
  links: ReadonlyArray<{ school: { name: string; curator: string }; link: string }>,
): string {
  const book = emu.spreadsheets.create(`${district.municipality} — наставничество`);
  emu.spreadsheets.setActive(book.getId());
  bundle.run("createMunicipalWorkbook", {});
  const ss = emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

  const zone = zoneOf(ss);
  const settings = readTable(ss.getSheetByName(SHEETS.settings.name)!, SHEETS.settings, { zone });
  const label = (key: string) => MUNICIPAL_SETTINGS.find((s) => s.key === key)!.label;
  writeTable(
    settings,
    settings.rows
      .filter((r) => r.cells.key === label("municipality") || r.cells.key === label("coordinator"))
      .map((r) => ({
        rowNumber: r.rowNumber,
        cells: { value: r.cells.key === label("municipality") ? district.municipality : "Отдел общего образования" },
      })),
  );

  const targets = readTable(ss.getSheetByName(MUNICIPAL_SHEETS.targets.name)!, MUNICIPAL_SHEETS.targets, { zone });
  const years = targetColumns(targets.header);
  for (const [year, index] of years) targets.columns[`target${year}`] = index;
  writeTable(
    targets,
    targets.rows.map((r) => ({
      rowNumber: r.rowNumber,
      cells: Object.fromEntries(
        [...years.keys()].map((y) => [`target${y}`, DEMO_DISTRICT_TARGETS[String(r.cells.code)]?.[y] ?? ""]),
      ),
    })),
  );

  const schools = readTable(ss.getSheetByName(MUNICIPAL_SHEETS.schools.name)!, MUNICIPAL_SHEETS.schools, { zone });
  writeTable(
    schools,
    links.map((l) => ({ cells: { name: l.school.name, curator: l.school.curator, link: l.link } })),
  );
  emu.calls.reset();
  return book.getId();
}
