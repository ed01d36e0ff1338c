/**
 * The live per-row formulas of the bases: what the counting rules of docs/indicators.md (compute.ts and
 * roster.ts in TypeScript) say about one row, written into the row so the sheet stays right when a pair is
 * typed or approved by hand, with no script run.
 *
 * - «Возраст»: CMN_AGE of «Дата рождения» on the reference day (CMN_Settings_AgeOn); a row with no birth
 *   date keeps the age a curator typed (an old workbook; the check warns it goes stale).
 * - «В году отчёта» («Пары»): 1 when the pair puts its people in the programme in the report year: status
 *   «утверждена», «активна», «завершена», or «расторгнута» after a start; «Дата начала» blank or ≤ the
 *   year's last day; «Дата окончания» blank or ≥ its first day (CMN_Settings_YearStart / YearEnd).
 * - «Пар в году отчёта»: the person's pairs with «В году отчёта» = 1.
 * - «Учтён как наставляемый» (mentors): the same person is a counted mentee (same «Ключ персоны», or the
 *   mentee's ID as the key): coverage counts them once.
 * - «Организация учтена» (mentors): 1 on the first counted employer mentor of each organisation.
 * - «Участник года отчёта» («Опросы»): the answer's person is a counted participant of the year in that role.
 *
 * English function names and «,» separators, as Range.setFormula expects. `{key}` stands for this row's
 * cell of the column with that key; `{key:above}` for the column from row 1 to the row above.
 */
import { COUNTING_PAIR_STATUSES, DEFAULT_CATEGORIES, PAIR_STATUS } from "../workbook/defaults";
import type { RowFormulaKey, SheetKey } from "../workbook/sheets";
import { columnRangeName, settingRangeName } from "./namedRanges";

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;
const P = (column: string) => columnRangeName("pairs", column);

/**
 * «В году отчёта» of «Пары»: 1 when the pair row counts in the report year, else 0 (blank on an empty row, so
 * the row stays empty to the readers). One flag per pair makes a
 * person's count a COUNTIFS (linear, cached by the engine) instead of a product over every pair per person
 * (500 × 500 comparisons on each recalculation). A pair row typed by hand gets the formula from onEdit.
 */
function pairCounted(): string {
  const statuses = COUNTING_PAIR_STATUSES.map((s) => `{status}=${q(s)}`).join(",");
  const cancelled = `AND({status}=${q(PAIR_STATUS.cancelled)},{start}<>"")`;
  return (
    `=IF({menteeId}="","",IF(AND(OR(${statuses},${cancelled}),OR({start}="",{start}<=${settingRangeName("yearEnd")}),` +
    `OR({end}="",{end}>=${settingRangeName("yearStart")})),1,0))`
  );
}

/** The pairs of one person (by the ID column `idColumn` of «Пары») that count in the report year. */
function pairsInYear(idColumn: "mentorId" | "menteeId"): string {
  return `=IF({id}="",0,COUNTIFS(${P(idColumn)},{id},${P("countedInYear")},1))`;
}

const M = (column: string) => columnRangeName("mentees", column);
const N = (column: string) => columnRangeName("mentors", column);

/** A counted mentee of the year whose «Ключ персоны» (or, when blank, ID) is this row's key. */
const ALSO_MENTEE =
  `=IF({personKey}="",0,COUNTIFS(${M("personKey")},{personKey},${M("inProgram")},">0",${M("consent")},TRUE())` +
  `+COUNTIFS(${M("id")},{personKey},${M("personKey")},"",${M("inProgram")},">0",${M("consent")},TRUE()))`;

const EMPLOYER = DEFAULT_CATEGORIES[3];

const ORGANISATION_COUNTED =
  `=IF(AND({inProgram}>0,{consent}=TRUE(),LOWER({category})=${q(EMPLOYER)},{organisation}<>""),` +
  `IF(COUNTIFS({organisation:above},{organisation},{inProgram:above},">0",{consent:above},TRUE(),` +
  `{category:above},${q(EMPLOYER)})=0,1,0),0)`;

/**
 * A lookup, not a COUNTIFS: one MATCH per answer, which stops at the person's row (IDs are unique in a
 * register; the check names duplicates). Every answer's cell is recomputed when a register changes, so this
 * is what an answer costs: half as much work per row as a three-criteria COUNTIFS over the whole register.
 */
function counted(base: (c: string) => string): string {
  const at = (c: string) => `INDEX(${base(c)},MATCH({participantId},${base("id")},0))`;
  return `(${at("inProgram")}>0)*(${at("consent")}=TRUE())`;
}

const SURVEY_COUNTED =
  `=IF({participantId}="",0,IFERROR(IF(LOWER({role})="наставляемый",${counted(M)},` +
  `IF(LOWER({role})="наставник",${counted(N)},0)),0))`;

const TEMPLATES: Record<RowFormulaKey, string> = {
  age: `=IF({birthDate}="","",CMN_AGE({birthDate},${settingRangeName("ageOn")}))`,
  pairCounted: pairCounted(),
  menteePairs: pairsInYear("menteeId"),
  mentorPairs: pairsInYear("mentorId"),
  alsoMentee: ALSO_MENTEE,
  organisationCounted: ORGANISATION_COUNTED,
  surveyCounted: SURVEY_COUNTED,
};

function columnLetter(index0: number): string {
  let s = "";
  for (let n = index0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The formula of `key` for sheet row `row`, with `columns` the sheet's column key → 0-based index; null when
 * a column it refers to is missing from the sheet (the structure check names it).
 */
export function rowFormula(
  key: RowFormulaKey,
  row: number,
  columns: Readonly<Record<string, number>>,
  _sheet?: SheetKey,
): string | null {
  let missing = false;
  const out = TEMPLATES[key].replace(/\{(\w+)(:above)?\}/g, (_m, col: string, above?: string) => {
    const index = columns[col];
    if (index === undefined) {
      missing = true;
      return "";
    }
    const letter = columnLetter(index);
    return above ? `$${letter}$1:${letter}${row - 1}` : `${letter}${row}`;
  });
  return missing ? null : out;
}

/** A token only the add-on's formula of each column holds: such a formula is rewritten when columns move. */
const MARKERS: Record<RowFormulaKey, string> = {
  age: settingRangeName("ageOn"),
  pairCounted: settingRangeName("yearStart"),
  menteePairs: P("menteeId"),
  mentorPairs: P("mentorId"),
  alsoMentee: M("personKey"),
  organisationCounted: q(EMPLOYER) + ")=0",
  surveyCounted: N("inProgram"),
};

/** Is this the add-on's formula of `key` (not a curator's own)? */
export function isRowFormula(key: RowFormulaKey, formula: string): boolean {
  return formula.startsWith("=") && formula.includes(MARKERS[key]);
}
