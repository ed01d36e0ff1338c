/**
 * «Показатели»: the usual catalogue of domain.md with the school's targets for each programme year
 * (null where the school wrote «-»).
 */
export interface IndicatorRow {
  code: string;
  name: string;
  unit: string;
  targets: Record<string, number | null>;
}

/** Targets for the four programme years, first to last. */
const CATALOGUE: ReadonlyArray<{ code: string; name: string; targets: readonly (number | null)[] }> = [
  {
    code: "mentees_10_18",
    name: "Доля детей и молодёжи в возрасте от 10 до 18 лет, вошедших в программы наставничества в роли наставляемого",
    targets: [10, 20, 30, 40],
  },
  {
    code: "mentors_15_18",
    name: "Доля детей и молодёжи в возрасте от 15 до 18 лет, вошедших в программы наставничества в роли наставника",
    targets: [5, 8, 10, 12],
  },
  {
    code: "young_teachers",
    name: "Доля учителей – молодых специалистов (с опытом работы от 0 до 3 лет), вошедших в программы наставничества в роли наставляемого",
    targets: [50, 70, 90, 100],
  },
  {
    code: "mentee_satisfaction",
    name: "Уровень удовлетворённости наставляемых участием в программах наставничества (опросный)",
    targets: [60, 70, 80, 85],
  },
  {
    code: "mentor_satisfaction",
    name: "Уровень удовлетворённости наставников участием в программах наставничества (опросный)",
    targets: [60, 70, 75, 80],
  },
  { code: "pupils_coverage", name: "Охват обучающихся программами наставничества", targets: [10, 15, 25, 30] },
  {
    code: "teachers_coverage",
    name: "Охват педагогических работников программами наставничества",
    targets: [20, 30, 40, 50],
  },
  {
    code: "enterprises_share",
    name: "Доля организаций-партнёров, предоставивших наставников",
    targets: [null, 20, 40, 50],
  },
];

/** `years` are the programme years in order, e.g. ["2024", "2025", "2026", "2027"]. */
export function buildIndicators(years: readonly string[]): IndicatorRow[] {
  return CATALOGUE.map((item) => {
    const targets: Record<string, number | null> = {};
    years.forEach((year, i) => {
      // A programme longer than four years keeps its last target.
      targets[year] = item.targets[Math.min(i, item.targets.length - 1)];
    });
    return { code: item.code, name: item.name, unit: "%", targets };
  });
}
