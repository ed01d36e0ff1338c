/**
 * Tokens → pieces: the grammar of one deadline text. A piece is one date, period or range as written,
 * with years possibly still missing (resolve.ts fills them); lists are simply consecutive pieces.
 *
 *   text     := (piece | marker | separator | noise)*
 *   piece    := ["с"] unit [("-" | "по" | "до") unit]  |  "в течение" (год | учебный год | Y-Y учебного года)
 *   unit     := date | day month [year] | month [year] | ordinal (квартал | полугодие) [year]
 *             | year ["-" year] ["учебный год"] | day ("числа") | day (borrowing a month from the range end)
 */
import type { PeriodRepeat } from "./types";
import { lookupMonth, lookupOrdinal } from "./lexicon";
import type { Token } from "./tokens";
import {
  DAY_OF_MONTH_WORDS,
  HALF_YEAR_WORDS,
  MAX_YEAR,
  MIN_YEAR,
  NOISE_WORDS,
  QUARTER_WORDS,
  YEAR_WORDS,
} from "./vocabulary";

export type Unit =
  | { unit: "day"; day: number; month?: number; year?: number }
  | { unit: "month"; month: number; year?: number }
  | { unit: "quarter"; quarter: number; year?: number }
  | { unit: "half"; half: number; year?: number; school?: boolean }
  | { unit: "year"; year: number }
  | { unit: "years"; from: number; to: number }
  | { unit: "school-year"; year?: number };

/** How a deadline word bends the period: «до» = strictly before it, «не позднее» / «до конца» = by its end. */
export type DeadlineMode = "none" | "before" | "by" | "endof";

export type Piece =
  | { type: "single"; unit: Unit; mode: DeadlineMode; openEnd?: boolean }
  | { type: "range"; from: Unit; to: Unit; mode: DeadlineMode }
  | { type: "continuous"; scope: "program" | "year" | "school-year"; year?: number };

export interface Parsed {
  pieces: Piece[];
  repeat: PeriodRepeat | null;
  unsupportedRepeat: boolean;
  schedule: boolean;
  /** Things seen but not understood: words, broken dates, a range left open. */
  doubts: string[];
}

const REPEAT_BY_MARKER: Readonly<Record<string, PeriodRepeat>> = {
  "@yearly": "yearly",
  "@quarterly": "quarterly",
  "@monthly": "monthly",
};

const MODE_BY_MARKER: Readonly<Record<string, DeadlineMode>> = {
  "@before": "before",
  "@by": "by",
  "@endof": "endof",
};

/** The year a token stands for («2022»), or undefined. */
function yearValue(t: Token | undefined): number | undefined {
  return t !== undefined && t.kind === "number" && t.digits === 4 && t.value >= MIN_YEAR && t.value <= MAX_YEAR
    ? t.value
    : undefined;
}

function isYear(t: Token | undefined): boolean {
  return yearValue(t) !== undefined;
}

function isMarker(t: Token | undefined, marker: string): boolean {
  return t !== undefined && t.kind === "marker" && t.marker === marker;
}

function isWordIn(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && t.kind === "word" && set.has(t.text);
}

export function parseTokens(tokens: Token[]): Parsed {
  const out: Parsed = { pieces: [], repeat: null, unsupportedRepeat: false, schedule: false, doubts: [] };
  let i = 0;
  let mode: DeadlineMode = "none";

  const skipYearWords = () => {
    while (isWordIn(tokens[i], YEAR_WORDS)) i++;
  };

  /** An optional year after a month, a day or a quarter: «2022», «2022 г.», even «март, 2022». */
  const optionalYear = (): number | undefined => {
    const comma = tokens[i]?.kind === "comma" ? 1 : 0;
    const year = yearValue(tokens[i + comma]);
    const after = tokens[i + comma + 1];
    if (year === undefined || (comma && after && (after.kind === "dash" || after.kind === "slash"))) return undefined;
    i += comma + 1;
    skipYearWords();
    return year;
  };

  /** The second year of «2022-2023», «2022/23». */
  const secondYear = (first: number): number | undefined => {
    const sep = tokens[i];
    const next = tokens[i + 1];
    if (!sep || (sep.kind !== "dash" && sep.kind !== "slash") || !next || next.kind !== "number") return undefined;
    if (isYear(next)) {
      i += 2;
      return next.value;
    }
    if (next.digits === 2 && (first + 1) % 100 === next.value) {
      i += 2;
      return first + 1;
    }
    return undefined;
  };

  const unit = (): Unit | null => {
    const t = tokens[i];
    if (!t) return null;
    if (t.kind === "date") {
      i++;
      skipYearWords();
      return { unit: "day", day: t.day, month: t.month, year: t.year };
    }
    if (t.kind === "number") {
      const next = tokens[i + 1];
      if (isYear(t)) {
        i++;
        const second = secondYear(t.value);
        if (second !== undefined) {
          skipYearWords();
          if (isMarker(tokens[i], "@school")) {
            i++;
            if (second !== t.value + 1) out.doubts.push(`учебный год ${t.value}-${second}`);
            return { unit: "school-year", year: t.value };
          }
          if (second < t.value) out.doubts.push(`годы ${t.value}-${second}`);
          return { unit: "years", from: t.value, to: second };
        }
        skipYearWords();
        return { unit: "year", year: t.value };
      }
      if (next && next.kind === "word") {
        const month = lookupMonth(next.text);
        if (month && t.value >= 1 && t.value <= 31) {
          i += 2;
          return { unit: "day", day: t.value, month: month.month, year: optionalYear() };
        }
        if (QUARTER_WORDS.has(next.text) && t.value >= 1 && t.value <= 4) {
          i += 2;
          return { unit: "quarter", quarter: t.value, year: optionalYear() };
        }
        if (HALF_YEAR_WORDS.has(next.text) && t.value >= 1 && t.value <= 2) {
          i += 2;
          return { unit: "half", half: t.value, year: optionalYear() };
        }
        if (DAY_OF_MONTH_WORDS.has(next.text) && t.value >= 1 && t.value <= 31) {
          i += 2;
          return { unit: "day", day: t.value };
        }
      }
      if (t.digits <= 2 && t.value >= 1 && t.value <= 31) {
        i++;
        return { unit: "day", day: t.value }; // «с 1 по 15 сентября»: the month comes from the range end
      }
      return null;
    }
    if (t.kind === "word") {
      const month = lookupMonth(t.text);
      if (month) {
        i++; // a one-edit misspelling of a single month («сентбрь») is read as that month, not doubted
        return { unit: "month", month: month.month, year: optionalYear() };
      }
      const ordinal = lookupOrdinal(t.text);
      const next = tokens[i + 1];
      if (ordinal !== undefined && next && next.kind === "word") {
        if (QUARTER_WORDS.has(next.text) && ordinal <= 4) {
          i += 2;
          return { unit: "quarter", quarter: ordinal, year: optionalYear() };
        }
        if (HALF_YEAR_WORDS.has(next.text) && ordinal <= 2) {
          i += 2;
          return { unit: "half", half: ordinal, year: optionalYear() };
        }
      }
    }
    return null;
  };

  /** After «в течение»: a year, a school year, or nothing special (then it is just noise). */
  const during = (): Piece | null => {
    const start = i;
    while (isWordIn(tokens[i], NOISE_WORDS)) i++;
    const t = tokens[i];
    if (isMarker(t, "@program")) {
      i++;
      return { type: "continuous", scope: "program" };
    }
    if (isMarker(t, "@school")) {
      i++;
      return { type: "continuous", scope: "school-year" };
    }
    if (isWordIn(t, YEAR_WORDS)) {
      i++;
      return { type: "continuous", scope: "year" };
    }
    const year = yearValue(t);
    if (year !== undefined) {
      i++;
      const second = secondYear(year);
      skipYearWords();
      if (second !== undefined && isMarker(tokens[i], "@school")) {
        i++;
        if (second !== year + 1) out.doubts.push(`учебный год ${year}-${second}`);
        return { type: "continuous", scope: "school-year", year };
      }
      if (second === undefined && isWordIn(tokens[i - 1], YEAR_WORDS))
        return { type: "continuous", scope: "year", year };
    }
    i = start;
    return null;
  };

  /** A unit and, when a range separator follows, its other end. */
  const piece = (opened: boolean): Piece | null => {
    const from = unit();
    if (!from) return null;
    const sep = tokens[i];
    const isSep = sep && (sep.kind === "dash" || isMarker(sep, "@to") || (opened && isMarker(sep, "@before")));
    if (isSep) {
      const save = i;
      i++;
      const to = unit();
      if (to) {
        if (from.unit === "year" && to.unit === "year")
          return {
            type: "single",
            unit: { unit: "years", from: from.year, to: to.year },
            mode: opened ? "none" : mode,
          };
        return { type: "range", from, to, mode: opened ? "none" : mode };
      }
      i = save;
    }
    if (opened) {
      out.doubts.push("начало без конца"); // «с 01.09.2022»: a start, the end left open
      return { type: "single", unit: from, mode: "none", openEnd: true };
    }
    return { type: "single", unit: from, mode };
  };

  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === "marker") {
      i++;
      if (t.marker === "@schedule") out.schedule = true;
      else if (t.marker === "@program") out.pieces.push({ type: "continuous", scope: "program" });
      else if (t.marker === "@school") out.pieces.push({ type: "single", unit: { unit: "school-year" }, mode });
      else if (t.marker === "@unsupported-repeat") out.unsupportedRepeat = true;
      else if (REPEAT_BY_MARKER[t.marker]) out.repeat = REPEAT_BY_MARKER[t.marker];
      else if (MODE_BY_MARKER[t.marker]) mode = MODE_BY_MARKER[t.marker];
      else if (t.marker === "@during") {
        const p = during();
        if (p) out.pieces.push(p);
      } else if (t.marker === "@from") {
        mode = "none"; // «с … по …» is a period, whatever deadline word came before
        const p = piece(true);
        if (p) out.pieces.push(p);
        else out.doubts.push("«с» без даты");
      } else out.doubts.push(t.marker);
      continue;
    }
    if (t.kind === "comma" || t.kind === "dash" || t.kind === "slash" || isWordIn(t, NOISE_WORDS)) {
      i++;
      continue;
    }
    const p = piece(false);
    if (p) {
      out.pieces.push(p);
      continue;
    }
    out.doubts.push(t.kind === "word" ? t.text : t.kind === "number" ? String(t.value) : t.kind);
    i++;
  }
  return out;
}
