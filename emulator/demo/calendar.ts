/**
 * Plain calendar arithmetic on calendar days, held as Dates at UTC midnight whatever the machine's zone
 * (getUTC… fields are the day). loadDemoSchool turns them into midnights of the spreadsheet's zone.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDay(text: string): Date {
  const m = ISO.exec(text);
  if (!m) throw new Error(`Demo school: «${text}» is not a YYYY-MM-DD date`);
  const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
  if (d.getUTCMonth() !== Number(m[2]) - 1) throw new Error(`Demo school: «${text}» is not a real date`);
  return d;
}

/** The calendar day y-m-d (m is 1–12). */
export const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

export const addDays = (date: Date, days: number): Date =>
  day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate() + days);

export const daysBetween = (from: Date, to: Date): number =>
  Math.round(
    (day(to.getUTCFullYear(), to.getUTCMonth() + 1, to.getUTCDate()).getTime() -
      day(from.getUTCFullYear(), from.getUTCMonth() + 1, from.getUTCDate()).getTime()) /
      86_400_000,
  );

export const isoDay = (date: Date): string =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;

export const ruDay = (date: Date): string =>
  `${String(date.getUTCDate()).padStart(2, "0")}.${String(date.getUTCMonth() + 1).padStart(2, "0")}.${date.getUTCFullYear()}`;

/** The first year of the school year containing the date: September starts a new one. */
export const schoolYearOf = (date: Date): number =>
  date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;

/** Summer holidays and the New Year break: no mentoring meetings then. */
export function isHoliday(date: Date): boolean {
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return m === 6 || m === 7 || m === 8 || (m === 12 && d >= 29) || (m === 1 && d <= 8);
}

/** Moves a Sunday to Monday and a holiday to the first school day after it. */
export function nextSchoolDay(date: Date): Date {
  let d = date;
  for (let i = 0; i < 100 && (d.getUTCDay() === 0 || isHoliday(d)); i++) d = addDays(d, 1);
  return d;
}
