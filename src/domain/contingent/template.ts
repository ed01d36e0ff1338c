/**
 * The default «Контингент» table a new workbook starts with: the rows of a real school's programme
 * (ООШ с. Талон, section 4) generalised to a full secondary school, plus the rows the indicators need
 * (pupils aged 10–18 and 15–18, teachers with 0–3 years' experience).
 *
 * Keys are stable: the named range CMN_Contingent_<key> points at the row's «Факт» cell and the
 * indicator formulas use it, so a curator may rename or renumber a row without breaking them.
 * `recognise` lets an imported table (another school's wording) find its keyed rows.
 */
import type { ChildRelation } from "./model";

export interface TemplateRow {
  code: string;
  name: string;
  key: string;
  relation: ChildRelation | null;
  /** Patterns (on a lower-cased, ё→е, single-spaced name) that identify this row in a pasted table. */
  recognise?: RegExp[];
}

const PUPIL_SUBROWS: ReadonlyArray<{ suffix: string; name: string; key: string }> = [
  { suffix: "1", name: "обучающихся на «4» и «5», чел.", key: "good_marks" },
  { suffix: "2", name: "входящих в состав органов ученического самоуправления школы, чел.", key: "self_government" },
  {
    suffix: "3",
    name: "принимающих участие в деятельности общественных организаций, чел.",
    key: "public_organisations",
  },
  { suffix: "4", name: "состоящих на профилактических учетах, чел.", key: "prevention_register" },
];

function gradeBand(code: string, grades: string, band: string): TemplateRow[] {
  return [
    { code, name: `численность обучающихся в ${grades} классах, чел.`, key: `pupils_${band}`, relation: "including" },
    ...PUPIL_SUBROWS.map((s) => ({
      code: `${code}.${s.suffix}`,
      name: s.name,
      key: `pupils_${band}_${s.key}`,
      relation: "ofWhich" as const,
    })),
  ];
}

export const CONTINGENT_TEMPLATE: readonly TemplateRow[] = [
  {
    code: "1",
    name: "Численность обучающихся, чел.",
    key: "pupils",
    relation: null,
    recognise: [/^численность обучающихся,? (чел|всего)/],
  },
  ...gradeBand("1.1", "1-4", "1_4"),
  ...gradeBand("1.2", "5-9", "5_9"),
  ...gradeBand("1.3", "10-11", "10_11"),
  {
    code: "1.4",
    name: "численность обучающихся в возрасте от 10 до 18 лет, чел.",
    key: "pupils_10_18",
    relation: "ofWhich",
    recognise: [/(от )?10 (до|-) 18 лет/],
  },
  {
    code: "1.5",
    name: "численность обучающихся в возрасте от 15 до 18 лет, чел.",
    key: "pupils_15_18",
    relation: "ofWhich",
    recognise: [/(от )?15 (до|-) 18 лет/],
  },
  {
    code: "2",
    name: "Численность педагогических работников, чел.",
    key: "teachers",
    relation: null,
    recognise: [/^численность педагогических работников/],
  },
  // The sample marks these «в том числе», but they overlap (a young teacher may have a category): «из них».
  {
    code: "2.1",
    name: "численность педагогов с первой квалификационной категорией, чел.",
    key: "teachers_first_category",
    relation: "ofWhich",
  },
  {
    code: "2.2",
    name: "численность педагогов с высшей квалификационной категорией, чел.",
    key: "teachers_top_category",
    relation: "ofWhich",
  },
  {
    code: "2.3",
    name: "численность педагогов — молодых специалистов (стаж от 0 до 3 лет), чел.",
    key: "teachers_0_3",
    relation: "ofWhich",
    recognise: [/стаж\S* (работы )?(от 0 )?до 3 лет/, /молод\S* специалист/, /(от )?0 (до|-) 3 лет/],
  },
  {
    code: "2.4",
    name: "численность педагогов со стажем свыше 25 лет, чел.",
    key: "teachers_over_25_years",
    relation: "ofWhich",
  },
  {
    code: "2.5",
    name: "численность педагогов в возрасте до 35 лет, чел.",
    key: "teachers_under_35",
    relation: "ofWhich",
  },
  {
    code: "2.6",
    name: "численность педагогов, входящих в состав региональных ассоциаций учителей, общественных организаций, чел.",
    key: "teachers_associations",
    relation: "ofWhich",
  },
  {
    code: "3",
    name: "Количество работодателей (организаций, учреждений, предприятий), принимающих активное участие в деятельности школы",
    key: "employers",
    relation: null,
    recognise: [/работодател/, /организаций-партнер/, /партнер/],
  },
  {
    code: "4",
    name: "Численность родителей (законных представителей) обучающихся, принимающих активное участие в деятельности школы",
    key: "parents",
    relation: null,
    recognise: [/^численность родителей/],
  },
  {
    code: "5",
    name: "Иные субъекты, принимающие активное участие в деятельности школы (указать какие)",
    key: "others",
    relation: null,
    recognise: [/^иные субъекты/],
  },
];

/** Keys the indicator formulas need, with the indicator that needs each (for «missing row» warnings). */
export const REQUIRED_KEYS: ReadonlyArray<{ key: string; usedBy: string }> = [
  { key: "pupils_10_18", usedBy: "mentees_10_18" },
  { key: "pupils_15_18", usedBy: "mentors_15_18" },
  { key: "teachers_0_3", usedBy: "young_teachers" },
  { key: "pupils", usedBy: "pupils_coverage" },
  { key: "teachers", usedBy: "teachers_coverage" },
  { key: "employers", usedBy: "enterprises_share" },
];

export function templateRow(key: string): TemplateRow | undefined {
  return CONTINGENT_TEMPLATE.find((r) => r.key === key);
}
