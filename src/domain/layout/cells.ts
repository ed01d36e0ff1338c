/**
 * Turning what people paste (Word text, PDF text, HTML from a browser or from mammoth) into plain lines and
 * cells: tags out, entities decoded, bullets dropped, numbering inside cells kept as text.
 */

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  laquo: "«",
  raquo: "»",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  bull: "•",
  middot: "·",
  shy: "",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  lsquo: "‘",
  rsquo: "’",
  numero: "№",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** HTML fragment → text with line breaks where blocks, rows and list items end. */
export function stripHtml(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(p|div|li|tr|h[1-6]|table|ul|ol)\s*>/gi, "\n")
      .replace(/<(td|th)\b[^>]*>/gi, "\t")
      .replace(/<[^>]*>/g, ""),
  );
}

/** Bullet marks that start a list item inside a cell (the item's own numbering «1.» is kept). */
const BULLET = /^[ \t]*(?:[•·▪▫○●◦■□➢➤►✓✔\u2043\uF0B7\uF0A7\uF0D8»]|[-–—*](?=\s))[ \t]*/u;

/** One cell's text: non-breaking spaces to spaces, bullets dropped, blank lines and runs of spaces removed. */
export function cleanCell(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u202F\u2007]/g, " ")
    .replace(/[\u200B\u00AD\uFEFF]/g, "")
    .split("\n")
    .map((line) =>
      line
        .replace(BULLET, "")
        .replace(/[ \t]+/g, " ")
        .trim(),
    )
    .filter((line) => line !== "")
    .join("\n");
}

/** Whether a line begins with a bullet mark (a list item to keep on its own line). */
export function startsWithBullet(line: string): boolean {
  return BULLET.test(line) && !/^\s*$/.test(line.replace(BULLET, ""));
}

export function dropBullet(line: string): string {
  return line.replace(BULLET, "");
}

export interface HtmlTables {
  /** Text before the first table (a heading that names the year). */
  preamble: string;
  tables: string[][][];
}

/**
 * Tables of an HTML fragment as grids of cell texts. Merged cells (rowspan / colspan) leave empty cells in the
 * rows and columns they cover, so every row keeps the header's columns.
 */
export function htmlTables(html: string): HtmlTables {
  const firstTable = html.search(/<table\b/i);
  const preamble = firstTable > 0 ? stripHtml(html.slice(0, firstTable)) : "";
  const tables: string[][][] = [];
  const tableRe = /<table\b[^>]*>([\s\S]*?)<\/table\s*>/gi;
  let m: RegExpExecArray | null;
  while ((m = tableRe.exec(html))) tables.push(tableGrid(m[1]));
  return { preamble, tables };
}

function tableGrid(inner: string): string[][] {
  const grid: string[][] = [];
  const pending: { col: number; rowsLeft: number; width: number }[] = [];
  const rowRe = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tbody|<\/thead|<\/tfoot|$)/gi;
  let r: RegExpExecArray | null;
  while ((r = rowRe.exec(inner))) {
    const row: string[] = [];
    const cellRe = /<(td|th)\b([^>]*)>([\s\S]*?)(?=<td\b|<th\b|<\/tr|$)/gi;
    let c: RegExpExecArray | null;
    let col = 0;
    const fillSpans = () => {
      let spanned = pending.find((p) => p.col === col && p.rowsLeft > 0);
      while (spanned) {
        for (let k = 0; k < spanned.width; k++) row[col++] = "";
        spanned = pending.find((p) => p.col === col && p.rowsLeft > 0);
      }
    };
    while ((c = cellRe.exec(r[1]))) {
      fillSpans();
      const attrs = c[2];
      const colspan = Math.max(1, Math.min(50, Number(/colspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1)));
      const rowspan = Math.max(1, Math.min(1000, Number(/rowspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1)));
      const text = cleanCell(stripHtml(c[3].replace(/<\/t[dh]\s*>[\s\S]*$/i, "")).replace(/\t/g, " "));
      if (rowspan > 1) pending.push({ col, rowsLeft: rowspan, width: colspan });
      row[col++] = text;
      for (let k = 1; k < colspan; k++) row[col++] = "";
    }
    fillSpans();
    for (const p of pending) p.rowsLeft--;
    for (let i = pending.length - 1; i >= 0; i--) if (pending[i].rowsLeft <= 0) pending.splice(i, 1);
    grid.push(Array.from(row, (v) => v ?? ""));
  }
  return grid;
}
