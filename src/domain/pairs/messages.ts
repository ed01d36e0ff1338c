/** Russian texts of the pair lifecycle: ending pairs, what it does to the people, the edit trigger's toast. */
import { formatDateRu, type IsoDate } from "../common/dates";
import type { EndProblem, PersonChange } from "./lifecycle";

const ROLE_SHORT = { mentor: "наставник", mentee: "наставляемый" } as const;

/** «НТ-0003 — завершил», IDs only: a toast is seen by whoever edits the sheet. */
function personLine(c: PersonChange): string {
  const what = c.cells.status ?? (c.cells.ended ? `дата завершения ${formatDateRu(c.cells.ended)}` : "даты");
  return `${ROLE_SHORT[c.role]} ${c.id} — ${what}`;
}

export const LIFECYCLE_TEXT = {
  toastTitle: "Пары: статус",
  /** After a hand edit of «Статус» in «Пары». */
  edited: (
    rows: readonly number[],
    filled: Array<{ row: number; start?: IsoDate; end?: IsoDate }>,
    people: readonly PersonChange[],
  ) => {
    const parts: string[] = [];
    const at = (row: number) => (rows.length > 1 ? `строка ${row}: ` : "");
    for (const f of filled) {
      if (f.start) parts.push(`${at(f.row)}дата начала ${formatDateRu(f.start)}`);
      if (f.end) parts.push(`${at(f.row)}дата окончания ${formatDateRu(f.end)}`);
    }
    if (people.length) parts.push(`участники: ${people.map(personLine).join("; ")}`);
    const where = rows.length === 1 ? `Строка ${rows[0]}` : `Строк: ${rows.length}`;
    return parts.length ? `${where}: ${parts.join("; ")}` : "";
  },
  /** The edit trigger found the document lock held (a matching run, a form answer). */
  editBusy: (row: number) =>
    `Строка ${row}: лист «Пары» сейчас занят подбором или анкетой — даты и статусы участников не обновлены. Введите статус пары ещё раз, когда подбор закончится.`,
  ended: (pairs: number, outcome: "ended" | "cancelled", people: readonly PersonChange[]) => {
    const finished = people.filter((p) => p.cells.status !== undefined).length;
    const head = outcome === "ended" ? `Завершено пар: ${pairs}.` : `Расторгнуто пар: ${pairs}.`;
    return finished ? `${head} Статус участников обновлён: ${finished}.` : head;
  },
  approvedPeople: (n: number) => (n ? ` Стали «активен»: ${n}.` : ""),
  problem: (p: EndProblem): string => {
    switch (p.kind) {
      case "unknown":
        return `Пара ${p.pairId} не найдена в «Пары»`;
      case "notLive":
        return `Пара ${p.pairId} (строка ${p.row}) не идёт: статус «${p.status || "пусто"}» — завершить можно только утверждённую или активную пару`;
      case "beforeStart":
        return `Пара ${p.pairId} (строка ${p.row}) началась ${formatDateRu(p.start ?? "")}: дата окончания не может быть раньше`;
    }
  },
  missingColumns: (sheet: string, headers: readonly string[]) =>
    `На листе «${sheet}» нет столбцов ${headers.map((h) => `«${h}»`).join(", ")}. Выполните «Создать листы книги».`,
  sheetMissing: (sheet: string) => `Нет листа «${sheet}». Выполните «Создать листы книги».`,
} as const;
