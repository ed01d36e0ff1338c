/** Russian reasons a questionnaire answer is not accepted (they go to «Журнал ошибок»), in one place. */
import { countOf, formatCount, WORDS } from "../common/plural";

/** An answer quoted in a reason is shortened; the whole answer is in «Исходные данные» beside it. */
const QUOTED = 80;
export function clip(text: string): string {
  return text.length > QUOTED ? text.slice(0, QUOTED) + "…" : text;
}

export const ANSWER_MESSAGES = {
  unknownForm: (key: string) => `неизвестная анкета «${key}»`,
  malformed: (detail: string) => `ответ формы не читается: ${detail}`,
  required: (title: string) => `не заполнен обязательный вопрос «${title}»`,
  badValue: (title: string, value: string, expected: string) => `вопрос «${title}»: «${clip(value)}» — ${expected}`,
  badChoice: (title: string, value: string) => `вопрос «${title}»: «${clip(value)}» — такого варианта ответа нет`,
  tooLong: (title: string, length: number, limit: number) =>
    `вопрос «${title}»: ответ длиной ${countOf(length, WORDS.char)} больше предела ячейки Google Таблиц (${formatCount(limit)}) — ` +
    "ответ не записан в таблицу, он целиком сохранён в журнале ошибок",
  unknownPerson: (title: string, value: string, base: string) =>
    `вопрос «${title}»: «${clip(value)}» — нет такого участника в листе «${base}»`,
  ambiguousPerson: (title: string, value: string, base: string) =>
    `вопрос «${title}»: «${clip(value)}» — в листе «${base}» несколько участников с таким именем, выберите из списка код`,
  unknownPair: (title: string, value: string) => `вопрос «${title}»: «${clip(value)}» — нет такой пары в листе «Пары»`,
  sameChoiceTwice: (value: string) => `один и тот же участник выбран несколько раз: «${clip(value)}»`,
  ambiguousIdentity: (sheet: string, rows: number[]) =>
    `в листе «${sheet}» этому ответу соответствуют несколько строк (${rows.join(", ")}) — куратору нужно объединить их вручную`,
  gradeForPupil: (title: string) => `для обучающегося нужно указать класс (вопрос «${title}»)`,
  adultMismatch: (age: number, answer: string) =>
    `возраст ${age}, а на вопрос «Вам исполнилось 18 лет?» ответ «${clip(answer)}» — проверьте возраст`,
  minorNeedsGuardian: (age: number | undefined) =>
    `участнику ${age === undefined ? "" : `${countOf(age, WORDS.year)} `}нужно согласие родителя (законного представителя), а в ответе его нет`,
  noConsent: "нет согласия на обработку персональных данных — ответ не записан в базу",
  guardianNameMissing: "указано согласие родителя (законного представителя), но не указаны его ФИО",
  futureDate: (title: string, value: string) => `вопрос «${title}»: дата ${clip(value)} ещё не наступила`,
  badBirthDate: (title: string, value: string) =>
    `вопрос «${title}»: «${clip(value)}» — ожидается дата рождения участника от 5 до 99 лет`,
  roleMismatch: (code: string, owner: string, chosen: string) =>
    `личный код «${clip(code)}» выдан участнику листа «${owner}», а в ответе выбрана роль «${chosen}» — ответ не записан`,
  pairNotYours: (title: string, value: string) =>
    `вопрос «${title}»: «${clip(value)}» — это не пара участника с этим личным кодом; ответ не записан`,
  noPair: "у участника с этим личным кодом нет утверждённой или активной пары — обратная связь не записана",
  severalPairs: (title: string, pairs: readonly string[]) =>
    `у участника несколько пар (${pairs.join(", ")}) — нужно выбрать пару в вопросе «${title}»`,
  /** Prefix of a role in the meeting comment, so both partners' comments stay apart in one cell. */
  commentBy: (role: string, text: string) => `${role}: ${text}`,
  joinReasons: (reasons: readonly string[]) => reasons.join("; "),
} as const;

/** Who an answer is about (identity.ts): refusals, and the differences listed for a possible duplicate. */
export const IDENTITY_MESSAGES = {
  unknownCode: (code: string) =>
    `личный код «${clip(code)}» не выдан ни одному участнику — проверьте ссылку или спросите код у куратора; ответ не записан`,
  codeOfOtherSheet: (code: string, owner: string, sheet: string) =>
    `личный код «${clip(code)}» выдан участнику листа «${owner}», а эта анкета заполняет лист «${sheet}» — ответ не записан`,
  codeOfOtherPerson: (code: string, sheet: string, row: number) =>
    `личный код «${clip(code)}» выдан другому участнику (лист «${sheet}», строка ${row}): ФИО в ответе не совпадает — ` +
    "ответ не записан, строка владельца кода не изменена. Если участник сменил ФИО, исправьте его в листе и нажмите «Повторить обработку»",
  codeOnSeveralRows: (code: string, sheet: string, rows: readonly number[]) =>
    `личный код «${clip(code)}» записан в нескольких строках листа «${sheet}» (${rows.join(", ")}) — у каждого участника должен быть свой код; ответ не записан`,
  ambiguous: (sheet: string, rows: readonly number[]) =>
    `в листе «${sheet}» этому ответу соответствуют несколько строк (${rows.join(", ")}) — куратору нужно объединить их вручную`,
  differs: {
    category: (was: string, now: string) => `категория: ${was || "—"} → ${now || "—"}`,
    grade: (was: string, now: string) => `класс: ${was || "—"} → ${now || "—"}`,
    birthDate: (was: string, now: string) => `дата рождения: ${was} → ${now}`,
    age: (was: number, now: number) => `возраст: ${was} → ${now} (по дате рождения)`,
  },
} as const;

/** «История изменений» and personal links. */
export const HISTORY_MESSAGES = {
  fromAnswer: (form: string, when: string, verified: boolean | undefined) =>
    `${form}${when ? `, ответ от ${when}` : ""}` +
    (verified === true ? " (по личному коду)" : verified === false ? " (без личного кода)" : ""),
  restored: (when: string) => `восстановлено куратором (запись от ${when})`,
  merged: (older: string, newer: string) => `объединение дубликатов: ${newer} → ${older}`,
  removedRow: "(вся строка)",
  removed: "удалена",
} as const;

export const HISTORY_SOURCES = {
  pseudonymous: "режим псевдонимов: ФИО в листе «Пары» заменено кодом",
} as const;

export const LINK_TEXTS = {
  columns: { id: "ID", name: "ФИО", grade: "Класс", role: "Роль", code: "Личный код" },
  roles: { mentor: "наставник", mentee: "наставляемый" },
  title: "Личные ссылки на анкеты программы наставничества",
  intro:
    "Передайте каждому участнику его карточку (лично или в личном сообщении). Ссылка открывает анкету с уже " +
    "заполненным личным кодом: не пересылайте её другим — по ней отвечают от имени участника.",
} as const;

export const ERROR_LOG_MESSAGES = {
  part: (reason: string, n: number, total: number) => `${reason} (часть ${n} из ${total})`,
  pending: "нет",
} as const;
