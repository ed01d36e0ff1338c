/** Russian texts of the documents feature (template problems, missing data, values written into documents). */
const list = (names: readonly string[]) => names.map((n) => `{{${n}}}`).join(", ");

export const DOCUMENT_TEXT = {
  defaultTemplate: (title: string) => `шаблон по умолчанию «${title}»`,
  template: (name: string) => `шаблон «${name}»`,

  // Template problems: each names the placeholder as the curator typed it.
  unknownField: (where: string, raw: string, allowed: readonly string[]) =>
    `В ${where} неизвестное поле ${raw}. Проверьте написание; в этом документе доступны: ${list(allowed)}.`,
  itemFieldOutsideRow: (where: string, raw: string, listName: string) =>
    `В ${where} поле ${raw} стоит вне повторяемой строки: оно относится к списку «${listName}» и должно стоять ` +
    `в строке таблицы с меткой {{#${listName}}}.`,
  markerOutsideTable: (where: string, raw: string) =>
    `В ${where} метка ${raw} стоит вне таблицы. Метка повторяемой строки ставится в ячейку той строки таблицы, ` +
    `которая повторяется для каждого элемента списка.`,
  unknownList: (where: string, raw: string, allowed: readonly string[]) =>
    `В ${where} неизвестная метка ${raw}. В этом документе доступны метки: ${allowed.map((n) => `{{#${n}}}`).join(", ")}.`,
  childWithoutParent: (where: string, raw: string, parent: string) =>
    `В ${where} строка с меткой ${raw} должна идти сразу под строкой с меткой {{#${parent}}}.`,
  twoMarkers: (where: string, first: string, second: string) =>
    `В ${where} в одной строке таблицы две метки: ${first} и ${second}. Оставьте одну.`,
  unclosed: (where: string, fragment: string) =>
    `В ${where} незакрытое поле «${fragment}»: у каждого поля две открывающие и две закрывающие фигурные скобки.`,

  // Missing data: each names the setting or sheet to fill.
  missingSetting: (label: string) => `не заполнено «${label}» на листе «Настройки»`,
  missingInput: { date: "не указана дата документа", selection: "не выбраны наставники" } as const,
  missingSheet: (sheet: string) => `нет данных на листе «${sheet}»`,
  missingCell: (sheet: string, row: number, column: string) =>
    `не заполнено «${column}» на листе «${sheet}», строка ${row}`,
  cannotMake: (title: string, reasons: readonly string[]) => `Документ «${title}» не создан: ${reasons.join("; ")}.`,

  // Why a list is empty.
  noApprovedPairs: (year: string) =>
    `на листе «Пары» нет утверждённых пар (групп) ${year} учебного года со статусом «утверждена» или «активна»`,
  noForms: "на листе «Справочники» не указаны формы наставничества",
  noPartners: "на листе «Наставники» нет наставников категории «представитель работодателя» с указанной организацией",
  noMinorsWithoutConsent:
    "на листе «Наставляемые» нет несовершеннолетних наставляемых без согласия на обработку персональных данных",
  noSelection: "не выбраны наставники для поощрения",
  unknownMentors: (ids: readonly string[]) => `на листе «Наставники» нет наставников с ID ${ids.join(", ")}`,
  noIndicators: "лист «Показатели» пуст: заполните его или импортируйте таблицу показателей",
  namesNeeded: (title: string) =>
    `включён режим псевдонимов, а в документе «${title}» нужны ФИО участников. Подтвердите, что документ ` +
    `с ФИО можно создать (он будет виден только тем, кому вы дадите доступ)`,
  badDate: (text: string) => `«${text}» — не дата; укажите дату как 21.11.2026 или 2026-11-21`,

  // Values written into documents.
  noData: "нет данных",
  noAnswers: "нет ответов",
  gradeSuffix: (grade: string) => `, ${grade} класс`,
  growthNone: "Пока нет участников, прошедших оба замера",
  lowerIsBetter: " (снижение — улучшение)",
  untilYearEnd: (year: string) => `до конца ${year} учебного года`,
  withinMonth: "в течение месяца",
  curatorRole: "куратор",
  curatorAndMentors: "куратор, наставники",
  measures: {
    indicator: (name: string) =>
      `Принять меры по достижению показателя ${name}: расширить набор участников и сформировать ` +
      `дополнительные пары (группы).`,
    silent: "Провести встречи в парах без встреч более 30 дней, выяснить причины и скорректировать планы.",
    overdue: (n: number) => `Выполнить просроченные мероприятия дорожной карты (${n}) или перенести их сроки.`,
    consent: (n: number) => `Получить согласия на обработку персональных данных (${n} участников).`,
    satisfaction: "Проанализировать причины неудовлетворённости по анкетам и скорректировать работу пар.",
    practices: "Обобщить лучшие практики наставничества и разместить кейсы на официальном сайте организации.",
  },
} as const;

export const DOCUMENT_MORE = (n: number) => `…и ещё ${n}`;

/** Texts of `cmn document`. */
export const DOCUMENT_CLI_TEXT = {
  summary: "Создать документ (приказ, положение, соглашения, согласия, справку) из папки CSV-листов в .docx",
  kind: "вид документа",
  dir: "параметр --dir (папка с CSV-файлами листов)",
  out: "параметр --out (файл .docx)",
  unknownKind: (kind: string, kinds: readonly string[]) =>
    `Неизвестный вид документа «${kind}». Виды: ${kinds.join(", ")}.`,
  badDate: (text: string) => `--date: «${text}» — ожидается дата ГГГГ-ММ-ДД, например 2026-11-21`,
  noDate: "Не указана дата документа: задайте --date ГГГГ-ММ-ДД или заполните «Дата отчёта» в «Настройки.csv».",
  badNames: (text: string) => `--names: «${text}» — ожидается «да» или «нет»`,
  namesHint: "Чтобы создать документ с ФИО в режиме псевдонимов, добавьте --names да.",
  notDocx: (path: string) => `--out: «${path}» — файл должен оканчиваться на .docx`,
  cannotWrite: (path: string, reason: string) => `Не удалось записать ${path}: ${reason}`,
} as const;
