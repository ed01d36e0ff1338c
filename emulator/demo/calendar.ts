/** Plain calendar arithmetic on local-midnight Dates (what the emulator's date cells hold). */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDay(text: string): Date {
  const m = ISO.exec(text);
  if (!m) throw new Error(`Demo school: «${text}» is not a YYYY-MM-DD date`);
  const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
  if (d.getMonth() !== Number(m[2]) - 1) throw new Error(`Demo school: «${text}» is not a real date`);
  return d;
}

/** Local midnight of y-m-d (m is 1–12). */
export const day = (y: number, m: number, d: number): Date => new Date(y, m - 1, d);

export const addDays = (date: Date, days: number): Date =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

export const daysBetween = (from: Date, to: Date): number =>
  Math.round(
    (day(to.getFullYear(), to.getMonth() + 1, to.getDate()).getTime() -
      day(from.getFullYear(), from.getMonth() + 1, from.getDate()).getTime()) /
      86_400_000,
  );

export const isoDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

export const ruDay = (date: Date): string =>
  `${String(date.getDate()).padStart(2, "0")}.${String(date.getMonth() + 1).padStart(2, "0")}.${date.getFullYear()}`;

/** The first year of the school year containing the date: September starts a new one. */
export const schoolYearOf = (date: Date): number =>
  date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1;

/** Summer holidays and the New Year break: no mentoring meetings then. */
export function isHoliday(date: Date): boolean {
  const m = date.getMonth() + 1;
  const d = date.getDate();
  return m === 6 || m === 7 || m === 8 || (m === 12 && d >= 29) || (m === 1 && d <= 8);
}

/** Moves a Sunday to Monday and a holiday to the first school day after it. */
export function nextSchoolDay(date: Date): Date {
  let d = date;
  for (let i = 0; i < 100 && (d.getDay() === 0 || isHoliday(d)); i++) d = addDays(d, 1);
  return d;
}
