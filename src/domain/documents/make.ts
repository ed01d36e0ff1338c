/** Making a document: the template (the default, or the curator's), the data, the checks, the rendering. */
import { KINDS, type DocumentKind } from "./catalogue";
import { buildDocumentData, type BuildOptions } from "./build";
import type { DocumentData } from "./data";
import { DEFAULT_TEMPLATES } from "./defaults/index";
import type { DocumentInput } from "./input";
import { DOCUMENT_TEXT as T } from "./messages";
import { renderDocument, type RenderResult } from "./render";
import type { Template } from "./template";

export function defaultTemplate(kind: DocumentKind): Template {
  return { name: T.defaultTemplate(KINDS[kind].title), blocks: JSON.parse(JSON.stringify(DEFAULT_TEMPLATES[kind])) };
}

/** A curator's own template read from a Doc. */
export function ownTemplate(docName: string, blocks: Template["blocks"]): Template {
  return { name: T.template(docName), blocks };
}

export function makeDocument(
  kind: DocumentKind,
  input: DocumentInput,
  options: BuildOptions = {},
  template: Template = defaultTemplate(kind),
): { data: DocumentData; result: RenderResult } {
  const data = buildDocumentData(kind, input, options);
  return { data, result: renderDocument(template, kind, data, template.name) };
}
