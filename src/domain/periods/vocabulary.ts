/**
 * The words a deadline is written with, as data: months, ordinals, units, noise. Everything is matched
 * on normalised text (lower case, ё → е), so the tables hold lower-case forms only.
 */

/** Every case form and the usual abbreviations of each month. */
export const MONTH_FORMS: readonly { month: number; forms: readonly string[] }[] = [
  { month: 1, forms: ["январь", "января", "январе", "январю", "январем", "янв"] },
  { month: 2, forms: ["февраль", "февраля", "феврале", "февралю", "февралем", "фев", "февр"] },
  { month: 3, forms: ["март", "марта", "марте", "марту", "мартом", "мар"] },
  { month: 4, forms: ["апрель", "апреля", "апреле", "апрелю", "апрелем", "апр"] },
  { month: 5, forms: ["май", "мая", "мае", "маю", "маем"] },
  { month: 6, forms: ["июнь", "июня", "июне", "июню", "июнем", "июн"] },
  { month: 7, forms: ["июль", "июля", "июле", "июлю", "июлем", "июл"] },
  { month: 8, forms: ["август", "августа", "августе", "августу", "августом", "авг"] },
  { month: 9, forms: ["сентябрь", "сентября", "сентябре", "сентябрю", "сентябрем", "сен", "сент"] },
  { month: 10, forms: ["октябрь", "октября", "октябре", "октябрю", "октябрем", "окт"] },
  { month: 11, forms: ["ноябрь", "ноября", "ноябре", "ноябрю", "ноябрем", "ноя", "нояб"] },
  { month: 12, forms: ["декабрь", "декабря", "декабре", "декабрю", "декабрем", "дек"] },
];

/**
 * A misspelt month is accepted when it is one edit away from exactly one month's full form and is at
 * least this long (short words like «мае» are too close to ordinary words to guess).
 */
export const FUZZY_MONTH_MIN_LENGTH = 5;

/** Ordinal numbers as people write them before «квартал» / «полугодие». Roman numerals are Latin here. */
export const ORDINALS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  первый: 1,
  первого: 1,
  первом: 1,
  первое: 1,
  первая: 1,
  первой: 1,
  второй: 2,
  второго: 2,
  втором: 2,
  второе: 2,
  вторая: 2,
  третий: 3,
  третьего: 3,
  третьем: 3,
  третье: 3,
  третья: 3,
  четвертый: 4,
  четвертого: 4,
  четвертом: 4,
  четвертое: 4,
  четвертая: 4,
};

export const QUARTER_WORDS: ReadonlySet<string> = new Set(["квартал", "квартала", "квартале", "кварталу", "кв"]);
export const HALF_YEAR_WORDS: ReadonlySet<string> = new Set([
  "полугодие",
  "полугодия",
  "полугодии",
  "полугодье",
  "полугодья",
  "полугодию",
  "полугод",
]);

/** «г.», «г.г.», «гг.», «года» after a year. */
export const YEAR_WORDS: ReadonlySet<string> = new Set([
  "г",
  "гг",
  "год",
  "года",
  "году",
  "годы",
  "годов",
  "годах",
  "годом",
]);

/** «15 числа». */
export const DAY_OF_MONTH_WORDS: ReadonlySet<string> = new Set(["числа", "число", "чис"]);

/** Words that carry no date and no doubt: skipping them never changes the meaning. */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  "в",
  "во",
  "на",
  "за",
  "период",
  "периоде",
  "срок",
  "сроки",
  "включительно",
  "и",
  "а",
  "также",
  "всего",
  "текущего",
  "текущий",
  "текущем",
  "календарного",
  "календарный",
  "месяц",
  "месяца",
  "цмн",
]);

/** Years accepted as years (a lone 4-digit number outside is not a date). */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
