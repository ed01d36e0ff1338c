/**
 * The indicators (показатели эффективности) a school usually reports, as editable data. Each is a share
 * in percent = numerator / denominator × 100 with a target for each year. `match` says which words in a
 * school's own wording identify it (see match.ts); a curator's edited catalogue may add `aliases`.
 */
export type IndicatorCode =
  | "mentees_10_18"
  | "mentors_15_18"
  | "young_teachers"
  | "mentee_satisfaction"
  | "mentor_satisfaction"
  | "pupils_coverage"
  | "teachers_coverage"
  | "partners_share";

/** Features found in a name by match.ts (a table of patterns there). */
export type NameFeature =
  | "age10_18"
  | "age15_18"
  | "asMentee"
  | "asMentor"
  | "young"
  | "satisfaction"
  | "coverage"
  | "pupils"
  | "teachers"
  | "partners";

export interface IndicatorDef {
  code: string;
  /** The name as schools write it (the regional templates' wording). */
  name: string;
  numerator: string;
  denominator: string;
  unit: "%";
  /** Other exact wordings, compared after normalisation. */
  aliases?: string[];
  /** All `all` features present, no `none` feature present; each `any` present adds to the score. */
  match: { all: NameFeature[]; any?: NameFeature[]; none?: NameFeature[] };
}

export const DEFAULT_INDICATORS: readonly IndicatorDef[] = [
  {
    code: "mentees_10_18",
    name: "Доля детей и молодёжи в возрасте от 10 до 18 лет, вошедших в программы наставничества в роли наставляемого",
    numerator: "наставляемые-обучающиеся в возрасте от 10 до 18 лет",
    denominator: "обучающиеся в возрасте от 10 до 18 лет (контингент)",
    unit: "%",
    match: { all: ["age10_18", "asMentee"], any: ["pupils"], none: ["asMentor", "satisfaction"] },
  },
  {
    code: "mentors_15_18",
    name: "Доля детей и молодёжи в возрасте от 15 до 18 лет, вошедших в программы наставничества в роли наставника",
    numerator: "наставники-обучающиеся в возрасте от 15 до 18 лет",
    denominator: "обучающиеся в возрасте от 15 до 18 лет (контингент)",
    unit: "%",
    match: { all: ["age15_18", "asMentor"], any: ["pupils"], none: ["asMentee", "satisfaction"] },
  },
  {
    code: "young_teachers",
    name: "Доля учителей – молодых специалистов (опыт работы от 0 до 3 лет), вошедших в программы наставничества в роли наставляемого",
    numerator: "наставляемые-педагоги со стажем от 0 до 3 лет",
    denominator: "педагоги со стажем от 0 до 3 лет (контингент)",
    unit: "%",
    match: { all: ["young"], any: ["asMentee", "teachers"], none: ["satisfaction", "asMentor"] },
  },
  {
    code: "mentee_satisfaction",
    name: "Уровень удовлетворённости наставляемых участием в программах наставничества (опросный)",
    numerator: "наставляемые с итоговой оценкой не ниже порога удовлетворённости",
    denominator: "наставляемые, ответившие на анкету удовлетворённости",
    unit: "%",
    match: { all: ["satisfaction", "asMentee"], none: ["asMentor"] },
  },
  {
    code: "mentor_satisfaction",
    name: "Уровень удовлетворённости наставников участием в программах наставничества (опросный)",
    numerator: "наставники с итоговой оценкой не ниже порога удовлетворённости",
    denominator: "наставники, ответившие на анкету удовлетворённости",
    unit: "%",
    match: { all: ["satisfaction", "asMentor"], none: ["asMentee"] },
  },
  {
    code: "pupils_coverage",
    name: "Охват обучающихся программами наставничества",
    numerator: "обучающиеся в роли наставника или наставляемого",
    denominator: "все обучающиеся (контингент)",
    unit: "%",
    match: { all: ["coverage", "pupils"], none: ["teachers", "age10_18", "age15_18", "satisfaction"] },
  },
  {
    code: "teachers_coverage",
    name: "Охват педагогических работников программами наставничества",
    numerator: "педагоги в роли наставника или наставляемого",
    denominator: "все педагогические работники (контингент)",
    unit: "%",
    match: { all: ["coverage", "teachers"], none: ["pupils", "young", "satisfaction"] },
  },
  {
    code: "partners_share",
    name: "Доля организаций-партнёров, предоставивших наставников",
    numerator: "организации, из которых есть действующие наставники-представители работодателя",
    denominator: "организации-партнёры, активно участвующие в деятельности школы (контингент)",
    unit: "%",
    match: { all: ["partners"], none: ["satisfaction"] },
  },
];

export function indicatorDef(
  code: string,
  catalogue: readonly IndicatorDef[] = DEFAULT_INDICATORS,
): IndicatorDef | undefined {
  return catalogue.find((d) => d.code === code);
}
