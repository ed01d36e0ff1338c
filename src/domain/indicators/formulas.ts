/**
 * The «Факт» formulas of the catalogue indicators: live Sheets formulas over the named ranges of
 * namedRanges.ts, wrapped in CMN_SHARE, so the sheet stays right when a curator adds a mentee by hand.
 * English function names and comma separators, as Range.setFormula expects.
 *
 * Assumptions, each a choice the bases allow:
 * - A participant counts when their category matches, their status is not «выбыл» (blank counts: a new
 *   row) and the consent box is ticked (data without consent are not processed). Consent columns hold
 *   checkboxes (booleans); TRUE() rather than the bare literal TRUE so HyperFormula (the emulator) parses
 *   it too — Sheets reads both.
 * - Ages are the «Возраст» column in full years (CMN_AGE fills it from a birth date); 10–18 and 15–18 are
 *   inclusive. Young specialists: «Стаж, лет» from 0 to 3 inclusive, category «педагог», in «Наставляемые».
 * - Satisfaction: rows of «Опросы» whose «Анкета» contains «удовлетвор», «Роль» is the mentee or mentor
 *   role, and «Итог» is the overall 1–10 score; satisfied = Итог ≥ the threshold in «Настройки»
 *   (CMN_Settings_SatisfactionThreshold). One questionnaire per participant and period is assumed (the
 *   forms layer keeps the latest); nobody answered gives 0/0 = 0.
 * - Coverage: pupils (teachers) in «Наставляемые» plus those in «Наставники», over the contingent total.
 *   A person listed in both bases is counted twice: IDs differ between the bases, a formula cannot tell.
 * - Partners: distinct «Организация» values among counted mentors of category «представитель
 *   работодателя», over the contingent row of employers taking an active part in the school. The distinct
 *   count is SUMPRODUCT(c / COUNTIFS(…)) under ARRAYFORMULA (HyperFormula needs it for array arithmetic,
 *   Sheets accepts it).
 */
import { DEFAULT_CATEGORIES, PARTICIPANT_STATUSES } from "../workbook/defaults";
import { columnRangeName, contingentRangeName, settingRangeName } from "./namedRanges";

export interface FormulaRefs {
  pupilCategory: string;
  teacherCategory: string;
  employerCategory: string;
  withdrawnStatus: string;
  menteeRole: string;
  mentorRole: string;
  /** A COUNTIFS wildcard pattern for «Анкета» of satisfaction questionnaires. */
  satisfactionQuestionnaire: string;
  /** The contingent key of each denominator (a school may keep its own row under another key). */
  contingent: {
    pupils_10_18: string;
    pupils_15_18: string;
    teachers_0_3: string;
    pupils: string;
    teachers: string;
    employers: string;
  };
}

export const DEFAULT_REFS: FormulaRefs = {
  pupilCategory: DEFAULT_CATEGORIES[0],
  teacherCategory: DEFAULT_CATEGORIES[1],
  employerCategory: DEFAULT_CATEGORIES[3],
  withdrawnStatus: PARTICIPANT_STATUSES[3],
  menteeRole: "наставляемый",
  mentorRole: "наставник",
  satisfactionQuestionnaire: "*удовлетвор*",
  contingent: {
    pupils_10_18: "pupils_10_18",
    pupils_15_18: "pupils_15_18",
    teachers_0_3: "teachers_0_3",
    pupils: "pupils",
    teachers: "teachers",
    employers: "employers",
  },
};

/** A Sheets string literal. */
function q(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const M = (column: string) => columnRangeName("mentees", column);
const N = (column: string) => columnRangeName("mentors", column);
const S = (column: string) => columnRangeName("surveys", column);

/** Criteria pairs «counted participant» of a base: not withdrawn, consent given. */
function counted(base: (c: string) => string, refs: FormulaRefs): string[] {
  return [base("status"), q(`<>${refs.withdrawnStatus}`), base("consent"), "TRUE()"];
}

function countifs(...parts: string[]): string {
  return `COUNTIFS(${parts.join(",")})`;
}

function inBand(base: (c: string) => string, column: string, from: number, to: number): string[] {
  return [base(column), q(`>=${from}`), base(column), q(`<=${to}`)];
}

function satisfied(role: string, refs: FormulaRefs): string {
  const who = [S("role"), q(role), S("questionnaire"), q(refs.satisfactionQuestionnaire)];
  const part = countifs(...who, S("total"), `">="&${settingRangeName("satisfactionThreshold")}`);
  const total = countifs(...who, S("total"), q(">=0"));
  return `${part},${total}`;
}

function distinctPartners(refs: FormulaRefs): string {
  const c =
    `(${N("category")}=${q(refs.employerCategory)})*(${N("status")}<>${q(refs.withdrawnStatus)})` +
    `*(${N("organisation")}<>"")*(${N("consent")}=TRUE())`;
  const sameOrg = countifs(
    N("organisation"),
    `${N("organisation")}&""`,
    N("category"),
    q(refs.employerCategory),
    ...counted(N, refs),
  );
  return `ARRAYFORMULA(SUMPRODUCT(${c}/(${sameOrg}+1-${c})))`;
}

type Builder = (refs: FormulaRefs) => string;

/** The CMN_SHARE arguments (part, total) of each catalogue indicator. */
const BUILDERS: Record<string, Builder> = {
  mentees_10_18: (r) =>
    `${countifs(M("category"), q(r.pupilCategory), ...inBand(M, "age", 10, 18), ...counted(M, r))},${contingentRangeName(r.contingent.pupils_10_18)}`,
  mentors_15_18: (r) =>
    `${countifs(N("category"), q(r.pupilCategory), ...inBand(N, "age", 15, 18), ...counted(N, r))},${contingentRangeName(r.contingent.pupils_15_18)}`,
  young_teachers: (r) =>
    `${countifs(M("category"), q(r.teacherCategory), ...inBand(M, "experience", 0, 3), ...counted(M, r))},${contingentRangeName(r.contingent.teachers_0_3)}`,
  mentee_satisfaction: (r) => satisfied(r.menteeRole, r),
  mentor_satisfaction: (r) => satisfied(r.mentorRole, r),
  pupils_coverage: (r) =>
    `${countifs(M("category"), q(r.pupilCategory), ...counted(M, r))}+${countifs(N("category"), q(r.pupilCategory), ...counted(N, r))},${contingentRangeName(r.contingent.pupils)}`,
  teachers_coverage: (r) =>
    `${countifs(M("category"), q(r.teacherCategory), ...counted(M, r))}+${countifs(N("category"), q(r.teacherCategory), ...counted(N, r))},${contingentRangeName(r.contingent.teachers)}`,
  enterprises_share: (r) => `${distinctPartners(r)},${contingentRangeName(r.contingent.employers)}`,
};

/** Codes that have a live fact formula. */
export const FORMULA_CODES: readonly string[] = Object.keys(BUILDERS);

/** The «Факт» formula of a catalogue indicator; null for a school's own indicator (typed by hand). */
export function factFormula(code: string | null, refs: FormulaRefs = DEFAULT_REFS): string | null {
  if (code === null) return null;
  const build = BUILDERS[code];
  return build ? `=CMN_SHARE(${build(refs)})` : null;
}

/** The «Статус» formula: fact against the target of the report year, e.g. statusFormula("H2", "F2"). */
export function statusFormula(factCell: string, targetCell: string): string {
  return `=CMN_STATUS(${factCell},${targetCell})`;
}
