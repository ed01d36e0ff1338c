/**
 * The indicators (показатели эффективности) a school usually reports, as editable data. Each is a share
 * in percent = numerator / denominator × 100 with a target for each year. `match` says which words in a
 * school's own wording identify it (see match.ts); a curator's edited catalogue may add `aliases`.
 */
export type IndicatorCode =
  | "mentees_10_18"
  | "mentors_15_18"
  | "mentees_10_19"
  | "mentors_15_19"
  | "young_teachers"
  | "young_teachers_35"
  | "mentee_satisfaction"
  | "mentor_satisfaction"
  | "pupils_coverage"
  | "teachers_coverage"
  | "enterprises_share";

/** Features found in a name by match.ts (a table of patterns there). */
export type NameFeature =
  | "age10_18"
  | "age15_18"
  | "age10_19"
  | "age15_19"
  | "under35"
  | "firstYears"
  | "college"
  | "territory"
  | "enterprises"
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
  /** Qualifiers (QUALIFIERS in match.ts) this indicator's computation models; any other one in a name blocks the match. */
  models?: NameFeature[];
  /** Not in a new workbook's «Показатели»: recognised in a school's table only. */
  optional?: boolean;
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
    code: "mentees_10_19",
    name: "Доля детей и молодёжи в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого",
    numerator: "наставляемые-обучающиеся в возрасте от 10 до 19 лет",
    denominator: "обучающиеся в возрасте от 10 до 19 лет (контингент)",
    unit: "%",
    match: { all: ["age10_19", "asMentee"], any: ["pupils"], none: ["asMentor", "satisfaction"] },
    optional: true,
  },
  {
    code: "mentors_15_19",
    name: "Доля детей и молодёжи в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника",
    numerator: "наставники-обучающиеся в возрасте от 15 до 19 лет",
    denominator: "обучающиеся в возрасте от 15 до 19 лет (контингент)",
    unit: "%",
    match: { all: ["age15_19", "asMentor"], any: ["pupils"], none: ["asMentee", "satisfaction"] },
    optional: true,
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
    code: "young_teachers_35",
    name: "Доля учителей в возрасте до 35 лет, вошедших в программы наставничества в роли наставляемого, в первые три года работы",
    numerator: "наставляемые-педагоги моложе 35 лет со стажем от 0 до 3 лет",
    denominator: "педагоги моложе 35 лет со стажем от 0 до 3 лет (контингент)",
    unit: "%",
    match: {
      all: ["under35", "teachers"],
      any: ["asMentee", "firstYears", "young"],
      none: ["satisfaction", "asMentor"],
    },
    models: ["under35", "firstYears"],
    optional: true,
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
    code: "enterprises_share",
    name: "Доля предприятий (организаций), предоставивших наставников",
    numerator: "организации, из которых есть наставники-представители работодателя года отчёта",
    denominator: "предприятия и организации-партнёры, участвующие в деятельности школы (контингент)",
    unit: "%",
    aliases: ["Доля организаций-партнёров, предоставивших наставников"],
    match: { all: ["partners"], any: ["enterprises"], none: ["satisfaction"] },
  },
];

export function indicatorDef(
  code: string,
  catalogue: readonly IndicatorDef[] = DEFAULT_INDICATORS,
): IndicatorDef | undefined {
  return catalogue.find((d) => d.code === code);
}

/** Codes of earlier versions, read as today's (an old workbook's hidden code column). */
export const OLD_CODES: Readonly<Record<string, string>> = { partners_share: "enterprises_share" };
