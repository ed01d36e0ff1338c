/** Documents made from the workbook's data: orders, the положение, agreements, consents, the analytical report. */
export { COMMON_FIELDS, DOCUMENT_KINDS, isDocumentKind, KINDS, type DocumentKind, type KindSpec } from "./catalogue";
export { buildDocumentData, type BuildOptions } from "./build";
export { dataFingerprint, type DocumentData, type ListItem } from "./data";
export { DEFAULT_TEMPLATES } from "./defaults/index";
export {
  readDocumentInput,
  type DocumentInput,
  type DocumentRefs,
  type DocumentSheets,
  type PairRecord,
  type Person,
  type SheetRow,
} from "./input";
export { defaultTemplate, makeDocument, ownTemplate } from "./make";
export { DOCUMENT_TEXT } from "./messages";
export { APPROVED_STATUSES, pairsOfYear } from "./pairsOfYear";
export { scanTokens, placeholderKey } from "./placeholders";
export {
  renderDocument,
  renderFailure,
  type Edit,
  type RenderedBlock,
  type RenderedDocument,
  type RenderedParagraph,
  type RenderedRow,
  type RenderedTable,
  type RenderResult,
} from "./render";
export {
  matchesKind,
  openItemsFor,
  orderLabel,
  parseOrderReference,
  type OrderReference,
  type RoadmapEntry,
} from "./roadmapLink";
export { analyseTemplate, documentFields, type TemplateProblem } from "./structure";
export { blocksText, type Block, type ParagraphStyle, type Template } from "./template";
