/**
 * Time zones, Sheets serial dates and Java SimpleDateFormat patterns (what Utilities.formatDate takes).
 * Sheets stores a date as days since 1899-12-30 in the spreadsheet's time zone (wall-clock time).
 */

export const DEFAULT_TZ = "Europe/Moscow";

/** A Date from any realm (scripts run in node:vm contexts have their own Date constructor). */
export function isDate(v: unknown): v is Date {
  return v instanceof Date || Object.prototype.toString.call(v) === "[object Date]";
}
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
/** Moscow has been UTC+3 all year since 2014-10-26; earlier dates go through Intl (historic DST). */
const MOSCOW_FIXED_FROM = Date.UTC(2014, 9, 25, 23);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes to add to UTC to get wall-clock time in `tz` at `ms`. */
export function tzOffsetMinutes(ms: number, tz: string): number {
  if (tz === "Europe/Moscow" && ms >= MOSCOW_FIXED_FROM) return 180;
  if (tz === "UTC" || tz === "GMT" || tz === "Etc/UTC" || tz === "Etc/GMT") return 0;
  const fixed = /^(?:GMT|UTC)([+-])(\d{1,2}):?(\d{2})?$/.exec(tz);
  if (fixed) return (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
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
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== "literal") p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
}

/** Wall-clock fields of an instant in `tz`, as a UTC-based Date (read with getUTC*). */
export function wallClock(date: Date, tz: string): Date {
  return new Date(date.getTime() + tzOffsetMinutes(date.getTime(), tz) * 60000);
}

/** The instant whose wall-clock time in `tz` is the UTC fields of `wall`. */
export function fromWallClock(wallMs: number, tz: string): Date {
  let ms = wallMs - tzOffsetMinutes(wallMs, tz) * 60000;
  ms = wallMs - tzOffsetMinutes(ms, tz) * 60000;
  return new Date(ms);
}

export function dateToSerial(date: Date, tz: string): number {
  return (wallClock(date, tz).getTime() - EPOCH) / DAY;
}

export function serialToDate(serial: number, tz: string): Date {
  return fromWallClock(Math.round(EPOCH + serial * DAY), tz);
}

const RU_MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
/** English month names (Utilities.formatDate «MMMM», the en_US locale). */
export const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Split a SimpleDateFormat pattern into letter runs and literal text ('quoted' or other characters). */
function tokens(pattern: string): Array<{ letter?: string; count: number; text?: string }> {
  const out: Array<{ letter?: string; count: number; text?: string }> = [];
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = end < 0 ? pattern.slice(i + 1) : pattern.slice(i + 1, end);
      out.push({ count: 0, text: text === "" ? "'" : text });
      i = end < 0 ? pattern.length : end + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out.push({ letter: ch, count: j - i });
      i = j;
    } else {
      out.push({ count: 0, text: ch });
      i++;
    }
  }
  return out;
}

/** Utilities.formatDate: Java SimpleDateFormat letters G y M d H h m s S E a Z X u. */
export function formatDate(date: Date, tz: string, pattern: string): string {
  const offset = tzOffsetMinutes(date.getTime(), tz);
  const w = new Date(date.getTime() + offset * 60000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return tokens(pattern)
    .map(({ letter, count, text }) => {
      if (text !== undefined) return text;
      switch (letter) {
        case "y":
          return count === 2 ? pad(w.getUTCFullYear() % 100, 2) : pad(w.getUTCFullYear(), count);
        case "M":
          if (count >= 4) return EN_MONTHS[w.getUTCMonth()];
          if (count === 3) return EN_MONTHS[w.getUTCMonth()].slice(0, 3);
          return pad(w.getUTCMonth() + 1, count);
        case "d":
          return pad(w.getUTCDate(), count);
        case "H":
          return pad(w.getUTCHours(), count);
        case "h":
          return pad(w.getUTCHours() % 12 || 12, count);
        case "m":
          return pad(w.getUTCMinutes(), count);
        case "s":
          return pad(w.getUTCSeconds(), count);
        case "S":
          return pad(w.getUTCMilliseconds(), count);
        case "E":
          return count >= 4 ? EN_DAYS[w.getUTCDay()] : EN_DAYS[w.getUTCDay()].slice(0, 3);
        case "u":
          return String(w.getUTCDay() || 7);
        case "a":
          return w.getUTCHours() < 12 ? "AM" : "PM";
        case "Z":
          return `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
        case "X":
          return offset === 0
            ? "Z"
            : count >= 3
              ? `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`
              : `${sign}${pad(Math.floor(abs / 60), 2)}${count === 2 ? pad(abs % 60, 2) : ""}`;
        case "G":
          return "AD";
        default:
          throw new Error(`Illegal pattern character '${letter}'`);
      }
    })
    .join("");
}

/** Utilities.parseDate for numeric patterns (y M d H m s S); throws when the text does not match. */
export function parseDate(text: string, tz: string, pattern: string): Date {
  const f = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0, S: 0 };
  let pos = 0;
  for (const { letter, count, text: lit } of tokens(pattern)) {
    if (lit !== undefined) {
      if (!text.startsWith(lit, pos)) throw new Error(`Unparseable date: "${text}"`);
      pos += lit.length;
      continue;
    }
    if (letter === "M" && count >= 3) {
      const idx = EN_MONTHS.findIndex((m) =>
        text
          .slice(pos)
          .toLowerCase()
          .startsWith((count === 3 ? m.slice(0, 3) : m).toLowerCase()),
      );
      if (idx < 0) throw new Error(`Unparseable date: "${text}"`);
      f.M = idx + 1;
      pos += count === 3 ? 3 : EN_MONTHS[idx].length;
      continue;
    }
    const m = /^\d+/.exec(text.slice(pos));
    if (!m || !letter || !(letter in f)) throw new Error(`Unparseable date: "${text}"`);
    (f as Record<string, number>)[letter] = Number(m[0]);
    pos += m[0].length;
  }
  return fromWallClock(Date.UTC(f.y, f.M - 1, f.d, f.H, f.m, f.s, f.S), tz);
}

export const MONTHS_GENITIVE_RU = RU_MONTHS;

const TZ_NAMES = new Map<string, Intl.DateTimeFormat>();

/** "GMT+0300 (Moscow Standard Time)", the zone part of Date.prototype.toString. */
function zoneText(ms: number, tz: string): string {
  const offset = tzOffsetMinutes(ms, tz);
  const abs = Math.abs(offset);
  let f = TZ_NAMES.get(tz);
  if (!f) TZ_NAMES.set(tz, (f = new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "long" })));
  const name = f.formatToParts(new Date(ms)).find((p) => p.type === "timeZoneName")?.value ?? tz;
  return `GMT${offset < 0 ? "-" : "+"}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)} (${name})`;
}

/** A date-time text with no zone of its own is read as wall-clock time ("local" to JavaScript). */
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT)\b.*)$/i;
const ISO_DATE_ONLY = /^[+-]?\d{4,6}(?:-\d{2}(?:-\d{2})?)?$/;
const ISO_LOCAL = /^[+-]?\d{4,6}-\d{2}-\d{2}T[\d:.]+$/;

/** Date.parse as a script in `tz` sees it: ISO dates are UTC, other texts without a zone are wall-clock. */
function parseIn(text: string, tz: string): number {
  const t = text.trim();
  if (ISO_DATE_ONLY.test(t) || HAS_ZONE.test(t)) return Date.parse(t);
  const asUtc = ISO_LOCAL.test(t) ? Date.parse(`${t}Z`) : Date.parse(`${t} UTC`);
  return Number.isNaN(asUtc) ? Date.parse(t) : fromWallClock(asUtc, tz).getTime();
}

const LOCAL_GETTERS = {
  getFullYear: "getUTCFullYear",
  getMonth: "getUTCMonth",
  getDate: "getUTCDate",
  getDay: "getUTCDay",
  getHours: "getUTCHours",
  getMinutes: "getUTCMinutes",
  getSeconds: "getUTCSeconds",
  getMilliseconds: "getUTCMilliseconds",
} as const;
const LOCAL_SETTERS = {
  setFullYear: "setUTCFullYear",
  setMonth: "setUTCMonth",
  setDate: "setUTCDate",
  setHours: "setUTCHours",
  setMinutes: "setUTCMinutes",
  setSeconds: "setUTCSeconds",
  setMilliseconds: "setUTCMilliseconds",
} as const;

const zonedClasses = new Map<string, DateConstructor>();

/**
 * A Date constructor whose local time is the wall-clock time of `tz`, whatever the host's zone: what a
 * script sees in Apps Script, which runs it in the script's time zone (appsscript.json). Instances are real
 * Dates (`instanceof Date`, getTime, JSON, toISOString unchanged); `new Date()` and `Date.now()` follow
 * `now` when given. Without `now`, one class per zone is shared.
 */
export function zonedDateClass(tz: string, now?: () => Date): DateConstructor {
  const cached = now ? undefined : zonedClasses.get(tz);
  if (cached) return cached;
  const nowMs = () => (now ? now().getTime() : Date.now());
  class ZonedDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(nowMs());
      else if (args.length === 1) {
        const a = args[0];
        if (typeof a === "string") super(parseIn(a, tz));
        else super(isDate(a) ? a.getTime() : (a as number));
      } else {
        const [y, m, d = 1, h = 0, mi = 0, s = 0, ms = 0] = args.map(Number);
        const wall = Date.UTC(y, m, d, h, mi, s, ms);
        // Date.UTC maps years 0–99 to 1900–1999, as the local constructor does.
        super(Number.isNaN(wall) ? NaN : fromWallClock(wall, tz).getTime());
      }
    }
    static override now(): number {
      return nowMs();
    }
    static override parse(text: string): number {
      return parseIn(String(text), tz);
    }
    override getTimezoneOffset(): number {
      const t = this.getTime();
      return Number.isNaN(t) ? NaN : -tzOffsetMinutes(t, tz);
    }
    override toString(): string {
      const t = this.getTime();
      if (Number.isNaN(t)) return "Invalid Date";
      return `${this.toDateString()} ${this.toTimeString()}`;
    }
    override toDateString(): string {
      const t = this.getTime();
      if (Number.isNaN(t)) return "Invalid Date";
      return formatDate(this, tz, "EEE MMM dd yyyy");
    }
    override toTimeString(): string {
      const t = this.getTime();
      if (Number.isNaN(t)) return "Invalid Date";
      return `${formatDate(this, tz, "HH:mm:ss")} ${zoneText(t, tz)}`;
    }
    override toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleString(locales, { timeZone: tz, ...options });
    }
    override toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleDateString(locales, { timeZone: tz, ...options });
    }
    override toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleTimeString(locales, { timeZone: tz, ...options });
    }
  }
  // Methods on the prototype are not enumerable, as Date's own are.
  const define = (name: string, fn: (...args: never[]) => unknown) =>
    Object.defineProperty(ZonedDate.prototype, name, { value: fn, writable: true, configurable: true });
  for (const [local, utc] of Object.entries(LOCAL_GETTERS)) {
    define(local, function (this: Date): number {
      const t = this.getTime();
      if (Number.isNaN(t)) return NaN;
      return (wallClock(this, tz) as unknown as Record<string, () => number>)[utc]();
    });
  }
  for (const [local, utc] of Object.entries(LOCAL_SETTERS)) {
    define(local, function (this: Date, ...values: number[]): number {
      const t = this.getTime();
      // setFullYear on an invalid date starts from +0 (ECMA-262); other setters keep it invalid.
      const base = Number.isNaN(t) ? (local === "setFullYear" ? fromWallClock(0, tz) : null) : this;
      if (!base) return NaN;
      const wall = wallClock(base, tz);
      (wall as unknown as Record<string, (...v: number[]) => number>)[utc](...values);
      return this.setTime(Number.isNaN(wall.getTime()) ? NaN : fromWallClock(wall.getTime(), tz).getTime());
    });
  }
  define("getYear", function (this: Date): number {
    return this.getFullYear() - 1900;
  });
  // Called without `new`, Date() gives the current time as text.
  const ctor = new Proxy(ZonedDate, {
    apply: () => new ZonedDate().toString(),
  }) as unknown as DateConstructor;
  if (!now) zonedClasses.set(tz, ctor);
  return ctor;
}

/**
 * Intl as a script in `tz` sees it: DateTimeFormat defaults to that zone (in Apps Script, appsscript.json's
 * timeZone is the runtime's default zone); everything else is the host's Intl.
 */
export function zonedIntl(tz: string): typeof Intl {
  const Base = Intl.DateTimeFormat;
  const DateTimeFormat = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new Base(locales, { ...options, timeZone: options?.timeZone ?? tz });
  } as unknown as typeof Intl.DateTimeFormat;
  Object.defineProperty(DateTimeFormat, "prototype", { value: Base.prototype });
  Object.defineProperty(DateTimeFormat, "supportedLocalesOf", { value: Base.supportedLocalesOf.bind(Base) });
  const zoned = Object.create(Intl) as typeof Intl;
  Object.defineProperty(zoned, "DateTimeFormat", { value: DateTimeFormat, writable: true, configurable: true });
  return zoned;
}
