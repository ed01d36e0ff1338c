/**
 * Reading a roadmap file for the CLI (Node only): .txt (UTF-8, or Windows-1251 when the bytes are not valid
 * UTF-8), .csv (comma or semicolon, quoted fields) and .docx (through mammoth: its HTML keeps the table's
 * rows and cells, and the heading above the table that names the year). Errors are Russian UserErrors.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import mammoth from "mammoth";
import { guessDelimiter, parseDelimited } from "../domain/roadmap/delimited";
import { READ_MESSAGES } from "../domain/roadmap/messages";
import type { RoadmapInput } from "../domain/roadmap/types";
import { UserError } from "./command";

export async function readDocument(path: string): Promise<RoadmapInput> {
  const bytes = await readBytes(path);
  const extension = extname(path).toLowerCase();
  if (extension === ".txt" || extension === ".text") return { kind: "text", text: decodeText(bytes) };
  if (extension === ".csv") return { kind: "table", rows: readCsv(decodeText(bytes)) };
  if (extension === ".docx") return { kind: "text", text: await readDocx(path, bytes) };
  throw new UserError(READ_MESSAGES.unsupported(path));
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UserError(READ_MESSAGES.notFound(path));
    throw new UserError(READ_MESSAGES.unreadable(path, code ?? String(e)));
  }
}

/** UTF-8 (a BOM is dropped); bytes that are not valid UTF-8 are read as Windows-1251, the usual Russian ANSI. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1251").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "");
}

export function readCsv(text: string): string[][] {
  const parsed = parseDelimited(text, guessDelimiter(text));
  if (parsed.unclosedQuoteLine !== undefined)
    throw new UserError(READ_MESSAGES.csvUnclosedQuote(parsed.unclosedQuoteLine));
  return parsed.rows;
}

async function readDocx(path: string, bytes: Buffer): Promise<string> {
  // A .docx is a zip: «PK» first. Anything else would only give mammoth's English error.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UserError(READ_MESSAGES.badDocx(path));
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes });
    return result.value;
  } catch {
    throw new UserError(READ_MESSAGES.badDocx(path));
  }
}
