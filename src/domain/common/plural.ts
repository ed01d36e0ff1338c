/**
 * Counts in Russian: every number the add-on shows next to a noun goes through here, so the noun agrees
 * with it («1 пара», «2 пары», «5 пар», «21 пара», «101 пара»; «в 2 ячейки», «в 5 ячеек»). The category
 * comes from Intl.PluralRules("ru") (one / few / many, and other for fractions, which takes the few form:
 * «1,5 года»); the arithmetic rule of Russian grammar is the fallback where Intl lacks Russian data.
 * Forms are given per use, since the case depends on the sentence. Year spans are written as the first
 * and last year with an en dash («2024–2027»).
 */
export type PluralForms = readonly [one: string, few: string, many: string];

type Category = "one" | "few" | "many";

let rules: Intl.PluralRules | null | undefined;

function intlRules(): Intl.PluralRules | null {
  if (rules === undefined) {
    try {
      const r = new Intl.PluralRules("ru");
      rules = r.resolvedOptions().locale.startsWith("ru") ? r : null;
    } catch {
      rules = null;
    }
  }
  return rules;
}

/** The grammar rule itself: the last two digits decide. Also the test oracle for Intl. */
export function ruleCategory(n: number): Category {
  const abs = Math.abs(n);
  if (!Number.isInteger(abs)) return "few";
  const d10 = abs % 10;
  const d100 = abs % 100;
  if (d10 === 1 && d100 !== 11) return "one";
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return "few";
  return "many";
}

function category(n: number): Category {
  const r = intlRules();
  if (!r) return ruleCategory(n);
  const c = r.select(n);
  return c === "one" || c === "many" ? c : "few"; // "few", and "other" (fractions) takes the few form
}

/** The noun's form for n: pluralForm(5, ["пара", "пары", "пар"]) → «пар». */
export function pluralForm(n: number, forms: PluralForms): string {
  return forms[{ one: 0, few: 1, many: 2 }[category(n)]];
}

/** A number as Russian text: decimal comma, a no-break space between thousands from 10 000 on. */
export function formatCount(n: number): string {
  const [int, frac] = String(Math.abs(n)).split(".");
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") : int;
  return `${n < 0 ? "−" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** The number and the agreeing noun: countOf(2, WORDS.cellAcc) → «2 ячейки». */
export function countOf(n: number, forms: PluralForms): string {
  return `${formatCount(n)} ${pluralForm(n, forms)}`;
}

/** A span of years as its ends: [2024, 2025, 2026, 2027] → «2024–2027»; one year → «2024»; none → «». */
export function yearSpan(years: ReadonlyArray<number | string>): string {
  const ys = years.map(Number).filter((y) => Number.isFinite(y));
  if (!ys.length) return "";
  const first = Math.min(...ys);
  const last = Math.max(...ys);
  return first === last ? String(first) : `${first}–${last}`;
}

/** The nouns the add-on counts, each in the case its sentences need. One table for every feature. */
export const WORDS = {
  cell: ["ячейка", "ячейки", "ячеек"],
  cellAcc: ["ячейку", "ячейки", "ячеек"],
  row: ["строка", "строки", "строк"],
  sheet: ["лист", "листа", "листов"],
  pair: ["пара", "пары", "пар"],
  group: ["группа", "группы", "групп"],
  mentor: ["наставник", "наставника", "наставников"],
  mentee: ["наставляемый", "наставляемых", "наставляемых"],
  participant: ["участник", "участника", "участников"],
  event: ["мероприятие", "мероприятия", "мероприятий"],
  indicator: ["показатель", "показателя", "показателей"],
  form: ["анкета", "анкеты", "анкет"],
  answer: ["ответ", "ответа", "ответов"],
  meeting: ["встреча", "встречи", "встреч"],
  error: ["ошибка", "ошибки", "ошибок"],
  warning: ["предупреждение", "предупреждения", "предупреждений"],
  note: ["замечание", "замечания", "замечаний"],
  year: ["год", "года", "лет"],
  grade: ["класс", "класса", "классов"],
  item: ["пункт", "пункта", "пунктов"],
  char: ["символ", "символа", "символов"],
  /** After «у»: «у 1 мероприятия», «у 5 мероприятий». */
  eventGen: ["мероприятия", "мероприятий", "мероприятий"],
} as const satisfies Record<string, PluralForms>;
