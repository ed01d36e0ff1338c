/** Russian texts of the matching feature, in one place. */
import { countOf, formatCount as num, pluralForm, WORDS } from "../common/plural";
import { formatDateRu as ruDate } from "../common/dates";

const years = (n: number): string => countOf(n, WORDS.year);
const grades = (n: number): string => countOf(n, WORDS.grade);
const list = (items: readonly string[]): string => items.join(", ");
/** Names the role model whose rule is broken, so the curator sees where the rule comes from. */
const because = (model: string): string => ` — так требует ролевая модель «${model}»`;

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
  gradeMissing: (who: "mentorGen" | "menteeGen", model: string) => `не указан класс ${ROLE[who]}${because(model)}`,
  gradeNotHigher: (mentor: number, mentee: number, model: string) =>
    `наставник (${mentor} класс) не старше наставляемого (${mentee} класс)${because(model)}`,
  gradeLower: (mentor: number, mentee: number, model: string) =>
    `наставник (${mentor} класс) младше наставляемого (${mentee} класс)${because(model)}`,
  levelNotHigher: (mentor: number, mentee: number, level: string, model: string) =>
    `наставник (${mentor} класс) не на более высокой ступени, чем наставляемый (${mentee} класс): оба — ${level}${because(model)}`,
  levelLower: (mentor: number, mentee: number, model: string) =>
    `наставник (${mentor} класс) на более низкой ступени, чем наставляемый (${mentee} класс)${because(model)}`,
  experienceMissing: (who: "mentorGen" | "menteeGen", model: string) => `не указан стаж ${ROLE[who]}${because(model)}`,
  experienceIncomparable: (model: string) =>
    `стаж нельзя сравнить: у одного указан только общий стаж, у другого — только стаж в организации${because(model)}`,
  experienceBelowMin: (experience: number, min: number) =>
    `стаж наставника ${years(experience)} — меньше минимального (${years(min)})`,
  /** Each pair is [mentor, mentee] years, given when both are known. */
  experienceNotMore: (total: [number, number] | undefined, tenure: [number, number] | undefined, model: string) =>
    (total && tenure
      ? `стаж наставника не больше, чем у наставляемого: общий — ${num(total[0])} и ${years(total[1])}, в организации — ${num(tenure[0])} и ${years(tenure[1])}`
      : total
        ? `стаж наставника (${years(total[0])}) не больше стажа наставляемого (${years(total[1])})`
        : `стаж наставника в организации (${years((tenure as [number, number])[0])}) не больше, чем у наставляемого (${years((tenure as [number, number])[1])})`) +
    because(model),
  notAdmitted: (reasons: readonly string[]) =>
    `наставник не допущен к работе с несовершеннолетними: ${reasons.join("; ")}`,
  samePerson: () => "это один и тот же человек в обеих базах",
  ended: (status: string) => `эта пара уже была и ${status} куратором`,
  capacity: (used: number, capacity: number) => `у наставника нет свободных мест (занято ${used} из ${capacity})`,
} as const;

/** What a mentor lacks to work with minors (vetting.ts). */
export const VETTING_MESSAGES = {
  noTraining: () => "не пройдено обучение",
  noInterview: () => "не пройдено собеседование",
  noCertificate: () => "нет справки о несудимости (не указана дата)",
  certificateFuture: (date: string) => `дата справки о несудимости ${ruDate(date)} — в будущем`,
  certificateOld: (date: string, months: number) => `справка о несудимости от ${ruDate(date)} старше ${months} мес.`,
} as const;

/** Short names of the hard rules, for «чаще всего мешает …». */
export const RULE_LABELS = {
  inactive: "статус участника",
  consent: "нет согласия на обработку ПДн",
  form: "форма наставничества",
  category: "категория участника не подходит к форме",
  vetting: "наставник не допущен к работе с несовершеннолетними",
  grade: "класс наставника, которого требует ролевая модель",
  experience: "стаж наставника, которого требует ролевая модель",
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

/** The values of a role model's rules in «Справочники». */
export const ROLE_MODEL_RULE_LABELS = {
  seniority: {
    none: "нет",
    sameOrHigher: "тот же класс или старше",
    higher: "старше по классу",
    higherLevel: "старше по ступени",
  },
  experience: { any: "любой", more: "больше, чем у наставляемого" },
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
  expectDate: () => "ожидается дата, например «01.09.2026»",
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
  roleModelRule: (sheet: string, row: number | undefined, column: string, value: string, allowed: readonly string[]) =>
    `${sheet}${row !== undefined ? `, строка ${row}` : ""}, «${column}»: «${value}» — ожидается одно из: ${list(allowed.map((a) => `«${a}»`))}; пока действует значение по умолчанию`,
  settingsZeroWeights: (sheet: string) => `${sheet}: все веса подбора равны 0 — хотя бы один вес должен быть больше 0`,
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
  swapBusy: (row: number) =>
    `Строка ${row}: лист «Пары» сейчас занят подбором или анкетой — совместимость не пересчитана. Нажмите «Пересчитать пары», когда подбор закончится.`,
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
  pairsChangedDuringRun:
    "Лист «Пары» меняли, пока шёл подбор, и ещё раз во время повтора: пары не записаны. Подождите, пока правки закончатся, и запустите подбор снова.",
  nothingToMatch: "Нет наставляемых, которых можно подобрать: проверьте листы «Наставники» и «Наставляемые».",
  approved: (n: number, plans = 0) =>
    n
      ? `Утверждено пар: ${n}.${plans ? ` В «Планы пар» добавлены строки для заполнения: ${plans}.` : ""}`
      : "Нет предложенных пар для утверждения.",
  locked: (n: number, locked: boolean) => (locked ? `Закреплено пар: ${n}.` : `Снято закрепление: ${n}.`),
  recomputed: (n: number, broken: number) =>
    broken
      ? `Пересчитано пар: ${n}; нарушают правила: ${broken} — см. список.`
      : `Пересчитано пар: ${n}; все пары соблюдают правила.`,
  unknownPairIds: (ids: readonly string[]) => `В листе «Пары» нет предложенных пар с ID: ${list(ids)}`,
} as const;

/** What helps the curator decide (advice.ts): bands, the average's meaning, the fix for each group left. */
export const ADVICE = {
  bands: { good: "хорошо", fair: "средне", weak: "слабо" },
  average: (average: number, band: string) => `Средняя совместимость пар — ${num(average)} из 100 (${band}).`,
  scale: (
    p: { requests: number; subject: number; preference: number; roleModel: number; gap: number },
    [good, fair]: readonly number[],
  ) =>
    `100 — это запросы наставляемого, покрытые компетенциями наставника (${p.requests} %), тот же предмет (${p.subject} %), ` +
    `взаимный выбор после встречи (${p.preference} %), подходящая ролевая модель (${p.roleModel} %) и удачная разница ` +
    `в классе или стаже (${p.gap} %). Хорошо — от ${good}, средне — от ${fair} до ${good - 1}, слабо — ниже ${fair}.`,
  grades: (from: number, to: number) => (from === to ? ` для ${from} класса` : ` для ${from}–${to} классов`),
  fixCapacity: (mentors: number, places: number, form: string, grades: string) =>
    `Не хватает ${mentors} ${pluralForm(mentors, ["наставника", "наставников", "наставников"])} формы «${form}»${grades} ` +
    `(мест: ${places}): найдите ещё наставников или увеличьте «Макс. наставляемых» у нынешних.`,
  fixNoMentor: (form: string, grades: string, waiting: number) =>
    `Нет свободного наставника формы «${form}»${grades} (ждут: ${waiting}): найдите наставников этой формы.`,
  fixVetting: (form: string) =>
    `Наставники формы «${form}» не допущены к несовершеннолетним: отметьте в «Наставниках» обучение, собеседование и дату справки о несудимости, как требуют «Настройки».`,
  fixGrade: (grades: string) =>
    `Нужны наставники старше по классу${grades} — или ролевая модель, которая допускает тот же класс («Справочники»).`,
  fixExperience: () =>
    "Нужны наставники с бо́льшим стажем (общим или в организации) — или ролевая модель без требования к стажу («Справочники»).",
  fixCategory: (form: string) => `Проверьте «Категорию» участников: она не подходит к форме «${form}».`,
  fixMentorConsent: () => "У наставников нет согласия на обработку ПДн: получите и отметьте его в «Наставниках».",
  fixEnded: (form: string) =>
    `Подходящие пары уже были расторгнуты или завершены: найдите новых наставников формы «${form}».`,
  fixConsent: () =>
    "Получите согласие на обработку ПДн (у несовершеннолетних — законного представителя) и отметьте его в «Наставляемых».",
  fixForm: () => "Укажите «Желаемую форму» в «Наставляемых».",
  fixRows: () => "Исправьте строки с ошибками: ссылки — в «Замечаниях к данным».",
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
