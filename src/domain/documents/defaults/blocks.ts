/**
 * Building blocks of the default templates: the standard layout of an order of a Russian educational
 * organisation (name, «ПРИКАЗ», number and date, «О …», preamble with the legal basis, «ПРИКАЗЫВАЮ:»,
 * numbered points, signature line, acquaintance line) and small helpers for paragraphs and tables.
 */
import type { Block, ParagraphBlock, ParagraphStyle, TableBlock } from "../template";

export const p = (text: string, style?: ParagraphStyle): ParagraphBlock =>
  style ? { type: "paragraph", text, style } : { type: "paragraph", text };
/** A paragraph of running text: justified, first line indented. */
export const body = (text: string): ParagraphBlock => p(text, { align: "justify", indent: true });
export const center = (text: string, bold = false): ParagraphBlock => p(text, { align: "center", bold });
export const right = (text: string): ParagraphBlock => p(text, { align: "right" });
export const bold = (text: string): ParagraphBlock => p(text, { bold: true });
export const heading = (text: string): ParagraphBlock => p(text, { align: "center", bold: true, heading: true });
export const blank = (): ParagraphBlock => p("");
export const pageBreak = (): Block => ({ type: "pageBreak" });
export const table = (rows: string[][], headerRows = 1): TableBlock => ({ type: "table", rows, headerRows });
export const layoutTable = (rows: string[][]): TableBlock => ({ type: "table", rows, borderless: true });

/** The federal basis every document cites (instrumental case, after «в соответствии с»). */
export const FEDERAL_BASIS =
  "распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении " +
  "методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную " +
  "деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего " +
  "профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися»";

/** «В соответствии с распоряжением … Р-145 …, <региональный акт>, <what follows>,» — the comma before «ПРИКАЗЫВАЮ». */
export const preamble = (tail: string): ParagraphBlock =>
  body(`В соответствии с ${FEDERAL_BASIS}, {{региональный_акт}}, ${tail},`);

/** Organisation, «ПРИКАЗ», number and date, subject. */
export function orderHeader(subject: string): Block[] {
  return [
    center("{{организация}}", true),
    blank(),
    heading("ПРИКАЗ"),
    center("№ ______ от {{дата_приказа}}"),
    blank(),
    bold(subject),
    blank(),
  ];
}

export const ORDER_VERB = (): ParagraphBlock => bold("ПРИКАЗЫВАЮ:");

/** Numbered points of an order, each a paragraph «1. …». Sub-points keep their own numbers («2.1. …»). */
export const points = (items: readonly string[]): ParagraphBlock[] => items.map(body);

export const CONTROL_POINT = "Контроль за исполнением настоящего приказа оставляю за собой.";

/** Signature of the head and the curator's acquaintance line. */
export function orderSignature(acquainted = true): Block[] {
  const blocks: Block[] = [blank(), p("{{должность_руководителя}}\t\t_______________\t{{руководитель}}"), blank()];
  if (acquainted)
    blocks.push(p("С приказом ознакомлен(а):"), p("{{куратор}}\t_______________\t«___» ____________ 20___ г."));
  return blocks;
}

/** The appendix heading of an order: on a new page, right-aligned reference, then a centred title. */
export function orderAppendix(title: string): Block[] {
  return [
    pageBreak(),
    right("Приложение"),
    right("к приказу {{организация}}"),
    right("от {{дата_приказа}} № ______"),
    blank(),
    center(title, true),
    blank(),
  ];
}
