/**
 * A responsible cell → its persons and roles. Entries are separated by commas, line breaks, «;» and full
 * stops that end a sentence (not the dot of «зам.» or of initials). An organisation-type abbreviation after a
 * comma qualifies the role before it: «руководители ОО, ДО» is one entry (heads of schools and of
 * further-education organisations), not a role «ДО»; likewise «лица, ответственные за …» stays whole.
 */
import { ABBREVIATIONS, ORG_QUALIFIER } from "./vocabulary";

const NAME_WITH_INITIALS = /^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s*[А-ЯЁ]\.)\s*(\S.*)$/u;
const INITIALS_THEN_NAME = /^([А-ЯЁ]\.\s*[А-ЯЁ]\.\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+(\S.*)$/u;

export function splitResponsible(text: string): string[] {
  const pieces: string[] = [];
  for (const block of text.split(/\n|;/)) {
    const parts = block.split(",").map((p) => p.replace(/\s+/g, " ").trim());
    for (const part of parts) {
      if (!part) continue;
      const previous = pieces.length > 0 && pieces[pieces.length - 1];
      const qualifies = ORG_QUALIFIER.test(part.replace(/[.\s]+$/, "")) || /^ответственн[а-яё]*\s/u.test(part);
      if (previous && qualifies && !/\.$/.test(previous)) pieces[pieces.length - 1] = `${previous}, ${part}`;
      else pieces.push(...splitSentences(part));
    }
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const piece of pieces.flatMap(splitAfterName)) {
    const clean = tidy(piece);
    const key = clean.toLowerCase().replace(/ё/g, "е");
    if (clean && !seen.has(key)) {
      seen.add(key);
      out.push(clean);
    }
  }
  return out;
}

/** «Заведующий ДОУ. Старший воспитатель» → two entries; «зам. директора» and «Т.Н.» stay whole. */
function splitSentences(part: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /\.\s+(?=[А-ЯЁ][а-яё])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(part))) {
    const before = part.slice(start, m.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? "").toLowerCase();
    if (ABBREVIATIONS.has(lastWord) || /^[а-яё]$/iu.test(lastWord) || /^[А-ЯЁ]\.[А-ЯЁ]$/u.test(lastWord)) continue;
    out.push(part.slice(start, m.index + 1));
    start = m.index + m[0].length;
  }
  out.push(part.slice(start));
  return out;
}

/** «Иванова А.А. директор» → «Иванова А.А.», «директор». */
function splitAfterName(piece: string): string[] {
  const m = NAME_WITH_INITIALS.exec(piece) ?? INITIALS_THEN_NAME.exec(piece);
  return m ? [m[1], m[2]] : [piece];
}

function tidy(piece: string): string {
  let t = piece
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[,;.\s]+/, "")
    .replace(/[,;\s]+$/, "");
  // A trailing full stop goes unless it belongs to initials or an abbreviation.
  const m = /(\S+)\.$/.exec(t);
  if (m && !ABBREVIATIONS.has(m[1].toLowerCase()) && !/(^|\.)[А-ЯЁ]$/u.test(m[1])) t = t.slice(0, -1);
  return t;
}
