/**
 * A rendered document as a .docx file, with the `docx` package (Node only: the CLI, never dist/Code.js).
 * Official layout: A4, Times New Roman 12 pt (titles 14 pt), 1.25 cm first-line indent, margins 2/1.5/2/3 cm;
 * tables with a bold header row, signature blocks without borders; a tab in the text is a tab stop, a
 * line break inside a table cell a new paragraph in the cell.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ParagraphStyle, RenderedDocument } from "../domain/documents/index";

const PT = 2; // docx sizes are in half-points
const CM = 567; // twips per centimetre

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function runs(text: string, bold: boolean, size: number): Array<TextRun> {
  return text
    .split("\t")
    .map(
      (part, i) =>
        new TextRun({ children: i === 0 ? [part] : [new Tab(), part], bold, size: size * PT, font: "Times New Roman" }),
    );
}

function paragraph(text: string, style: ParagraphStyle = {}): Paragraph {
  return new Paragraph({
    children: runs(text, style.bold === true || style.heading === true, style.heading ? 14 : 12),
    ...(style.align ? { alignment: ALIGN[style.align] } : {}),
    ...(style.indent ? { indent: { firstLine: Math.round(1.25 * CM) } } : {}),
  });
}

export async function docxOf(document: RenderedDocument): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const block of document.blocks) {
    if (block.type === "pageBreak") children.push(new Paragraph({ children: [new PageBreak()] }));
    else if (block.type === "paragraph") children.push(paragraph(block.text, block.style));
    else {
      const width = Math.max(...block.rows.map((r) => r.cells.length), 1);
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          ...(block.borderless ? { borders: TableBorders.NONE } : {}),
          rows: block.rows.map(
            (row, r) =>
              new TableRow({
                children: Array.from({ length: width }, (_, c) => row.cells[c] ?? "").map(
                  (cell) =>
                    new TableCell({
                      children: cell.split("\n").map((line) => paragraph(line, { bold: r < block.headerRows })),
                    }),
                ),
              }),
          ),
        }),
      );
    }
  }
  const doc = new Document({
    title: document.title,
    creator: "Куратор ЦМН",
    sections: [
      {
        properties: {
          page: { margin: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: Math.round(1.5 * CM) } },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
