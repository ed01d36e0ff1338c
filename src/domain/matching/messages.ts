/** Russian texts of the matching feature, in one place. */
import { countOf, WORDS } from "../common/plural";

const years = (n: number): string => countOf(n, WORDS.year);
const grades = (n: number): string => countOf(n, WORDS.grade);
const list = (items: readonly string[]): string => items.join(", ");

export const ROLE = {
  mentor: "наставник",
  mentee: "наставляемый",
  mentorGen: "наставника",
  menteeGen: "наставляемого",
} as const;

export const VIOLATION_MESSAGES = {
  inactive: (who: "mentor" | "mentee", status: string) => `${ROLE[who]}: статус «${status}»`,
  consentMentor: () => "нет согласия на обработку ПДн у наставника",
  consentMentee: () => "нет согласия на обработку ПДн у наставляемого (законного представителя)",
  noForm: () => "у наставляемого не указана желаемая форма",
  formNotTaken: (form: string, forms: readonly string[]) =>
    `наставник не работает в форме «${form}» (его формы: ${forms.length ? list(forms) : "не указаны"})`,
  categoryMentor: (form: string, allowed: readonly string[], actual: string) =>
    `в форме «${form}» наставник — ${list(allowed.map((c) => `«${c}»`))}, а указано «${actual}»`,
  categoryMentee: (form: string, allowed: readonly string[], actual: string) =>
    `в форме «${form}» наставляемый — ${list(allowed.map((c) => `«${c}»`))}, а указано «${actual}»`,
  gradeMissing: (who: "mentorGen" | "menteeGen") => `не указан класс ${ROLE[who]}`,
  gradeNotHigher: (mentor: number, mentee: number) =>
    `наставник (${mentor} класс) не старше наставляемого (${mentee} класс)`,
  levelNotHigher: (mentor: number, mentee: number, level: string) =>
    `наставник (${mentor} класс) не на более высокой ступени, чем наставляемый (${mentee} класс): оба — ${level}`,
  levelLower: (mentor: number, mentee: number) =>
    `наставник (${mentor} класс) на более низкой ступени, чем наставляемый (${mentee} класс)`,
  experienceMissing: (who: "mentorGen" | "menteeGen") => `не указан стаж ${ROLE[who]}`,
  experienceBelowMin: (experience: number, min: number) =>
    `стаж наставника ${years(experience)} — меньше минимального (${years(min)})`,
  experienceNotMore: (mentor: number, mentee: number) =>
    `стаж наставника (${years(mentor)}) не больше стажа наставляемого (${years(mentee)})`,
  samePerson: () => "это один и тот же человек в обеих базах",
  ended: (status: string) => `эта пара уже была и ${status} куратором`,
  capacity: (used: number, capacity: number) => `у наставника нет свободных мест (занято ${used} из ${capacity})`,
} as const;

/** Short names of the hard rules, for «чаще всего мешает …». */
export const RULE_LABELS = {
  inactive: "статус участника",
  consent: "нет согласия на обработку ПДн",
  form: "форма наставничества",
  category: "категория участника не подходит к форме",
  grade: "наставник должен быть старше по классу",
  experience: "стаж наставника",
  samePerson: "тот же человек",
  ended: "пара уже была расторгнута или завершена",
  capacity: "нет свободных мест",
} as const;

export const SCORE_REASONS = {
  requests: (tags: readonly string[]) => `запросы: ${list(tags)}`,
  subject: (subject: string) => `тот же предмет: ${subject}`,
  mutual: () => "взаимный выбор",
  chosenByMentee: () => "выбор наставляемого",
  chosenByMentor: () => "выбор наставника",
  roleModelNeed: (need: string) => `под потребность: ${need}`,
  /** ОВЗ and ТЖС are not named in the pair list, which is shown more widely than the base. */
  roleModelSpecialNeeds: () => "под особые потребности",
  roleModelRequest: (request: string) => `под запрос: ${request}`,
  roleModelYoung: (experience: number) => `молодой специалист (стаж ${years(experience)})`,
  gradeGap: (gap: number) => `разница ${grades(gap)}`,
  experienceGap: (gap: number) => `разница в стаже ${years(gap)}`,
  ageGap: (gap: number) => `разница в возрасте ${years(gap)}`,
  locked: () => "закреплена куратором",
  kept: (status: string) => `пара ${status}`,
} as const;

export const UNMATCHED_REASONS = {
  invalidRow: (row: number) => `строка ${row} с ошибками — не участвует в подборе, исправьте её`,
  noForm: () => "не указана желаемая форма наставничества",
  noConsent: () => "нет согласия на обработку ПДн (законного представителя)",
  noMentorOfForm: (form: string) => `нет наставников в форме «${form}»`,
  noCapacity: (compatible: number) =>
    `все подходящие наставники (${compatible}) заняты: мест не осталось — увеличьте «Макс. наставляемых» или добавьте наставников`,
  noCompatible: (form: string, rule: string, count: number, total: number) =>
    `нет совместимого наставника в форме «${form}»: чаще всего мешает — ${rule} (${count} из ${total})`,
} as const;

export const INPUT_MESSAGES = {
  cell: (sheet: string, row: number, column: string, value: string, expected: string) =>
    `${sheet}, строка ${row}, «${column}»: «${value}» — ${expected}`,
  required: (sheet: string, row: number, column: string) =>
    `${sheet}, строка ${row}, «${column}»: не заполнено — обязательное поле`,
  expectCount: () => "ожидается целое число ≥ 0",
  expectNumber: () => "ожидается число ≥ 0",
  expectGrade: () => "ожидается класс от 1 до 11, например «7» или «7Б»",
  expectYesNo: () => "ожидается «да» или «нет»",
  expectListValue: (what: string, values: readonly string[]) => `нет в справочнике ${what} (${list(values)})`,
  expectRole: () => "ожидается «наставник» или «наставляемый»",
  duplicateId: (sheet: string, row: number, id: string, rows: readonly number[]) =>
    `${sheet}, строка ${row}, «ID»: «${id}» повторяется (строки ${list(rows.map(String))}) — ID должен быть уникальным, строки не участвуют в подборе`,
  emptyBase: (sheet: string) => `${sheet}: нет ни одной строки`,
  missingColumn: (sheet: string, column: string) => `${sheet}: нет столбца «${column}»`,
  noForm: (sheet: string, row: number, column: string) =>
    `${sheet}, строка ${row}, «${column}»: не заполнено — наставляемый не участвует в подборе, пока не указана форма`,
  pairUnknown: (sheet: string, row: number, who: "mentorGen" | "menteeGen", id: string) =>
    `${sheet}, строка ${row}: ${ROLE[who]} с ID «${id}» нет среди допустимых строк базы — пара не учитывается`,
  keptPairBreaksRule: (sheet: string, row: number, mentorId: string, menteeId: string, violations: readonly string[]) =>
    `${sheet}, строка ${row}: пара ${mentorId} – ${menteeId} сохранена, но нарушает правила: ${violations.join("; ")}`,
  menteeInTwoPairs: (sheet: string, row: number, menteeId: string, otherRow: number) =>
    `${sheet}, строка ${row}: наставляемый «${menteeId}» уже в действующей паре (строка ${otherRow})`,
  mentorOverCapacity: (mentorId: string, kept: number, capacity: number) =>
    `Наставники: у наставника «${mentorId}» действующих пар ${kept}, а «Макс. наставляемых» — ${capacity}`,
  preferenceUnknown: (sheet: string, row: number, id: string) =>
    `${sheet}, строка ${row}: участника с ID «${id}» нет в базах — выбор не учитывается`,
  settingsValue: (sheet: string, label: string, value: string, expected: string) =>
    `${sheet}, «${label}»: «${value}» — ${expected}`,
  settingsUnknown: (sheet: string, key: string) => `${sheet}: неизвестный параметр «${key}»`,
  settingsZeroWeights: (sheet: string) => `${sheet}: все веса подбора равны 0 — хотя бы один вес должен быть больше 0`,
  expectGradeRule: () => "ожидается «класс» или «ступень»",
} as const;

export const SHEET_NAMES_GENITIVE = {
  forms: "форм",
  categories: "категорий",
  participantStatuses: "статусов участников",
  pairStatuses: "статусов пар",
} as const;

export const MATCH_CLI_MESSAGES = {
  summary: "Подбор наставнических пар: лучшие пары по базам наставников и наставляемых (CSV), с причинами",
  mentorsFile: "файл базы наставников (--mentors)",
  menteesFile: "файл базы наставляемых (--mentees)",
  settingsNotJson: (path: string, reason: string) => `Файл настроек ${path} — не JSON: ${reason}`,
  settingsNotObject: (path: string) => `Файл настроек ${path}: ожидается объект {"параметр": значение}`,
  settingsInvalid: (problems: readonly string[]) => `Настройки подбора с ошибками:\n${problems.join("\n")}`,
} as const;

/** Re-scoring pairs in «Пары» (a hand swap, «Пересчитать пары»), and the sheet and sidebar summary texts. */
export const REVIEW_MESSAGES = {
  brokenRules: (violations: readonly string[]) => `⚠ нарушает правила: ${violations.join("; ")}`,
  unknownPerson: (who: "mentorGen" | "menteeGen", id: string) =>
    `⚠ ${ROLE[who]} с ID «${id}» нет среди допустимых строк базы`,
  menteeInTwoPairs: (menteeId: string, rows: readonly number[]) =>
    `наставляемый «${menteeId}» ещё в одной паре (строки ${list(rows.map(String))})`,
  /** Toast after a hand swap (simple trigger). */
  swapTitle: "Пары: смена наставника",
  swapBroken: (row: number, violations: readonly string[]) =>
    `Строка ${row}: пара нарушает правила — ${violations.join("; ")}`,
  swapOk: (row: number, score: number) => `Строка ${row}: совместимость пересчитана — ${score}`,
  swapUnknown: (row: number, problems: readonly string[]) =>
    `Строка ${row}: ${problems.map((p) => p.replace(/^⚠\s*/, "")).join("; ")}`,
  pairBroken: (sheet: string, row: number, mentorId: string, menteeId: string, violations: readonly string[]) =>
    `${sheet}, строка ${row}: пара ${mentorId} – ${menteeId} нарушает правила: ${violations.join("; ")}`,
  pairUnknown: (sheet: string, row: number, text: string) => `${sheet}, строка ${row}: ${text.replace(/^⚠\s*/, "")}`,
  sheetMissing: (name: string) => `Нет листа «${name}». Выполните «Создать листы книги» в меню «Наставничество (ЦМН)».`,
  settingsBlocked:
    "Настройки подбора с ошибками: исправьте их на листе «Настройки» — пары не подбирались, лист «Пары» не изменён.",
  matched: (matched: number, mentees: number, proposed: number) =>
    `Подобрано: ${matched} из ${mentees} наставляемых; новых предложений — ${proposed}. Проверьте и утвердите пары.`,
  nothingToMatch: "Нет наставляемых, которых можно подобрать: проверьте листы «Наставники» и «Наставляемые».",
  approved: (n: number) => (n ? `Утверждено пар: ${n}.` : "Нет предложенных пар для утверждения."),
  locked: (n: number, locked: boolean) => (locked ? `Закреплено пар: ${n}.` : `Снято закрепление: ${n}.`),
  recomputed: (n: number, broken: number) =>
    broken
      ? `Пересчитано пар: ${n}; нарушают правила: ${broken} — см. список.`
      : `Пересчитано пар: ${n}; все пары соблюдают правила.`,
  unknownPairIds: (ids: readonly string[]) => `В листе «Пары» нет предложенных пар с ID: ${list(ids)}`,
} as const;

/** Headings of the groups of mentees left without a pair. */
export const UNMATCHED_GROUPS = {
  invalidRow: () => "строки с ошибками в данных",
  noConsent: () => "нет согласия на обработку ПДн",
  noForm: () => "не указана желаемая форма",
  noMentorOfForm: (form: string) => `нет наставников в форме «${form}»`,
  noCapacity: (form: string) => `подходящие наставники заняты — нет мест («${form}»)`,
  noCompatible: (form: string) => `нет совместимого наставника в форме «${form}»`,
} as const;
