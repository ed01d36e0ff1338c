/** Russian texts of «Закрыть учебный год» and its restore, in one place. */
import { formatDateRu, type IsoDate } from "../common/dates";

const day = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDateRu(d) : d);

export const YEAR_TEXT = {
  settingLabels: {
    academicYear: "Учебный год",
    programPeriod: "Период программы",
    reportDate: "Дата отчёта",
  },
  preview: {
    title: (year: string, next: string) => `Закрытие учебного года ${year}: следующий — ${next}`,
    carried: (n: number) => `Пары продолжатся в новом году с прежней датой начала: ${n}`,
    archived: (n: number) =>
      `Завершённые и расторгнутые пары получат отметку в столбце «Архив» «Пар» (строки остаются): ${n}`,
    endDates: (n: number, d: IsoDate) => `Из них без даты окончания — получат ${formatDateRu(d)}: ${n}`,
    mentorsPair: (n: number) => `Наставники с идущей парой останутся «активен»: ${n}`,
    mentorsWilling: (n: number) =>
      `Наставники без пары, ответившие «Хочет продолжить» в «Опросах», останутся «активен»: ${n}`,
    finished: (n: number) => `Участники без идущей пары получат статус «завершил» и дату завершения: ${n}`,
    continuing: (n: number) => `Участники получат статус «активен»: ${n}`,
    dates: (n: number) => `Участникам проставятся даты вхождения или завершения по их парам: ${n}`,
    setting: (label: string, from: string, to: string) =>
      `«Настройки», «${label}»: ${from ? `«${day(from)}»` : "пусто"} → ${to ? `«${day(to)}»` : "пусто (отчёт на сегодня)"}`,
    targets: (headers: readonly string[]) =>
      `«Показатели»: добавятся столбцы ${headers.map((h) => `«${h}»`).join(", ")} (цели впишите сами)`,
    proposals: (n: number) => `Предложенные, но не утверждённые пары остаются как есть: ${n}`,
    unwilling: (n: number) =>
      `Наставники с идущей парой, ответившие, что не хотят продолжать (пара продолжится, решите сами): ${n}`,
    early: (end: IsoDate) =>
      `Учебный год заканчивается ${formatDateRu(end)}: пары с датой окончания после закрытия останутся до следующего закрытия`,
    nothing: (year: string) => `Учебный год ${year}: менять нечего`,
    nothingDeleted: "Ничего не удаляется; всё, что изменится, записывается, и закрытие можно отменить.",
  },
  pairItem: (pairId: string, mentor: string, mentee: string, extra: string) =>
    `${pairId}: ${mentor} — ${mentee}${extra ? ` (${extra})` : ""}`,
  since: (d: string) => `с ${day(d)}`,
  endedOn: (status: string, d: string | undefined) => (d ? `${status} ${day(d)}` : status),
  closed: (year: string, changed: number) =>
    `Учебный год ${year} закрыт. Изменено ячеек: ${changed}. Закрытие можно отменить в этом же разделе.`,
  alreadyClosed: (year: string) => `Учебный год ${year} уже закрыт: ничего не изменено.`,
  notCurrent: (asked: string, current: string) =>
    `В «Настройках» учебный год — «${current}», а закрыть просили ${asked}. Обновите панель и посмотрите план заново.`,
  stale: "Книга изменилась после просмотра плана: посмотрите, что будет сделано, ещё раз.",
  badYear: (value: string) =>
    `«Настройки», параметр «Учебный год»: «${value}» — не учебный год; впишите, например, 2026-2027.`,
  missingSetting: (label: string) => `В «Настройках» нет строки «${label}». Выполните «Создать листы книги».`,
  restored: (year: string, cells: number, kept: number) =>
    `Закрытие учебного года ${year} отменено: восстановлено ячеек — ${cells}` +
    (kept ? `; изменены после закрытия и оставлены как есть — ${kept}` : "") +
    ".",
  keptCell: (sheet: string, row: number, column: string) => `«${sheet}», строка ${row}, «${column}»`,
  columnKept: (sheet: string, column: string) =>
    `Столбец «${column}» листа «${sheet}» уже заполнен после закрытия: оставлен`,
  nothingToRestore: (year: string) => `Учебный год ${year} не закрывался (или закрытие уже отменено): отменять нечего.`,
  laterClosed: (year: string, later: string) =>
    `Сначала отмените закрытие ${later}: года отменяются от последнего к первому (просили ${year}).`,
  kinds: { cell: "значение", column: "новый столбец" },
} as const;
