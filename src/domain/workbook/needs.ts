/**
 * The columns each command cannot do without, by sheet. The structure guard (sheets/structureGuard.ts)
 * checks them on the header a command reads anyway and stops the command when one is missing, instead of
 * reading blanks and writing nowhere. Decisions:
 * - a list names what the command reads or writes; the columns sheets.ts marks `required` are always
 *   added (`neededColumns`), so a column made required there is guarded everywhere at once;
 * - a command that can do with a blank cell still needs its column: «Пары» without «Статус» reads every
 *   pair as a blank-status one, which is how matching came to ignore active pairs;
 * - the lists are keys of sheets.ts (a unit test holds every key to it).
 */
import { SHEETS, type SheetKey, type SheetSpec } from "./sheets";

export type Needs = Partial<Record<SheetKey, readonly string[]>>;

const PERSON = ["id", "name", "category", "grade", "age", "experience", "subject", "consent", "status"] as const;
const PAIR = ["pairId", "mentorId", "mentorName", "menteeId", "menteeName", "form", "status", "locked"] as const;

export const NEEDS = {
  /**
   * A questionnaire answer: the columns it is matched and its lists built by (what the submit trigger reads
   * of each register); the columns the answer writes are checked on the row itself when it is written.
   */
  answers: {
    mentors: ["id", "name", "category", "grade", "birthDate", "age", "consent", "contacts", "status", "code"],
    mentees: ["id", "name", "category", "grade", "birthDate", "age", "consent", "status", "code"],
    pairs: ["pairId", "mentorId", "mentorName", "menteeId", "menteeName", "status"],
    preferences: ["participantId"],
    meetings: ["pairId", "date", "type"],
    surveys: ["participantId", "questionnaire", "stage", "wave", "academicYear"],
  },
  /** «Подобрать пары»: what matching reads of every base (domain/matching/input.ts) and writes to «Пары». */
  matching: {
    mentors: [...PERSON, "competencies", "forms", "capacity"],
    mentees: [...PERSON, "requests", "needs", "form"],
    preferences: ["participantId", "role", "choice1", "choice2", "choice3"],
    pairs: [...PAIR, "roleModel", "score", "reasons"],
  },
  /** Listing, approving, locking and re-scoring «Пары». */
  pairs: {
    pairs: [...PAIR, "roleModel", "score", "reasons", "start"],
  },
  /** «Построить отчёт». */
  report: {
    mentors: ["id", "name", "forms", "status", "consent"],
    mentees: ["id", "name", "form", "status", "consent"],
    pairs: ["pairId", "mentorId", "menteeId", "mentorName", "menteeName", "form", "status"],
    roadmap: ["number", "title", "status", "end"],
    meetings: ["pairId", "date"],
    surveys: ["participantId", "role", "questionnaire", "stage", "total"],
  },
  /** «Закрыть учебный год»: pairs archived and ended, people's status and dates (sheets/yearSheet.ts). */
  closeYear: {
    pairs: ["pairId", "mentorId", "menteeId", "status", "start", "end", "archived"],
    mentors: ["id", "status", "joined", "ended"],
    mentees: ["id", "status", "joined", "ended"],
  },
  /** «Журнал ошибок»: written by the submit trigger, read and marked by «Повторить обработку». */
  errorLog: {
    errors: ["date", "source", "row", "reason", "raw", "state"],
  },
} as const satisfies Record<string, Needs>;

export type CommandKey = keyof typeof NEEDS;

/** The column keys `command` needs in `sheet`: its list plus the sheet's required columns, in sheet order. */
export function neededColumns(command: Needs, sheet: SheetKey | SheetSpec): string[] {
  const spec = typeof sheet === "string" ? SHEETS[sheet] : sheet;
  const listed = new Set<string>(command[spec.key as SheetKey] ?? []);
  return spec.columns.filter((c) => c.required || listed.has(c.key)).map((c) => c.key);
}
