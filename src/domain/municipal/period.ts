/**
 * The collection period: a school's snapshot counts when its report date is on or after the period's
 * start. Monitoring is quarterly (the municipal roadmaps say «ежеквартально»), so by default the period
 * starts on the first day of the quarter of the municipal report date; «Начало периода сбора» in
 * «Настройки» overrides it.
 */
const pad = (n: number) => String(n).padStart(2, "0");

export function quarterStart(isoDay: string): string {
  const year = Number(isoDay.slice(0, 4));
  const month = Number(isoDay.slice(5, 7));
  return `${year}-${pad(Math.floor((month - 1) / 3) * 3 + 1)}-01`;
}

export function periodStart(reportDate: string, setting: string | null): string {
  return setting && /^\d{4}-\d{2}-\d{2}$/.test(setting) ? setting : quarterStart(reportDate);
}

/** «2026-11-21» → «21.11.2026». */
export function ruDate(isoDay: string | null): string {
  return isoDay && /^\d{4}-\d{2}-\d{2}$/.test(isoDay) ? isoDay.split("-").reverse().join(".") : "";
}
