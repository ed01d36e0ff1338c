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
  /** Prefix of a role in the meeting comment, so both partners' comments stay apart in one cell. */
  commentBy: (role: string, text: string) => `${role}: ${text}`,
  joinReasons: (reasons: readonly string[]) => reasons.join("; "),
} as const;

export const ERROR_LOG_MESSAGES = {
  part: (reason: string, n: number, total: number) => `${reason} (часть ${n} из ${total})`,
  pending: "нет",
} as const;
