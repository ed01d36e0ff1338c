/**
 * Text → tokens. Normalising first makes every later rule simpler: one dash, lower case, ё → е, spaces
 * between digits and letters («2022г.», «2022-2023учебный»), no dots after letters («г.г.», «уч.»), and
 * known phrases replaced by marker words (see phrases.ts).
 */
import { normaliseDashes, squashSpaces } from "../common/normalise";
import { PHRASES, type Marker } from "./phrases";
import { MAX_YEAR, MIN_YEAR } from "./vocabulary";

export type Token =
  | { kind: "number"; value: number; digits: number }
  | { kind: "date"; day: number; month: number; year?: number }
  | { kind: "word"; text: string }
  | { kind: "marker"; marker: Marker }
  | { kind: "dash" }
  | { kind: "comma" }
  | { kind: "slash" };

export function normalisePeriodText(text: string): string {
  let s = normaliseDashes(String(text)).toLowerCase().replace(/ё/g, "е");
  s = s.replace(/[\u0406\u0456\u04c0\u04cf]/g, "i"); // Cyrillic «І» typed for a Roman one
  s = s
    .replace(/[«»"“”„']/g, " ")
    .replace(/[()[\]{}]/g, " ")
    .replace(/[,;]/g, " , ");
  s = s.replace(/(\d)([а-яa-z])/g, "$1 $2").replace(/([а-яa-z])(\d)/g, "$1 $2");
  s = s.replace(/([а-яa-z])\.+/g, "$1 ");
  // «1-й», «2-е», «15-го»: an ordinal suffix adds nothing to the number.
  s = s.replace(/(\d)\s*-\s*(?:й|го|ого|ий|ый|е|ое|м|ом|я|ая)(?![а-яa-z])/g, "$1");
  s = squashSpaces(s);
  for (const { pattern, marker } of PHRASES) s = s.replace(pattern, ` ${marker} `);
  return squashSpaces(s);
}

function twoDigitYear(raw: string): number {
  return raw.length === 2 ? 2000 + Number(raw) : Number(raw);
}

function validDate(day: number, month: number, year?: number): boolean {
  return (
    day >= 1 && day <= 31 && month >= 1 && month <= 12 && (year === undefined || (year >= MIN_YEAR && year <= MAX_YEAR))
  );
}

/** Patterns tried in order at each position; the first that yields a token wins. */
const LEXEMES: readonly { re: RegExp; make: (m: RegExpExecArray) => Token | null }[] = [
  { re: /@[a-z-]+/y, make: (m) => ({ kind: "marker", marker: m[0] as Marker }) },
  {
    re: /(\d{4})-(\d{2})-(\d{2})(?!\d)/y,
    make: (m) => (validDate(+m[3], +m[2], +m[1]) ? { kind: "date", day: +m[3], month: +m[2], year: +m[1] } : null),
  },
  {
    // «15.02.2021», «15.10.», «30.08..2021», «15.09.22»
    re: /(\d{1,2})\s*\.+\s*(\d{1,2})(?:\s*\.+\s*(\d{4}|\d{2})(?!\d))?\.*/y,
    make: (m) => {
      const year = m[3] === undefined ? undefined : twoDigitYear(m[3]);
      return validDate(+m[1], +m[2], year) ? { kind: "date", day: +m[1], month: +m[2], year } : null;
    },
  },
  {
    re: /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/y,
    make: (m) =>
      validDate(+m[1], +m[2], twoDigitYear(m[3]))
        ? { kind: "date", day: +m[1], month: +m[2], year: twoDigitYear(m[3]) }
        : null,
  },
  { re: /\d+/y, make: (m) => ({ kind: "number", value: Number(m[0]), digits: m[0].length }) },
  { re: /[а-яa-z№]+/y, make: (m) => ({ kind: "word", text: m[0] }) },
  { re: /-/y, make: () => ({ kind: "dash" }) },
  { re: /,/y, make: () => ({ kind: "comma" }) },
  { re: /\//y, make: () => ({ kind: "slash" }) },
];

export function tokenise(normalised: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  outer: while (pos < normalised.length) {
    if (/\s/.test(normalised[pos])) {
      pos++;
      continue;
    }
    for (const { re, make } of LEXEMES) {
      re.lastIndex = pos;
      const m = re.exec(normalised);
      if (!m) continue;
      const token = make(m);
      if (!token) continue;
      tokens.push(token);
      pos = re.lastIndex;
      continue outer;
    }
    pos++; // a stray symbol («.», «*», «:») carries no date
  }
  return tokens;
}
