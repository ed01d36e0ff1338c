/**
 * Bytes of a text or CSV file → text, in the encodings Russian schools' computers write (Node only).
 *
 * Decisions:
 * - A byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE (Excel's «Юникод (текст)» is UTF-16LE).
 * - Without one, UTF-16 shows in its high bytes: in Russian or Latin text nearly every other byte is 0x00
 *   or 0x04, at odd offsets (little-endian) or even ones (big-endian); no 8-bit text looks like that.
 * - Then UTF-8, the default. Bytes that are not valid UTF-8 are Windows-1251 (Excel's «CSV» on a Russian
 *   Windows) unless most of their high bytes do form UTF-8 sequences: that is UTF-8 with damaged bytes,
 *   which Windows-1251 would turn into «РњРµ…» with exit code 0, so it is refused, naming the line.
 * - In any encoding, a text with NUL or with control characters in more than 1 % of its characters is not
 *   text (a spreadsheet, a PDF, random bytes) and is refused.
 * - Decoding is the WHATWG TextDecoder; windows-1251 needs Node's full ICU, which official builds have.
 */
import { UserError } from "./command";
import { FILE_MESSAGES } from "./messages";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

export function decodeText(bytes: Uint8Array, path: string): string {
  const decoded = decode(bytes, path);
  if (looksBinary(decoded)) throw new UserError(FILE_MESSAGES.notText(path));
  return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
}

/** The encoding of a text's bytes, or why they are not text; exported for tests. */
export function detectEncoding(bytes: Uint8Array): TextEncoding | { damagedUtf8At: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  const stray = firstStrayUtf8Byte(bytes);
  if (stray === undefined) return "utf-8";
  return mostlyUtf8(bytes) ? { damagedUtf8At: stray } : "windows-1251";
}

function decode(bytes: Uint8Array, path: string): string {
  const encoding = detectEncoding(bytes);
  if (typeof encoding === "object")
    throw new UserError(FILE_MESSAGES.badEncoding(path, lineAt(bytes, encoding.damagedUtf8At)));
  try {
    if (encoding === "utf-16be") return new TextDecoder("utf-16le", { fatal: true }).decode(swapPairs(bytes));
    return new TextDecoder(encoding, { fatal: encoding !== "windows-1251" }).decode(bytes);
  } catch {
    // A byte-order mark followed by bytes that are not that encoding.
    const stray = firstStrayUtf8Byte(bytes);
    if (encoding === "utf-8" && stray !== undefined)
      throw new UserError(FILE_MESSAGES.badEncoding(path, lineAt(bytes, stray)));
    throw new UserError(FILE_MESSAGES.notText(path));
  }
}

const SAMPLE_BYTES = 4096;

function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x04) evenHigh++;
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x04) oddHigh++;
  }
  const pairs = end / 2;
  if (oddHigh >= pairs * 0.9 && evenHigh < pairs * 0.5) return "utf-16le";
  if (evenHigh >= pairs * 0.9 && oddHigh < pairs * 0.5) return "utf-16be";
  return undefined;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return swapped;
}

/** Length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when the byte there starts none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  // Overlong forms, surrogates and code points past U+10FFFF.
  const second = bytes[i + 1];
  if (b === 0xe0 && second < 0xa0) return 0;
  if (b === 0xed && second >= 0xa0) return 0;
  if (b === 0xf0 && second < 0x90) return 0;
  if (b === 0xf4 && second >= 0x90) return 0;
  return length;
}

function firstStrayUtf8Byte(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return undefined;
}

/** More bytes in valid multi-byte UTF-8 sequences than stray high bytes: damaged UTF-8, not an 8-bit code page. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let inSequences = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 0) {
      stray++;
      i++;
    } else {
      if (length > 1) inSequences += length;
      i += length;
    }
  }
  return inSequences > stray;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** NUL, or control characters (other than tab, line breaks and form feed) in over 1 % of the characters. */
function looksBinary(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad > Math.max(2, text.length * 0.01);
}
