/**
 * Personal links: for each participant, the questionnaires they answer, each opened with their personal
 * code already filled in. Decisions:
 * - the adapter asks Forms once per questionnaire for a pre-filled link carrying PREFILL_SENTINEL, and the
 *   links of every participant are that one template with the sentinel replaced by their code: a fixed
 *   number of service calls whatever the number of participants;
 * - the list is for the class teacher who hands the links out, so it names the participants (it is staff
 *   material, like the registers); it is exported as CSV (Excel in a Russian locale: «;», UTF-8 with a BOM)
 *   and as a printable page. Everything in the page is escaped; a CSV cell that a spreadsheet would read as
 *   a formula gets a leading apostrophe.
 */
import type { FormKey } from "./types";

/** What the code item of a template link holds until it is replaced by a participant's code. */
export const PREFILL_SENTINEL = "CMNPERSONALCODE";

/** The questionnaires each role answers with its personal link, in the order they come in the programme. */
export const LINK_FORMS: Readonly<Record<"mentor" | "mentee", readonly FormKey[]>> = {
  mentee: ["mentee", "preference", "meeting", "satisfaction", "evaluation"],
  mentor: ["mentor", "preference", "meeting", "satisfaction", "evaluation"],
};

export interface LinkPerson {
  id: string;
  name: string;
  grade: string;
  role: "mentor" | "mentee";
  code: string;
}

export interface LinkRow extends LinkPerson {
  links: Array<{ form: FormKey; title: string; url: string }>;
}

/** A participant's link from a form's template (the sentinel replaced by the code, URL-encoded). */
export function personalUrl(template: string, code: string): string {
  return template.split(PREFILL_SENTINEL).join(encodeURIComponent(code));
}

export function linkRows(
  people: readonly LinkPerson[],
  templates: Partial<Record<FormKey, { title: string; template: string }>>,
): LinkRow[] {
  return people.map((p) => ({
    ...p,
    links: LINK_FORMS[p.role].flatMap((form) => {
      const t = templates[form];
      return t ? [{ form, title: t.title, url: personalUrl(t.template, p.code) }] : [];
    }),
  }));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface LinkTexts {
  columns: { id: string; name: string; grade: string; role: string; code: string };
  roles: Record<"mentor" | "mentee", string>;
  title: string;
  intro: string;
}

/** CSV for a spreadsheet or a mail merge: one row per participant, one column per questionnaire. */
export function linksCsv(
  rows: readonly LinkRow[],
  texts: LinkTexts,
  forms: ReadonlyArray<{ form: FormKey; title: string }>,
): string {
  const c = texts.columns;
  const lines = [[c.id, c.name, c.grade, c.role, c.code, ...forms.map((f) => f.title)]];
  for (const r of rows) {
    const byForm = new Map(r.links.map((l) => [l.form, l.url]));
    lines.push([r.id, r.name, r.grade, texts.roles[r.role], r.code, ...forms.map((f) => byForm.get(f.form) ?? "")]);
  }
  return "\uFEFF" + lines.map((l) => l.map(csvCell).join(";")).join("\r\n") + "\r\n";
}

/** A printable page: one card per participant, to cut out and hand over. */
export function linksHtml(rows: readonly LinkRow[], texts: LinkTexts): string {
  const cards = rows
    .map((r) => {
      const links = r.links
        .map((l) => `<li>${escapeHtml(l.title)}<br><a href="${escapeHtml(l.url)}">${escapeHtml(l.url)}</a></li>`)
        .join("");
      const grade = r.grade === "" ? "" : `, ${escapeHtml(r.grade)}`;
      return (
        `<section class="card"><h2>${escapeHtml(r.name)}${grade}</h2>` +
        `<p>${escapeHtml(texts.roles[r.role])} · ${escapeHtml(r.id)} · ${escapeHtml(texts.columns.code)}: <b>${escapeHtml(r.code)}</b></p>` +
        `<ul>${links}</ul></section>`
      );
    })
    .join("\n");
  return (
    `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(texts.title)}</title>` +
    "<style>body{font:12px sans-serif;margin:16px}.card{border:1px dashed #999;padding:8px 12px;margin:0 0 12px;" +
    "page-break-inside:avoid}h2{font-size:14px;margin:0 0 4px}ul{margin:4px 0;padding-left:16px}a{word-break:break-all}</style>" +
    `</head><body><h1>${escapeHtml(texts.title)}</h1><p>${escapeHtml(texts.intro)}</p>\n${cards}\n</body></html>`
  );
}
