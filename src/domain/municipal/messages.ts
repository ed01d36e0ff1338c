/** Russian texts of the municipal roll-up: school states, short indicator labels, sheets, report. */
import type { SchoolState } from "./states";

/** What «Состояние» says about a school, and whether it is a failure to highlight. */
export const STATE_LABELS: Record<SchoolState, string> = {
  received: "получен",
  stale: "устарел",
  notReported: "не сдан",
  noAccess: "нет доступа",
  notFound: "книга не найдена",
  noSnapshot: "нет снимка",
  oldVersion: "старая версия",
  invalid: "снимок повреждён",
  error: "ошибка",
};

/** Short column labels of the catalogue indicators («Сводка», «Отчёт»); codes are never shown. */
export const SHORT_INDICATOR_LABELS: Record<string, string> = {
  mentees_10_18: "Наставляемые 10–18 лет",
  mentors_15_18: "Наставники 15–18 лет",
  young_teachers: "Молодые педагоги",
  mentee_satisfaction: "Удовлетворённость наставляемых",
  mentor_satisfaction: "Удовлетворённость наставников",
  pupils_coverage: "Охват обучающихся",
  teachers_coverage: "Охват педагогов",
  enterprises_share: "Предприятия с наставниками",
};

export const MUNICIPAL_TEXT = {
  noData: "нет данных",
  unnamedIndicator: "Показатель без названия",
  staleReason: (date: string) => `данные на ${date} — раньше начала периода сбора`,
  notReportedReason: "снимок ещё не получен",
  duplicateReason: (kept: string) => `повтор: учтён более свежий снимок (${kept})`,
  noLink: "нет ссылки на книгу школы: вставьте ссылку или загрузите файл снимка",
  badLink: (link: string) => `ссылка «${link}» не похожа на ссылку на Google Таблицу`,
  accessDenied: "нет доступа к книге школы: попросите куратора открыть доступ на просмотр",
  notFound: "книга школы не найдена (удалена или неверная ссылка)",
  noSnapshot: "в книге школы нет снимка: куратор ещё не нажимал «Отправить в муниципалитет»",
  failed: (message: string) => `не удалось прочитать книгу: ${message}`,
  newerStored: (date: string) => `в книге уже есть более свежий снимок этой школы (на ${date})`,
  count: (numerator: number | null, denominator: number | null) =>
    numerator === null || denominator === null ? "нет данных" : `${numerator} из ${denominator}`,
} as const;

/** Texts of the school's «Отправить в муниципалитет» and of the coordinator's commands. */
export const MUNICIPAL_UI_TEXT = {
  noOrganisation: "Заполните «Организация» в «Настройках»: по этому названию муниципалитет узнаёт школу в сводке.",
  schoolWorkbookOnly: "Это книга муниципалитета: снимок отправляет школа из своей книги. Здесь — «Собрать данные».",
  sent: (date: string, withCounts: number, total: number) =>
    `Снимок на ${date} записан в книгу (скрытый лист «Снимок для муниципалитета»): показателей ${total}, ` +
    `с числителем и знаменателем — ${withCounts}. Муниципалитет прочитает его по ссылке на книгу; ` +
    `файл для отправки — ниже.`,
  fileName: (school: string, date: string) =>
    `снимок-${
      school
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 60) || "школа"
    }-${date}.json`,
  notMunicipal: "В этой книге нет листа «Школы»: сначала «Создать книгу муниципалитета».",
  schoolBook:
    "В этой книге уже есть данные школы (наставники, наставляемые или пары). Книгу муниципалитета создайте в новой пустой таблице.",
  created: (created: number) =>
    created
      ? `Книга муниципалитета готова: листов создано — ${created}. Впишите школы и ссылки на их книги в «Школы».`
      : "Все листы книги муниципалитета уже на месте, ничего менять не пришлось.",
  collected: (received: number, failed: number, total: number) =>
    `Собрано: получено снимков — ${received} из ${total}` + (failed ? `, не удалось — ${failed} (причины ниже).` : "."),
  fileAccepted: (school: string, date: string) => `Снимок «${school}» на ${date} принят.`,
  fileRefused: (file: string, reason: string) => `Файл «${file}» не принят: ${reason}.`,
  summaryDone: (counted: number, total: number) => `«Сводка» обновлена: в итогах района ${counted} из ${total} школ.`,
  reportDone: (date: string) => `Отчёт муниципалитета на ${date} построен на листе «Отчёт».`,
} as const;

/** «Сводка»: one row per school, district totals below. */
export const SUMMARY_TEXT = {
  title: (date: string, from: string, counted: number, total: number) =>
    `Сводка по району на ${date} · период сбора с ${from} · в итогах района ${counted} из ${total} школ · ` +
    `доли района = сумма числителей / сумма знаменателей`,
  school: "Школа",
  dataDate: "Данные на",
  state: "Состояние",
  fact: (label: string) => `${label}, факт`,
  target: (label: string) => `${label}, цель`,
  roadmapDone: "Мероприятий выполнено",
  roadmapOverdue: "Мероприятий просрочено",
  pairs: "Пар всего",
  activePairs: "Пар активных",
  satisfied: (role: string) => `Удовлетворены ${role}, % ответивших`,
  answered: (role: string) => `Ответили ${role}, % участников`,
  roles: { mentee: "наставляемые", mentor: "наставники" },
  total: "Итого по району",
  counted: (counted: number, total: number) => `в итогах ${counted} из ${total} школ`,
  note: (numerator: number | null, denominator: number | null) => MUNICIPAL_TEXT.count(numerator, denominator),
  totalNote: (numerator: number | null, denominator: number | null, schools: number) =>
    `${MUNICIPAL_TEXT.count(numerator, denominator)} (сумма по школам: ${schools})`,
} as const;

/** The municipality's «Отчёт». */
export const MUNICIPAL_REPORT_TEXT = {
  title: "Отчёт о реализации целевой модели наставничества в муниципалитете",
  municipality: "Муниципалитет",
  coordinator: "Координатор",
  reportDate: "Дата отчёта",
  period: "Период сбора с",
  schools: "Школ в итогах",
  schoolsOf: (counted: number, total: number) => `${counted} из ${total}`,
  indicators: {
    title: "1. Показатели района (сумма числителей / сумма знаменателей по школам)",
    header: ["Показатель", "Цель района", "Факт", "Числитель / знаменатель", "Статус", "Отклонение, п. п.", "Школ"],
    none: "Снимков школ пока нет: «Собрать данные» на панели.",
  },
  ranking: {
    title: "2. Школы: рейтинг и состояние",
    header: [
      "№",
      "Школа",
      "Достигнуто показателей",
      "Просрочено мероприятий",
      "Пар активных",
      "Данные на",
      "Состояние",
    ],
    achieved: (achieved: number, withTarget: number) => `${achieved} из ${withTarget}`,
    rule: "Порядок: больше показателей, достигших цели школы; затем меньше просроченных мероприятий; затем по названию.",
  },
  missing: {
    title: "3. Не вошли в итоги района",
    header: ["Школа", "Причина"],
    none: "Все школы вошли в итоги.",
  },
  participants: {
    title: "4. Участники и пары по формам (школы в итогах)",
    header: ["Форма наставничества", "Наставников", "Наставляемых", "Пар всего", "Пар активных"],
    total: "Всего",
  },
  satisfaction: {
    title: "5. Удовлетворённость участников",
    header: ["Роль", "Участников", "Ответили", "Удовлетворены", "Доля удовлетворённых", "Отклик"],
  },
  schoolsRoadmap: {
    title: "6. Дорожные карты школ",
    header: ["Статус", "Мероприятий"],
  },
  ownRoadmap: {
    title: "7. Дорожная карта муниципалитета",
    header: ["Статус", "Мероприятий"],
    overdue: "Просроченные мероприятия",
    overdueHeader: ["№", "Мероприятие", "Срок"],
    none: "Лист «Дорожная карта» пуст: импортируйте дорожную карту муниципалитета на панели.",
    noOverdue: "Просроченных мероприятий нет.",
  },
} as const;

/** Texts of `cmn snapshot` and `cmn rollup`. */
export const MUNICIPAL_CLI_TEXT = {
  snapshotSummary: "снимок школы для муниципалитета (только сводные числа) из папки CSV-выгрузок листов",
  rollupSummary: "итоги района по снимкам школ: суммы числителей и знаменателей, кто не вошёл и почему",
  folder: "путь к папке с CSV-файлами листов",
  snapshots: "файл или папка со снимками (.json)",
  noFolder: (dir: string) => `Папка не найдена: ${dir}`,
  noSheets: (dir: string) =>
    `В папке ${dir} нет CSV-файлов листов книги («Настройки.csv», «Наставники.csv», «Пары.csv», …)`,
  badDate: (value: string) => `--date: «${value}» — ожидается дата ГГГГ-ММ-ДД, например 2026-11-21`,
  noOrganisation: "В «Настройки.csv» не заполнена «Организация»: по этому названию муниципалитет узнаёт школу.",
  noCounts: (names: string[]) =>
    `Без знаменателя (в «Контингент.csv» нет нужной строки или она не заполнена): ${names.join("; ")}`,
  notFound: (path: string) => `Нет такого файла или папки: ${path}`,
  noJson: (path: string) => `В ${path} нет файлов .json`,
  skipped: (file: string, reason: string) => `${file}: пропущен — ${reason}`,
  unreadable: (reason: string) => `не удалось прочитать файл: ${reason}`,
} as const;
