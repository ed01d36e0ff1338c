/**
 * The spreadsheet locales the emulator models, as data: how typed text is read (decimal and grouping
 * separators, date order, words for TRUE/FALSE, currency signs) and how values are shown (separators,
 * default date patterns, month names). A Russian school's spreadsheet is ru_RU; en_US is Sheets' own
 * default. Separators and month names follow CLDR, which Sheets' formats follow (see CONFORMANCE.md).
 */
import { EN_MONTHS, MONTHS_GENITIVE_RU } from "../core/time";

export interface LocaleSpec {
  id: string;
  /** Decimal separator shown, and the one read first. */
  decimal: "," | ".";
  /** Grouping separator shown. */
  group: string;
  /** Characters read as grouping separators between groups of three digits. */
  groupInput: string;
  /** Order of day and month in a numeric date («21.11.2026» is DMY, «11/21/2026» is MDY). */
  dateOrder: "DMY" | "MDY";
  /** Separators of a numeric day-month(-year) date. */
  dateSeparators: string;
  /** Words read as booleans (upper case). */
  trueWords: readonly string[];
  falseWords: readonly string[];
  /** Currency signs read before or after a number, with the format the cell then gets. */
  currencies: ReadonlyArray<{ sign: string; format: string }>;
  /** Text shown before «%» of a percentage format. */
  percentGap: string;
  /** Default patterns of cells whose format is automatic. */
  formats: { date: string; dateTime: string; time: string };
  /** Month names: shown by MMMM (genitive where the language has one) and MMM; all of them are read. */
  monthsFull: readonly string[];
  monthsShort: readonly string[];
  monthsRead: ReadonlyArray<readonly string[]>;
  /** Words shown by «am/pm» in a pattern. */
  ampm: readonly [string, string];
}

const RU_NOMINATIVE = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];
const RU_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."];

/** Each month's spellings a person may type: full forms and their first three letters. */
const readForms = (...lists: Array<readonly string[]>): string[][] =>
  Array.from({ length: 12 }, (_, m) => {
    const forms = new Set<string>();
    for (const list of lists) {
      const word = list[m].toLowerCase().replace(/\.$/, "");
      forms.add(word);
      forms.add(word.slice(0, 3));
    }
    return [...forms];
  });

const NBSP = "\u00a0";
const SPACES = ` ${NBSP}\u202f`;

export const LOCALES: Record<string, LocaleSpec> = {
  ru_RU: {
    id: "ru_RU",
    decimal: ",",
    group: NBSP,
    groupInput: SPACES,
    dateOrder: "DMY",
    dateSeparators: "./-",
    trueWords: ["TRUE", "ИСТИНА"],
    falseWords: ["FALSE", "ЛОЖЬ"],
    currencies: [
      { sign: "₽", format: `#,##0.00${NBSP}"₽"` },
      { sign: "руб.", format: `#,##0.00${NBSP}"₽"` },
      { sign: "р.", format: `#,##0.00${NBSP}"₽"` },
      { sign: "$", format: `"$"#,##0.00` },
      { sign: "€", format: `#,##0.00${NBSP}"€"` },
    ],
    percentGap: NBSP,
    formats: { date: "dd.MM.yyyy", dateTime: "dd.MM.yyyy H:mm:ss", time: "H:mm:ss" },
    monthsFull: MONTHS_GENITIVE_RU,
    monthsShort: RU_SHORT,
    monthsRead: readForms(MONTHS_GENITIVE_RU, RU_NOMINATIVE, RU_SHORT, EN_MONTHS),
    ampm: ["AM", "PM"],
  },
  en_US: {
    id: "en_US",
    decimal: ".",
    group: ",",
    groupInput: ",",
    dateOrder: "MDY",
    dateSeparators: "/-",
    trueWords: ["TRUE"],
    falseWords: ["FALSE"],
    currencies: [
      { sign: "$", format: `"$"#,##0.00` },
      { sign: "€", format: `"€"#,##0.00` },
      { sign: "₽", format: `#,##0.00" ₽"` },
    ],
    percentGap: "",
    formats: { date: "M/d/yyyy", dateTime: "M/d/yyyy H:mm:ss", time: "h:mm:ss am/pm" },
    monthsFull: EN_MONTHS,
    monthsShort: EN_MONTHS.map((m) => m.slice(0, 3)),
    monthsRead: readForms(EN_MONTHS),
    ampm: ["AM", "PM"],
  },
};

export const DEFAULT_LOCALE = "ru_RU";

/** The modelled locale for a locale code; others are refused rather than guessed (stricter). */
export function localeSpec(id: string): LocaleSpec | undefined {
  return LOCALES[id];
}
