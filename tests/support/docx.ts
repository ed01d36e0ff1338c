/** A minimal real .docx (WordprocessingML in a zip): paragraphs above a table whose cells hold paragraphs. */
import JSZip from "jszip";

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

export interface DocxRow {
  /** Each cell as its paragraphs. */
  cells: string[][];
  /** The row is one cell spanning the table (a section heading). */
  merged?: boolean;
}

export async function buildDocx(
  paragraphs: readonly string[],
  rows: readonly DocxRow[],
  width: number,
): Promise<Buffer> {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const tc = (paras: string[], span = 1) =>
    `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}</w:tcPr>${(paras.length ? paras : [""]).map(p).join("")}</w:tc>`;
  const tr = (row: DocxRow) =>
    `<w:tr>${row.merged ? tc(row.cells[0], width) : row.cells.map((c) => tc(c)).join("")}</w:tr>`;
  const body = [...paragraphs.map(p), "<w:tbl>", ...rows.map(tr), "</w:tbl>"].join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}
