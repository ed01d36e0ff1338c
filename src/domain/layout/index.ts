/** Text → table layout shared by the roadmap, indicators and contingent readers. */
export { cleanCell, decodeEntities, dropBullet, htmlTables, startsWithBullet, stripHtml } from "./cells";
export { guessDelimiter, parseDelimited, type Delimited } from "../common/delimited";
export { continuesList, listMarker, stitchRows, tableWidth, type StitchedRow, type StitchMode } from "./stitch";
export {
  isNumberingRow,
  normaliseText,
  readWordText,
  shapeText,
  type PhysicalTable,
  type ShapedText,
  type SourceRow,
  type TableShape,
} from "./textTable";
