/** Russian texts of the workbook check (a damaged header is described by the structure guard's texts). */
import { countOf, WORDS } from "../../domain/common/plural";

export const CHECK_TEXT = {
  formulasRestored: (rows: number) =>
    `Живые формулы (возраст, пары года отчёта, учёт в показателях) восстановлены в строках: ${rows}`,
  /** Every count the list below shows, by severity; nothing found is said plainly. */
  summary: (counts: { error: number; warning: number; info: number }) => {
    const parts = [
      counts.error ? countOf(counts.error, WORDS.error) : "",
      counts.warning ? countOf(counts.warning, WORDS.warning) : "",
      counts.info ? countOf(counts.info, WORDS.note) : "",
    ].filter(Boolean);
    if (!parts.length) return "Проверка пройдена: ошибок и замечаний нет.";
    if (!counts.error && !counts.warning) return `Ошибок нет. ${capital(parts.join(", "))} — ниже.`;
    return `Найдено: ${parts.join(", ")}.`;
  },
} as const;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
