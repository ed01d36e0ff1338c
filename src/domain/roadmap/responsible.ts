/**
 * A responsible cell → one entry per person or body. Entries are separated by commas, line breaks, «;»
 * and full stops that end a sentence (not the dot of «зам.» or of initials), but an entry is a person,
 * not a piece between commas:
 * - a post written after a name belongs to it: «Москвина Т.Н., директор школы» is one person with a post
 *   (also across a line break when the post goes on in lower case: «Иванова А.А.» / «заместитель …»);
 *   a post before the name («директор Москвина Т.Н.») is one entry already;
 * - an organisation-type abbreviation after a comma qualifies the role before it: «руководители ОО, ДО» is
 *   one entry (heads of schools and of further-education organisations), not a role «ДО»; likewise
 *   «лица, ответственные за …» stays whole;
 * - two names are two people («Иванов И.И., Петров П.П.»), and so are two posts («Директор, заместитель
 *   директора по УВР»): without a name there is no telling that they are one person.
 */
import { ABBREVIATIONS, ORG_QUALIFIER, PERSON_ONLY } from "./vocabulary";

type Break = "start" | "comma" | "line";

interface Piece {
  text: string;
  before: Break;
}

export function splitResponsible(text: string): string[] {
  const pieces: Piece[] = [];
  for (const block of text.split(/\n|;/)) {
    block.split(",").forEach((raw, i) => {
      const part = raw.replace(/\s+/g, " ").trim();
      if (!part) return;
      const previous = pieces[pieces.length - 1];
      const qualifies = ORG_QUALIFIER.test(part.replace(/[.\s]+$/, "")) || /^ответственн[а-яё]*\s/u.test(part);
      if (previous && i > 0 && qualifies && !/\.$/.test(previous.text)) {
        previous.text = `${previous.text}, ${part}`;
        return;
      }
      splitSentences(part).forEach((sentence, k) =>
        pieces.push({ text: sentence, before: k > 0 ? "line" : i > 0 ? "comma" : pieces.length ? "line" : "start" }),
      );
    });
  }
  const people: string[] = [];
  let lastWasBareName = false;
  for (const piece of pieces) {
    const clean = tidy(piece.text);
    if (!clean) continue;
    const isName = PERSON_ONLY.test(clean);
    const post = !isName && (piece.before === "comma" || (piece.before === "line" && /^[а-яё]/u.test(clean)));
    if (lastWasBareName && post) {
      people[people.length - 1] = `${people[people.length - 1]}, ${clean}`;
      lastWasBareName = false;
      continue;
    }
    people.push(clean);
    lastWasBareName = isName;
  }
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.toLowerCase().replace(/ё/g, "е");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
    // «Иванова А.А. Директор»: the dot after initials does not end a sentence either.
    if (/(?:^|\s)[А-ЯЁ]\.\s*[А-ЯЁ]$/u.test(before)) continue;
    out.push(part.slice(start, m.index + 1));
    start = m.index + m[0].length;
  }
  out.push(part.slice(start));
  return out;
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
