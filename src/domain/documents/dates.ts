/**
 * Dates in documents. The domain carries calendar dates as ISO strings «YYYY-MM-DD» (IsoDate); documents
 * write them the official way, «21 ноября 2026 г.», with the month's genitive from the periods vocabulary.
 * A programme year runs 1 September – 31 August (docs: indicators.md, «The report year»).
 */
import { MONTH_FORMS } from "../periods/vocabulary";

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in ISO form, or undefined («2026-02-30» is not one). */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return undefined;
  return { year, month, day };
}

/** «21 ноября 2026 г.» — the genitive month is the second form of each month in MONTH_FORMS. */
export function longDate(iso: IsoDate): string {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`Not an ISO date: ${iso}`);
  return `${d.day} ${MONTH_FORMS[d.month - 1].forms[1]} ${d.year} г.`;
}

/** «21.11.2026», as registers and order references write a date. */
export function shortDate(iso: IsoDate): string {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`Not an ISO date: ${iso}`);
  return `${String(d.day).padStart(2, "0")}.${String(d.month).padStart(2, "0")}.${d.year}`;
}

/** «дд.мм.гггг» → ISO, or undefined. */
export function isoFromShort(text: string): IsoDate | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return parseIsoDate(iso) ? iso : undefined;
}

/** The programme (academic) year containing a date: 2026-11-21 → {start: 2026, label: «2026-2027»}. */
export function programmeYearOf(iso: IsoDate): { start: number; label: string; from: IsoDate; to: IsoDate } {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`Not an ISO date: ${iso}`);
  const start = d.month >= 9 ? d.year : d.year - 1;
  return { start, label: `${start}-${start + 1}`, from: `${start}-09-01`, to: `${start + 1}-08-31` };
}
