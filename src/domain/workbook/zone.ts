/**
 * The spreadsheet's time zone, as the one bridge between instants (Date) and calendar days (IsoDate).
 *
 * Sheets keeps a date cell as a wall-clock day in the spreadsheet's zone and hands scripts a Date at that
 * day's midnight there; the script's own zone (appsscript.json) and the host's may differ. Reading a Date
 * with getDate() or toISOString() therefore gives the wrong day east or west of the script's zone, so no
 * code outside this module turns an instant into a day or back (a lint rule holds it).
 *
 * Offsets come from Intl.DateTimeFormat (ECMAScript, available in Apps Script's V8 and in Node), memoised
 * per hour, so a block of 10,000 dates costs no service call. `formatInstant` can supply Utilities.formatDate
 * instead where Intl lacks the zone.
 */
import { isoDate, type IsoDate } from "../common/dates";

export interface Zone {
  /** IANA name, e.g. "Europe/Moscow". */
  readonly tz: string;
  /** The day an instant falls on in this zone. */
  dateOf(instant: Date): IsoDate;
  /** The instant of the day's midnight in this zone (what a date cell holds). */
  midnight(day: IsoDate, dateCtor?: DateConstructor): Date;
  /** Today in this zone. */
  today(now?: Date): IsoDate;
  /** Minutes to add to UTC for wall-clock time at the instant. */
  offsetMinutes(ms: number): number;
}

const HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Wall-clock "yyyy-MM-dd HH:mm:ss" of an instant in a zone, by Intl. */
function intlWallClock(ms: number, tz: string): string {
  const p: Record<string, string> = {};
  for (const part of formatter(tz).formatToParts(new Date(ms))) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** Formats an instant as "yyyy-MM-dd HH:mm:ss" in a zone (Utilities.formatDate's contract). */
export type InstantFormatter = (instant: Date, tz: string) => string;

export function createZone(tz: string, formatInstant?: InstantFormatter): Zone {
  const wall: (ms: number) => string = formatInstant
    ? (ms) => formatInstant(new Date(ms), tz)
    : (ms) => intlWallClock(ms, tz);
  const cache = new Map<number, number>();
  const offsetMinutes = (ms: number): number => {
    // Offsets change on the hour or half hour at most; memoising per hour keeps 10,000 dates cheap.
    const bucket = Math.floor(ms / HOUR);
    const hit = cache.get(bucket);
    if (hit !== undefined) return hit;
    const at = bucket * HOUR;
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(wall(at));
    if (!m) throw new Error(`Time zone ${tz}: unreadable wall clock`);
    const wallMs = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4] % 24, +m[5], +m[6]);
    const offset = Math.round((wallMs - at) / 60000);
    cache.set(bucket, offset);
    return offset;
  };
  const dateOf = (instant: Date): IsoDate => {
    const w = new Date(instant.getTime() + offsetMinutes(instant.getTime()) * 60000);
    return isoDate(w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate());
  };
  return {
    tz,
    offsetMinutes,
    dateOf,
    midnight(day, dateCtor = Date) {
      const [y, m, d] = day.split("-").map(Number);
      const wallMs = Date.UTC(y, m - 1, d);
      // Two steps: the offset at the guess may differ from the offset at the answer across a DST change.
      let ms = wallMs - offsetMinutes(wallMs) * 60000;
      ms = wallMs - offsetMinutes(ms) * 60000;
      return new dateCtor(ms);
    },
    today(now = new Date()) {
      return dateOf(now);
    },
  };
}

/** Does this runtime's Intl know the zone? (Apps Script's V8 does; the fallback is Utilities.formatDate.) */
export function intlKnowsZone(tz: string): boolean {
  try {
    formatter(tz).format(new Date(0));
    return true;
  } catch {
    return false;
  }
}

/**
 * The day of a date cell handed to a custom function, with no zone at hand (custom functions call no
 * service). Sheets gives the instant of the day's midnight in the spreadsheet's zone, which lies within
 * twelve hours of that day's UTC midnight for every zone from UTC−11 to UTC+12 (Kamchatka; a half day
 * rounds up): rounding to the nearest UTC midnight recovers the day.
 */
export function dayOfDateCell(instant: Date): IsoDate {
  const t = new Date(Math.round(instant.getTime() / 86_400_000) * 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * The script's own zone (appsscript.json's timeZone is what Intl defaults to in Apps Script): what custom
 * functions use for «today» and for the Dates they return, since they may call no service to learn the
 * spreadsheet's. Exact when the spreadsheet's zone is the script's (Europe/Moscow); documented in the README.
 */
export function scriptZone(): Zone {
  let tz = "UTC";
  try {
    tz = new Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    // keep UTC
  }
  return createZone(tz);
}
