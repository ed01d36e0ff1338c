/**
 * The year, school year or programme span a roadmap is about, read from its heading (the text above the
 * table), so the period parser can date «Сентябрь» or «в течение года». Only the heading is read: a deadline
 * cell «в течение 2022-2023 учебного года» says nothing about the whole document.
 */

export interface DocumentYears {
  documentYear?: number;
  documentAcademicYear?: [number, number];
  documentProgram?: [number, number];
}

const Y = "((?:19|20)\\d{2})";
const DASH = "\\s*[-–—/]\\s*";

export function detectDocumentYears(heading: string): DocumentYears {
  const text = heading.replace(/[\u00A0\s]+/g, " ");
  const out: DocumentYears = {};
  const span = (a: string, b: string): [number, number] => [Number(a), Number(b)];

  const program =
    new RegExp(`(?:в\\s+период|на\\s+период)?\\s*с\\s*${Y}\\s*(?:г\\.?|года)?\\s*по\\s*${Y}`, "iu").exec(text) ??
    new RegExp(`${Y}${DASH}${Y}\\s*(?:гг\\.?|г\\.\\s*г\\.?|годы|годов)`, "iu").exec(text);
  if (program && Number(program[2]) > Number(program[1]) + 1) out.documentProgram = span(program[1], program[2]);

  const academic =
    new RegExp(`${Y}${DASH}${Y}\\s*(?:уч|учебн)`, "iu").exec(text) ??
    (program && Number(program[2]) === Number(program[1]) + 1 ? program : null) ??
    new RegExp(`${Y}${DASH}${Y}\\s*(?:г\\.?|гг\\.?|года?)?(?![\\d])`, "iu").exec(text);
  if (academic && Number(academic[2]) === Number(academic[1]) + 1)
    out.documentAcademicYear = span(academic[1], academic[2]);
  else if (academic && !out.documentProgram && Number(academic[2]) > Number(academic[1]) + 1)
    out.documentProgram = span(academic[1], academic[2]);

  const year = new RegExp(`на\\s*${Y}\\s*(?:год|г\\.|г(?![а-яё]))`, "iu").exec(text);
  if (year) out.documentYear = Number(year[1]);
  return out;
}
