/**
 * What «Ссылка на книгу или файл» in «Школы» holds: a Google Sheets link (…/spreadsheets/d/<id>/…),
 * a bare spreadsheet id, a note that the school sends files («файл: …», written when a file is
 * accepted), or nothing.
 */
export type SchoolLink =
  { kind: "workbook"; id: string } | { kind: "file"; name: string } | { kind: "none" } | { kind: "bad"; text: string };

export const FILE_PREFIX = "файл: ";

export function parseSchoolLink(text: string): SchoolLink {
  const t = text.trim();
  if (!t) return { kind: "none" };
  if (t.toLowerCase().startsWith(FILE_PREFIX.trim()))
    return { kind: "file", name: t.slice(FILE_PREFIX.trim().length).trim() };
  const url = /\/spreadsheets\/(?:u\/\d+\/)?d\/([\w-]{10,})/.exec(t);
  if (url) return { kind: "workbook", id: url[1] };
  if (/^[\w-]{20,}$/.test(t)) return { kind: "workbook", id: t };
  return { kind: "bad", text: t };
}

export const fileLink = (name: string): string => `${FILE_PREFIX}${name}`;
