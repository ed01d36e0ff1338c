/** A Google Doc's id from what a curator pastes: the Doc's address (any /u/N/ form) or the bare id. */
const DOC_URL = /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([\w-]+)/;
const DOC_ID = /^[\w-]{10,}$/;

export function parseDocumentId(reference: string): string | undefined {
  const ref = reference.trim();
  const url = DOC_URL.exec(ref);
  if (url) return url[1];
  return DOC_ID.test(ref) ? ref : undefined;
}
