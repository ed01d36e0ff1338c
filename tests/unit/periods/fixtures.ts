/**
 * Every deadline text of the three roadmap samples (tests/fixtures/samples/roadmap-*.txt), row by row, plus
 * the examples of docs/periods.md, each with the result the spec asks for. The expectations were written
 * by hand from periods.md, not copied from the parser. The line breaks are those of the samples.
 *
 * Contexts: Талон's plan (2021–2022) names its year in every row; ДОУ's roadmap is headed «2023 – 2024 г.»
 * but every date in it runs from March 2022 to August 2023 and its pairs work «2022-2023учебный год», so
 * its context is that school year (every ДОУ text names its year anyway, so the context changes nothing);
 * Сеченово's plan is «на 2021 год» with no programme span, so its context is year 2021.
 */
import type { Occurrence, Period, PeriodContext } from "../../../src/domain/periods";

export interface PeriodFixture {
  source: "talon" | "dou" | "sechenovo" | "spec";
  /** Row number in the sample, or a short label for a spec example. */
  row: string;
  text: string;
  context: PeriodContext;
  expected: Period;
}

const iv = (start: string, end: string): Occurrence => ({ start, end });
const by = (end: string): Occurrence => ({ start: null, end });

const interval = (...occurrences: Occurrence[]): Period => ({
  kind: "interval",
  occurrences,
  repeat: "none",
  needsReview: false,
});
const deadline = (...occurrences: Occurrence[]): Period => ({
  kind: "deadline",
  occurrences,
  repeat: "none",
  needsReview: false,
});
const continuous = (start: string, end: string): Period => ({
  kind: "continuous",
  occurrences: [iv(start, end)],
  repeat: "none",
  needsReview: false,
});
const BY_SCHEDULE: Period = { kind: "by-schedule", occurrences: [], repeat: "none", needsReview: false };
const UNKNOWN: Period = { kind: "unknown", occurrences: [], repeat: "none", needsReview: true };

const TALON_2021: PeriodContext = { year: 2021, program: [2021, 2022] };
const TALON_2022: PeriodContext = { year: 2022, program: [2021, 2022] };
const DOU: PeriodContext = { academicYear: [2022, 2023] };
const SECHENOVO: PeriodContext = { year: 2021 };

const SEP_2021 = interval(iv("2021-09-01", "2021-09-30"));
const OCT_2021 = interval(iv("2021-10-01", "2021-10-31"));
const NOV_2021 = interval(iv("2021-11-01", "2021-11-30"));
const DEC_2021 = interval(iv("2021-12-01", "2021-12-31"));
const JAN_2022 = interval(iv("2022-01-01", "2022-01-31"));
const FEB_2022 = interval(iv("2022-02-01", "2022-02-28"));
const MAR_2022 = interval(iv("2022-03-01", "2022-03-31"));
const APR_2022 = interval(iv("2022-04-01", "2022-04-30"));
const MAY_2022 = interval(iv("2022-05-01", "2022-05-31"));
const JUN_2022 = interval(iv("2022-06-01", "2022-06-30"));
const AUG_2022 = interval(iv("2022-08-01", "2022-08-31"));
const SEP_2022 = interval(iv("2022-09-01", "2022-09-30"));
const OCT_2022 = interval(iv("2022-10-01", "2022-10-31"));
const NOV_2022 = interval(iv("2022-11-01", "2022-11-30"));
const DEC_2022 = interval(iv("2022-12-01", "2022-12-31"));
const FEB_MAY_2022 = interval(iv("2022-02-01", "2022-05-31"));
const YEAR_2021 = continuous("2021-01-01", "2021-12-31");
const QUARTERS_2021: Period = {
  kind: "interval",
  occurrences: [
    iv("2021-01-01", "2021-03-31"),
    iv("2021-04-01", "2021-06-30"),
    iv("2021-07-01", "2021-09-30"),
    iv("2021-10-01", "2021-12-31"),
  ],
  repeat: "quarterly",
  needsReview: false,
};

const WHOLE_PERIOD = "в течение всего периода \nреализации ЦМН";

export const SAMPLE_FIXTURES: readonly PeriodFixture[] = [
  // roadmap-oosh-talon.txt, «5. План мероприятий («дорожная карта»)», column «Сроки»
  { source: "talon", row: "1.1", text: "Сентябрь \n\n2021", context: TALON_2021, expected: SEP_2021 },
  { source: "talon", row: "1.2", text: "Сентябрь \n\n2021", context: TALON_2021, expected: SEP_2021 },
  { source: "talon", row: "1.3", text: "Октябрь \n\n2021", context: TALON_2021, expected: OCT_2021 },
  { source: "talon", row: "1.4", text: "Октябрь \n\n2021", context: TALON_2021, expected: OCT_2021 },
  { source: "talon", row: "2.1", text: "Ноябрь \n\n2021", context: TALON_2021, expected: NOV_2021 },
  { source: "talon", row: "2.2", text: "Ноябрь \n\n2021", context: TALON_2021, expected: NOV_2021 },
  { source: "talon", row: "2.3", text: "Декабрь \n\n2021", context: TALON_2021, expected: DEC_2021 },
  { source: "talon", row: "3.1", text: "Январь \n\n2022", context: TALON_2022, expected: JAN_2022 },
  { source: "talon", row: "3.2", text: "Февраль  \n\n2022", context: TALON_2022, expected: FEB_2022 },
  { source: "talon", row: "3.3", text: "Март \n\n2022", context: TALON_2022, expected: MAR_2022 },
  { source: "talon", row: "3.4", text: "Март \n\n2022", context: TALON_2022, expected: MAR_2022 },
  { source: "talon", row: "4.1", text: "Апрель \n\n2022", context: TALON_2022, expected: APR_2022 },
  { source: "talon", row: "4.2", text: "Апрель \n\n2022", context: TALON_2022, expected: APR_2022 },
  { source: "talon", row: "4.3", text: "Май \n\n2022", context: TALON_2022, expected: MAY_2022 },
  { source: "talon", row: "4.4", text: "Май \n2022", context: TALON_2022, expected: MAY_2022 },
  { source: "talon", row: "5.1", text: "Сентябрь \n\n2021", context: TALON_2021, expected: SEP_2021 },
  { source: "talon", row: "5.2", text: "Октябрь  \n\n2021", context: TALON_2021, expected: OCT_2021 },
  { source: "talon", row: "5.3", text: "Ноябрь  \n\n2021", context: TALON_2021, expected: NOV_2021 },
  { source: "talon", row: "5.4", text: "Декабрь \n\n2021", context: TALON_2021, expected: DEC_2021 },
  { source: "talon", row: "6.1", text: "Январь \n\n2022", context: TALON_2022, expected: JAN_2022 },
  { source: "talon", row: "6.2", text: "Январь \n\n2022", context: TALON_2022, expected: JAN_2022 },
  { source: "talon", row: "6.3", text: "Февраль  \n\n2022", context: TALON_2022, expected: FEB_2022 },
  { source: "talon", row: "6.4", text: "Февраль-\n\nмай \n\n2022", context: TALON_2022, expected: FEB_MAY_2022 },
  { source: "talon", row: "6.5", text: "Февраль-\n\nмай \n\n2022", context: TALON_2022, expected: FEB_MAY_2022 },
  { source: "talon", row: "6.6", text: "Май  \n2022", context: TALON_2022, expected: MAY_2022 },
  { source: "talon", row: "6.7", text: "Май  \n\n2022", context: TALON_2022, expected: MAY_2022 },
  { source: "talon", row: "6.8", text: "Май  \n\n2022", context: TALON_2022, expected: MAY_2022 },
  { source: "talon", row: "7.1", text: "Июнь  \n\n2022", context: TALON_2022, expected: JUN_2022 },
  { source: "talon", row: "7.2", text: "Июнь  \n\n2022", context: TALON_2022, expected: JUN_2022 },
  { source: "talon", row: "7.3", text: "Сентябрь  \n\n2022", context: TALON_2022, expected: SEP_2022 },
  { source: "talon", row: "7.4", text: "Сентябрь \n\n2022", context: TALON_2022, expected: SEP_2022 },
  { source: "talon", row: "7.5", text: "Октябрь  \n\n2022", context: TALON_2022, expected: OCT_2022 },
  { source: "talon", row: "7.6", text: "Ноябрь  \n\n2022", context: TALON_2022, expected: NOV_2022 },
  { source: "talon", row: "7.7", text: "Ноябрь \n\n2022", context: TALON_2022, expected: NOV_2022 },
  { source: "talon", row: "7.8", text: "Декабрь  \n\n2022", context: TALON_2022, expected: DEC_2022 },

  // roadmap-dou-2023.txt, column «Сроки» (rows without a number continue the stage above)
  { source: "dou", row: "1 изучение", text: "Март 2022", context: DOU, expected: MAR_2022 },
  { source: "dou", row: "1 информирование", text: "Март 2022", context: DOU, expected: MAR_2022 },
  {
    source: "dou",
    row: "1 нормативная база",
    text: "Март 2022\n\n\n\n\n\nСентябрь 2022",
    context: DOU,
    expected: interval(iv("2022-03-01", "2022-03-31"), iv("2022-09-01", "2022-09-30")),
  },
  {
    // the same May–June written twice is one occurrence; May alone ends first
    source: "dou",
    row: "1 выбор форм",
    text: "Май-июнь 2022\n\nМай 2022\n\n\n\nМай- июнь 2022",
    context: DOU,
    expected: interval(iv("2022-05-01", "2022-05-31"), iv("2022-05-01", "2022-06-30")),
  },
  {
    source: "dou",
    row: "2 сбор данных",
    text: "Май-июнь 2022\n\n\nАвгуст 2022",
    context: DOU,
    expected: interval(iv("2022-05-01", "2022-06-30"), iv("2022-08-01", "2022-08-31")),
  },
  { source: "dou", row: "2 формирование базы", text: "Август 2022", context: DOU, expected: AUG_2022 },
  { source: "dou", row: "3 сбор данных", text: "Август 2022 ", context: DOU, expected: AUG_2022 },
  { source: "dou", row: "3 (без названия)", text: "Август 2022 ", context: DOU, expected: AUG_2022 },
  { source: "dou", row: "3 формирование базы", text: "Август 2022", context: DOU, expected: AUG_2022 },
  { source: "dou", row: "4 выявление", text: "Август 2022", context: DOU, expected: AUG_2022 },
  {
    source: "dou",
    row: "4 обучение",
    text: "Август-сентябрь 2022",
    context: DOU,
    expected: interval(iv("2022-08-01", "2022-09-30")),
  },
  { source: "dou", row: "5 отбор", text: "Сентябрь 2022", context: DOU, expected: SEP_2022 },
  {
    source: "dou",
    row: "5 закрепление",
    text: "Сентябрь-октябрь 2022",
    context: DOU,
    expected: interval(iv("2022-09-01", "2022-10-31")),
  },
  {
    source: "dou",
    row: "6 встречи",
    text: "2022-2023учебный год",
    context: DOU,
    expected: interval(iv("2022-09-01", "2023-08-31")),
  },
  {
    source: "dou",
    row: "6 результаты",
    text: "Январь 2023",
    context: DOU,
    expected: interval(iv("2023-01-01", "2023-01-31")),
  },
  {
    source: "dou",
    row: "7 отчёты",
    text: "Январь, апрель 2023",
    context: DOU,
    expected: interval(iv("2023-01-01", "2023-01-31"), iv("2023-04-01", "2023-04-30")),
  },
  {
    source: "dou",
    row: "7 мотивация",
    text: "Май 2023",
    context: DOU,
    expected: interval(iv("2023-05-01", "2023-05-31")),
  },
  {
    source: "dou",
    row: "7 (без названия)",
    text: "Май-август 2023г.",
    context: DOU,
    expected: interval(iv("2023-05-01", "2023-08-31")),
  },

  // roadmap-municipal-sechenovo.txt, column «Срок реализации»
  {
    source: "sechenovo",
    row: "1.1",
    text: "до 15.02.2021 г.",
    context: SECHENOVO,
    expected: deadline(by("2021-02-15")),
  },
  {
    source: "sechenovo",
    row: "1.2",
    text: "до 15.02.2021 г.",
    context: SECHENOVO,
    expected: deadline(by("2021-02-15")),
  },
  { source: "sechenovo", row: "1.3", text: "до 20.02.2021", context: SECHENOVO, expected: deadline(by("2021-02-20")) },
  { source: "sechenovo", row: "1.4", text: WHOLE_PERIOD, context: SECHENOVO, expected: YEAR_2021 },
  { source: "sechenovo", row: "1.5", text: "в течение года", context: SECHENOVO, expected: YEAR_2021 },
  { source: "sechenovo", row: "1.6", text: "до 30.12.2021", context: SECHENOVO, expected: deadline(by("2021-12-30")) },
  { source: "sechenovo", row: "2.1", text: "ежеквартально", context: SECHENOVO, expected: QUARTERS_2021 },
  { source: "sechenovo", row: "2.2", text: WHOLE_PERIOD, context: SECHENOVO, expected: YEAR_2021 },
  { source: "sechenovo", row: "2.3", text: WHOLE_PERIOD, context: SECHENOVO, expected: YEAR_2021 },
  {
    source: "sechenovo",
    row: "2.4",
    text: "в течение всего периода \n\nреализации ЦМН",
    context: SECHENOVO,
    expected: YEAR_2021,
  },
  {
    source: "sechenovo",
    row: "2.5",
    text: "в течение всего\n\nпериода реализации ЦМН",
    context: SECHENOVO,
    expected: YEAR_2021,
  },
  { source: "sechenovo", row: "2.6", text: WHOLE_PERIOD, context: SECHENOVO, expected: YEAR_2021 },
  { source: "sechenovo", row: "2.7", text: WHOLE_PERIOD, context: SECHENOVO, expected: YEAR_2021 },
  { source: "sechenovo", row: "3.1", text: WHOLE_PERIOD, context: SECHENOVO, expected: YEAR_2021 },
  {
    source: "sechenovo",
    row: "3.2",
    text: "апрель 2021",
    context: SECHENOVO,
    expected: interval(iv("2021-04-01", "2021-04-30")),
  },
  {
    source: "sechenovo",
    row: "3.3",
    text: "до декабря 2021",
    context: SECHENOVO,
    expected: deadline(by("2021-11-30")),
  },
  {
    source: "sechenovo",
    row: "4.1",
    text: "в течение всего периода \n\nреализации ЦМН",
    context: SECHENOVO,
    expected: YEAR_2021,
  },
  { source: "sechenovo", row: "4.2", text: WHOLE_PERIOD, context: SECHENOVO, expected: YEAR_2021 },
  {
    source: "sechenovo",
    row: "4.3",
    text: "в течение двух недель с \nдаты определения модели",
    context: SECHENOVO,
    expected: BY_SCHEDULE,
  },
  {
    source: "sechenovo",
    row: "4.4",
    text: "в соответствии со \nсроками реализации \nпрограмм \nнаставничества",
    context: SECHENOVO,
    expected: BY_SCHEDULE,
  },
  {
    source: "sechenovo",
    row: "4.5",
    text: "в течение всего \nпериода внедрения \n\nЦМН",
    context: SECHENOVO,
    expected: YEAR_2021,
  },
  {
    source: "sechenovo",
    row: "4.6",
    text: "в соответствии со \nсроками реализации \nплана   наставничества",
    context: SECHENOVO,
    expected: BY_SCHEDULE,
  },
  { source: "sechenovo", row: "5.1", text: "ежеквартально", context: SECHENOVO, expected: QUARTERS_2021 },
  { source: "sechenovo", row: "5.2", text: "ежеквартально ", context: SECHENOVO, expected: QUARTERS_2021 },
  { source: "sechenovo", row: "5.3", text: "декабрь 2021 г.", context: SECHENOVO, expected: DEC_2021 },
  { source: "sechenovo", row: "5.4", text: "декабрь 2021 г.", context: SECHENOVO, expected: DEC_2021 },
  {
    source: "sechenovo",
    row: "6.1",
    text: "с 1 января\nпо 31 декабря \n\n2021 г.",
    context: SECHENOVO,
    expected: interval(iv("2021-01-01", "2021-12-31")),
  },
  { source: "sechenovo", row: "6.2 (срок не указан)", text: "", context: SECHENOVO, expected: UNKNOWN },
];

const PROGRAM_2020_2024: PeriodContext = { program: [2020, 2024] };

/** The examples of docs/periods.md and of the task that are not already rows of a sample. */
export const SPEC_FIXTURES: readonly PeriodFixture[] = [
  {
    source: "spec",
    row: "до дня",
    text: "до 30 октября",
    context: { year: 2021 },
    expected: deadline(by("2021-10-30")),
  },
  {
    source: "spec",
    row: "месяцы с тире",
    text: "март — декабрь 2022 г.",
    context: {},
    expected: interval(iv("2022-03-01", "2022-12-31")),
  },
  {
    source: "spec",
    row: "дни",
    text: "с 1 по 15 сентября",
    context: { year: 2022 },
    expected: interval(iv("2022-09-01", "2022-09-15")),
  },
  {
    source: "spec",
    row: "квартал",
    text: "III квартал 2022",
    context: {},
    expected: interval(iv("2022-07-01", "2022-09-30")),
  },
  {
    source: "spec",
    row: "полугодие",
    text: "I полугодие 2023",
    context: {},
    expected: interval(iv("2023-01-01", "2023-06-30")),
  },
  {
    source: "spec",
    row: "второе полугодие",
    text: "второе полугодие",
    context: { year: 2023 },
    expected: interval(iv("2023-07-01", "2023-12-31")),
  },
  {
    source: "spec",
    row: "учебный год",
    text: "2022-2023 учебный год",
    context: {},
    expected: interval(iv("2022-09-01", "2023-08-31")),
  },
  {
    source: "spec",
    row: "уч. год",
    text: "2022/2023 уч. год",
    context: {},
    expected: interval(iv("2022-09-01", "2023-08-31")),
  },
  { source: "spec", row: "дата", text: "15.09.2022", context: {}, expected: interval(iv("2022-09-15", "2022-09-15")) },
  {
    source: "spec",
    row: "дата словами",
    text: "15 сентября 2022 г.",
    context: {},
    expected: interval(iv("2022-09-15", "2022-09-15")),
  },
  {
    source: "spec",
    row: "дд.мм.гг",
    text: "15.09.22",
    context: {},
    expected: interval(iv("2022-09-15", "2022-09-15")),
  },
  {
    source: "spec",
    row: "две точки",
    text: "30.08..2021",
    context: {},
    expected: interval(iv("2021-08-30", "2021-08-30")),
  },
  { source: "spec", row: "без пробела", text: "декабрь 2022г.", context: {}, expected: DEC_2022 },
  {
    source: "spec",
    row: "список",
    text: "май, август 2022 г.",
    context: {},
    expected: interval(iv("2022-05-01", "2022-05-31"), iv("2022-08-01", "2022-08-31")),
  },
  {
    source: "spec",
    row: "ежегодно до",
    text: "до 15.10. ежегодно (в период с 2020 по 2024 г.г.)",
    context: {},
    expected: {
      kind: "deadline",
      occurrences: [by("2020-10-15"), by("2021-10-15"), by("2022-10-15"), by("2023-10-15"), by("2024-10-15")],
      repeat: "yearly",
      needsReview: false,
    },
  },
  {
    source: "spec",
    row: "ежегодно с по",
    text: "с 1 по 15 сентября ежегодно (в период с 2021 по 2024 г.г.)",
    context: {},
    expected: {
      kind: "interval",
      occurrences: [
        iv("2021-09-01", "2021-09-15"),
        iv("2022-09-01", "2022-09-15"),
        iv("2023-09-01", "2023-09-15"),
        iv("2024-09-01", "2024-09-15"),
      ],
      repeat: "yearly",
      needsReview: false,
    },
  },
  {
    source: "spec",
    row: "месяцы в период",
    text: "Декабрь, июнь в период с 2021 по 2024 г.г.",
    context: { program: [2020, 2025] },
    expected: {
      kind: "interval",
      occurrences: [
        iv("2021-06-01", "2021-06-30"),
        iv("2021-12-01", "2021-12-31"),
        iv("2022-06-01", "2022-06-30"),
        iv("2022-12-01", "2022-12-31"),
        iv("2023-06-01", "2023-06-30"),
        iv("2023-12-01", "2023-12-31"),
        iv("2024-06-01", "2024-06-30"),
        iv("2024-12-01", "2024-12-31"),
      ],
      repeat: "yearly",
      needsReview: false,
    },
  },
  {
    source: "spec",
    row: "ежемесячно",
    text: "ежемесячно",
    context: { year: 2021 },
    expected: {
      kind: "interval",
      occurrences: [
        iv("2021-01-01", "2021-01-31"),
        iv("2021-02-01", "2021-02-28"),
        iv("2021-03-01", "2021-03-31"),
        iv("2021-04-01", "2021-04-30"),
        iv("2021-05-01", "2021-05-31"),
        iv("2021-06-01", "2021-06-30"),
        iv("2021-07-01", "2021-07-31"),
        iv("2021-08-01", "2021-08-31"),
        iv("2021-09-01", "2021-09-30"),
        iv("2021-10-01", "2021-10-31"),
        iv("2021-11-01", "2021-11-30"),
        iv("2021-12-01", "2021-12-31"),
      ],
      repeat: "monthly",
      needsReview: false,
    },
  },
  {
    source: "spec",
    row: "весь период, программа",
    text: "в течение всего периода реализации ЦМН",
    context: PROGRAM_2020_2024,
    expected: continuous("2020-01-01", "2024-12-31"),
  },
  {
    source: "spec",
    row: "период внедрения",
    text: "в течение всего периода внедрения",
    context: PROGRAM_2020_2024,
    expected: continuous("2020-01-01", "2024-12-31"),
  },
  {
    source: "spec",
    row: "постоянно",
    text: "постоянно",
    context: PROGRAM_2020_2024,
    expected: continuous("2020-01-01", "2024-12-31"),
  },
  { source: "spec", row: "постоянно, год", text: "постоянно", context: { year: 2021 }, expected: YEAR_2021 },
  {
    source: "spec",
    row: "учебного года",
    text: "в течение учебного года",
    context: { academicYear: [2022, 2023] },
    expected: continuous("2022-09-01", "2023-08-31"),
  },
  {
    source: "spec",
    row: "названный учебный год",
    text: "в течение (2022-2023) учебного года",
    context: { academicYear: [2021, 2022] },
    expected: continuous("2022-09-01", "2023-08-31"),
  },
  {
    source: "spec",
    row: "года без контекста",
    text: "в течение года",
    context: {},
    expected: { kind: "continuous", occurrences: [], repeat: "none", needsReview: true },
  },
  { source: "spec", row: "график", text: "по отдельному графику", context: {}, expected: BY_SCHEDULE },
  {
    source: "spec",
    row: "дорожная карта",
    text: "в соответствии с дорожной картой",
    context: {},
    expected: BY_SCHEDULE,
  },
  {
    source: "spec",
    row: "Минпросвещения",
    text: "в соответствии со сроками, устанавливаемыми Минпросвещения России",
    context: {},
    expected: BY_SCHEDULE,
  },
  { source: "spec", row: "непонятное", text: "уточняется", context: { year: 2021 }, expected: UNKNOWN },
];

export const ALL_FIXTURES: readonly PeriodFixture[] = [...SAMPLE_FIXTURES, ...SPEC_FIXTURES];
