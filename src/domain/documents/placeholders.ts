/**
 * Placeholders in a template's text: `{{куратор}}` is a field, `{{#пары}}` marks a table row repeated once
 * per item of a list. Names are compared loosely (case, ё/е, spaces or underscores), so a curator who types
 * «{{ Дата приказа }}» in a Google Doc gets `дата_приказа`. Text without braces is left exactly as it is.
 */

export interface Token {
  /** The exact text in the template, braces included: what is replaced. */
  raw: string;
  /** Normalised name (without «#»). */
  name: string;
  /** A repeated-row marker `{{#список}}`. */
  marker: boolean;
}

const TOKEN = /\{\{\s*(#?)\s*([^{}]*?)\s*\}\}/g;

/** The canonical comparison form of a placeholder name. */
export function placeholderKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s\u00A0_]+/g, "_");
}

export function scanTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ raw: m[0], name: placeholderKey(m[2]), marker: m[1] === "#" });
  return out;
}

/** A «{{» with no «}}» after it (or the reverse): the curator's edit broke a placeholder. */
export function unclosedBrace(text: string): string | undefined {
  const rest = text.replace(TOKEN, " ");
  const open = rest.indexOf("{{");
  if (open >= 0) return rest.slice(open, open + 30).trim();
  const close = rest.indexOf("}}");
  if (close >= 0) return rest.slice(Math.max(0, close - 28), close + 2).trim();
  return undefined;
}

/** Replace every token by its value (markers by nothing); `value` returns undefined to keep a token. */
export function fillTokens(text: string, value: (token: Token) => string | undefined): string {
  return text.replace(TOKEN, (raw, hash: string, name: string) => {
    const token = { raw, name: placeholderKey(name), marker: hash === "#" };
    if (token.marker) return "";
    return value(token) ?? raw;
  });
}
