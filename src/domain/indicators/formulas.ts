/**
 * The live formulas of «Показатели»: «Числитель» and «Знаменатель» of each catalogue indicator over the
 * named ranges of the bases (namedRanges.ts) and the per-row columns rowFormulas.ts keeps in them, and
 * «Факт» = CMN_SHARE(Числитель, Знаменатель). They state for Sheets what compute.ts states in TypeScript
 * (docs/indicators.md); a test evaluates both on the same workbook and compares.
 *
 * - A person counts when «Пар в году отчёта» > 0 (a pair of the year: rowFormulas.ts) and consent is
 *   ticked; the status in the base is not read. Consent columns hold checkboxes: TRUE() rather than the bare
 *   literal TRUE so HyperFormula (the emulator) parses it too — Sheets reads both.
 * - Ages come from «Возраст» (CMN_AGE of the birth date on CMN_Settings_AgeOn, or a typed age); a band
 *   «от A до B» is ≥ A and < B + CMN_Settings_AgeUpperPlus (1: B included, the default; 0: not).
 * - Satisfaction: answers of «Опросы» in the wave CMN_Settings_SatisfactionWave whose person counts in the
 *   year («Участник года отчёта»), «Итог» ≥ the threshold; over the participants of the year in that role,
 *   or over the respondents when «Знаменатель удовлетворённости» = «ответившие».
 * - Coverage: counted pupils (teachers) among the mentees plus those among the mentors who are not the
 *   same person as a counted mentee («Учтён как наставляемый» = 0).
 * - Enterprises: the sum of «Организация учтена» (1 on the first counted employer mentor of each organisation).
 * English function names and «,» separators, as Range.setFormula expects.
 */
import { DEFAULT_CATEGORIES } from "../workbook/defaults";
import { columnRangeName, contingentRangeName, settingRangeName } from "./namedRanges";

const PUPIL = DEFAULT_CATEGORIES[0];
const TEACHER = DEFAULT_CATEGORIES[1];
const MENTEE_ROLE = "наставляемый";
const MENTOR_ROLE = "наставник";
/** A COUNTIFS wildcard pattern for «Анкета» of the satisfaction questionnaires. */
const SATISFACTION = "*удовлетвор*";

/** A Sheets string literal. */
function q(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const M = (column: string) => columnRangeName("mentees", column);
const N = (column: string) => columnRangeName("mentors", column);
const S = (column: string) => columnRangeName("surveys", column);
const setting = settingRangeName;

function countifs(...parts: string[]): string {
  return `COUNTIFS(${parts.join(",")})`;
}

/** Criteria «counted in the report year»: a pair of the year, consent given. */
const counted = (base: (c: string) => string) => [base("inProgram"), q(">0"), base("consent"), "TRUE()"];

function ageBand(base: (c: string) => string, from: number, to: number): string[] {
  return [base("age"), q(`>=${from}`), base("age"), `"<"&(${to}+${setting("ageUpperPlus")})`];
}

function band(base: (c: string) => string, from: number, to: number): string {
  return countifs(...counted(base), base("category"), q(PUPIL), ...ageBand(base, from, to));
}

/** Answers of the wave CMN_Settings_SatisfactionWave by counted participants in `role`, «Итог» matching `total`. */
function waveAnswers(role: string, total: string): string {
  return countifs(
    S("counted"),
    q(">0"),
    S("role"),
    q(role),
    S("questionnaire"),
    q(SATISFACTION),
    S("wave"),
    setting("satisfactionWave"),
    S("total"),
    total,
  );
}

/**
 * Blank while the report year has no satisfaction wave with answers: no survey is not «0 % satisfied».
 * T(…) because the wave is text, and a name pointing at an empty cell reads as 0 in some engines.
 */
function satisfied(role: string): string {
  const satisfiedAnswers = waveAnswers(role, `">="&${setting("satisfactionThreshold")}`);
  return `IF(T(${setting("satisfactionWave")})="","",${satisfiedAnswers})`;
}

function satisfactionBase(role: string, base: (c: string) => string): string {
  const respondents = waveAnswers(role, q(">=0"));
  return `IF(LOWER(TRIM(${setting("satisfactionBase")}))="ответившие",${respondents},${countifs(...counted(base))})`;
}

function coverage(category: string): string {
  return (
    `${countifs(...counted(M), M("category"), q(category))}+` +
    countifs(...counted(N), N("category"), q(category), N("alsoMentee"), "0")
  );
}

interface Parts {
  numerator: string;
  /** The contingent key of the denominator, or an expression. */
  denominator: { contingent: string } | { expression: string };
}

/** What each catalogue indicator counts, as Sheets expressions. Keys are the catalogue's codes. */
const PARTS: Record<string, Parts> = {
  mentees_10_18: { numerator: band(M, 10, 18), denominator: { contingent: "pupils_10_18" } },
  mentors_15_18: { numerator: band(N, 15, 18), denominator: { contingent: "pupils_15_18" } },
  mentees_10_19: { numerator: band(M, 10, 19), denominator: { contingent: "pupils_10_19" } },
  mentors_15_19: { numerator: band(N, 15, 19), denominator: { contingent: "pupils_15_19" } },
  young_teachers: {
    numerator: countifs(...counted(M), M("category"), q(TEACHER), M("experience"), q(">=0"), M("experience"), q("<=3")),
    denominator: { contingent: "teachers_0_3" },
  },
  young_teachers_35: {
    numerator: countifs(
      ...counted(M),
      M("category"),
      q(TEACHER),
      M("experience"),
      q(">=0"),
      M("experience"),
      q("<=3"),
      M("age"),
      q("<35"),
    ),
    denominator: { contingent: "teachers_under_35_0_3" },
  },
  mentee_satisfaction: {
    numerator: satisfied(MENTEE_ROLE),
    denominator: { expression: satisfactionBase(MENTEE_ROLE, M) },
  },
  mentor_satisfaction: {
    numerator: satisfied(MENTOR_ROLE),
    denominator: { expression: satisfactionBase(MENTOR_ROLE, N) },
  },
  pupils_coverage: { numerator: coverage(PUPIL), denominator: { contingent: "pupils" } },
  teachers_coverage: { numerator: coverage(TEACHER), denominator: { contingent: "teachers" } },
  enterprises_share: { numerator: `SUM(${N("organisationCounted")})`, denominator: { contingent: "employers" } },
};

/** Codes that have live formulas. */
export const FORMULA_CODES: readonly string[] = Object.keys(PARTS);

/** «Числитель» of a catalogue indicator; null for a school's own indicator (typed by hand). */
export function numeratorFormula(code: string | null): string | null {
  const parts = code === null ? undefined : PARTS[code];
  return parts ? `=${parts.numerator}` : null;
}

/** «Знаменатель»: the contingent row (blank when the workbook has none), or the participants of the year. */
export function denominatorFormula(code: string | null): string | null {
  const parts = code === null ? undefined : PARTS[code];
  if (!parts) return null;
  const d = parts.denominator;
  const name = "contingent" in d ? contingentRangeName(d.contingent) : "";
  return "contingent" in d ? `=IFERROR(IF(${name}="","",${name}),"")` : `=${d.expression}`;
}

/** «Факт» = CMN_SHARE(Числитель, Знаменатель); blank while the denominator is blank or 0. */
export function factFromParts(numeratorCell: string, denominatorCell: string): string {
  return (
    `=IF(OR(${numeratorCell}="",${denominatorCell}="",N(${denominatorCell})=0),"",` +
    `CMN_SHARE(${numeratorCell},${denominatorCell}))`
  );
}

/** Is this formula one the add-on wrote into «Числитель»/«Знаменатель»/«Факт» (not a curator's own)? */
export function isAddonFormula(formula: string): boolean {
  return /CMN_SHARE\(|CMN_Mentees_|CMN_Mentors_|CMN_Surveys_|CMN_Contingent_/i.test(formula);
}

/** «Статус» of a fact against a target cell. */
export function statusFormula(factCell: string, targetCell: string): string {
  return `=CMN_STATUS(${factCell},${targetCell})`;
}
