/**
 * «Контингент» counted from the school's population: fact on 1 September of the school year, forecast a
 * year later (everyone a grade up, a new first grade, fewer pupils staying after grade 9).
 */
import type { DemoRandom } from "./random";
import type { PupilSlot, StaffSlot } from "./school";

export interface ContingentRow {
  code: string;
  name: string;
  fact: number | "";
  forecast: number | "";
  group?: "в том числе" | "из них";
}

type PupilFlag = "excellent" | "selfGovernment" | "publicOrganisation" | "preventionRegister" | "disability";

const PUPIL_SUBROWS: ReadonlyArray<{ flag: PupilFlag; name: string; trend: number }> = [
  { flag: "excellent", name: "обучающихся на «4» и «5», чел.", trend: 0.02 },
  { flag: "selfGovernment", name: "входящих в состав органов ученического самоуправления, чел.", trend: 0.01 },
  {
    flag: "publicOrganisation",
    name: "участвующих в деятельности общественных объединений (в т. ч. «Движение первых»), чел.",
    trend: 0.03,
  },
  { flag: "preventionRegister", name: "состоящих на профилактических учётах, чел.", trend: -0.005 },
  { flag: "disability", name: "обучающихся с ОВЗ, чел.", trend: 0 },
];

const BANDS: ReadonlyArray<{ code: string; name: string; from: number; to: number }> = [
  { code: "1.1", name: "численность обучающихся в 1–4 классах, чел.", from: 1, to: 4 },
  { code: "1.2", name: "численность обучающихся в 5–9 классах, чел.", from: 5, to: 9 },
  { code: "1.3", name: "численность обучающихся в 10–11 классах, чел.", from: 10, to: 11 },
];

export interface PartnerCounts {
  partners: number;
  partnersWithMentors: number;
  students: number;
}

const clampShare = (count: number, total: number, trend: number): number =>
  total === 0 ? 0 : Math.max(0, Math.min(total, Math.round(total * (count / Math.max(1, total) + trend))));

export function buildContingent(
  random: DemoRandom,
  pupils: readonly PupilSlot[],
  staff: readonly StaffSlot[],
  partners: PartnerCounts,
): ContingentRow[] {
  const byGrade = (g: number) => pupils.filter((p) => p.grade === g);
  // Forecast grade sizes: everyone moves up; two thirds stay for grade 10; a new first grade.
  const forecastGrade = (g: number): number => {
    if (g === 1) return Math.round(byGrade(1).length * (0.9 + random.int(0, 20) / 100));
    if (g === 10) return Math.round(byGrade(9).length * 0.62);
    return Math.max(0, byGrade(g - 1).length + random.int(-2, 2));
  };
  const forecastSizes = new Map<number, number>();
  for (let g = 1; g <= 11; g++) forecastSizes.set(g, forecastGrade(g));

  const rows: ContingentRow[] = [];
  const total = pupils.length;
  let totalForecast = 0;
  for (let g = 1; g <= 11; g++) totalForecast += forecastSizes.get(g) ?? 0;
  rows.push({ code: "1", name: "Численность обучающихся, чел.", fact: total, forecast: totalForecast });

  for (const band of BANDS) {
    const inBand = pupils.filter((p) => p.grade >= band.from && p.grade <= band.to);
    let bandForecast = 0;
    for (let g = band.from; g <= band.to; g++) bandForecast += forecastSizes.get(g) ?? 0;
    rows.push({ code: band.code, name: band.name, fact: inBand.length, forecast: bandForecast, group: "в том числе" });
    PUPIL_SUBROWS.forEach((sub, i) => {
      const fact = inBand.filter((p) => p[sub.flag]).length;
      rows.push({
        code: `${band.code}.${i + 1}`,
        name: sub.name,
        fact,
        forecast: clampShare(fact * (bandForecast / Math.max(1, inBand.length)), bandForecast, sub.trend),
        group: "из них",
      });
    });
  }

  // Ages as of the fact date; next year the same pupils are a year older (grade 11 leaves).
  const aged = (from: number, to: number) => pupils.filter((p) => p.age >= from && p.age <= to).length;
  const agedNextYear = (from: number, to: number) => {
    const stay = pupils.filter((p) => p.grade < 11 && p.age + 1 >= from && p.age + 1 <= to).length;
    return Math.min(totalForecast, stay);
  };
  rows.push({
    code: "1.4",
    name: "численность обучающихся в возрасте от 10 до 18 лет, чел.",
    fact: aged(10, 18),
    forecast: agedNextYear(10, 18),
    group: "из них",
  });
  rows.push({
    code: "1.4.1",
    name: "в возрасте от 15 до 18 лет, чел.",
    fact: aged(15, 18),
    forecast: agedNextYear(15, 18),
    group: "из них",
  });

  const teachers = staff.filter((s) => s.teacher);
  const others = staff.filter((s) => !s.teacher);
  const hires = random.int(1, 3);
  const leavers = random.int(0, 2);
  const staffForecast = staff.length + hires - leavers;
  rows.push({
    code: "2",
    name: "Численность педагогических работников, чел.",
    fact: staff.length,
    forecast: staffForecast,
  });
  rows.push({
    code: "2.1",
    name: "учителей, чел.",
    fact: teachers.length,
    forecast: teachers.length + hires - leavers,
    group: "в том числе",
  });
  rows.push({
    code: "2.2",
    name: "иных педагогических работников (педагог-психолог, социальный педагог, логопед, педагоги дополнительного образования), чел.",
    fact: others.length,
    forecast: others.length,
    group: "в том числе",
  });
  const staffRow = (code: string, name: string, pick: (s: StaffSlot) => boolean, forecastDelta: number) => {
    const fact = staff.filter(pick).length;
    rows.push({
      code,
      name,
      fact,
      forecast: Math.max(0, Math.min(staffForecast, fact + forecastDelta)),
      group: "из них",
    });
  };
  staffRow("2.3", "с высшей квалификационной категорией, чел.", (s) => s.qualification === "высшая", 1);
  staffRow("2.4", "с первой квалификационной категорией, чел.", (s) => s.qualification === "первая", 1);
  staffRow("2.5", "молодых специалистов со стажем работы от 0 до 3 лет, чел.", (s) => s.experience <= 3, hires - 1);
  staffRow("2.6", "со стажем работы свыше 25 лет, чел.", (s) => s.experience > 25, 0);
  staffRow("2.7", "в возрасте до 35 лет, чел.", (s) => s.age < 35, hires);
  staffRow(
    "2.8",
    "входящих в региональные ассоциации учителей и профессиональные сообщества, чел.",
    (s) => s.association,
    1,
  );

  rows.push({
    code: "3",
    name: "Количество работодателей (организаций, предприятий), принимающих активное участие в деятельности школы",
    fact: partners.partners,
    forecast: partners.partners + 1,
  });
  rows.push({
    code: "3.1",
    name: "из них предоставивших наставников",
    fact: partners.partnersWithMentors,
    forecast: Math.min(partners.partners + 1, partners.partnersWithMentors + 1),
    group: "из них",
  });
  const parents = Math.round(total * (0.07 + random.int(0, 4) / 100));
  rows.push({
    code: "4",
    name: "Численность родителей (законных представителей) обучающихся, принимающих активное участие в деятельности школы, чел.",
    fact: parents,
    forecast: parents + random.int(2, 8),
  });
  rows.push({
    code: "5",
    name: "Студенты организаций СПО и ВО, участвующие в программе наставничества, чел.",
    fact: partners.students,
    forecast: partners.students + 1,
  });
  rows.push({
    code: "6",
    name: "Иные субъекты, принимающие активное участие в деятельности школы (указать какие)",
    fact: "",
    forecast: "",
  });
  return rows;
}
