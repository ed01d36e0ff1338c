/**
 * Reading a roadmap file for the CLI (Node only): .txt (UTF-8, Windows-1251 or UTF-16), .csv (comma,
 * semicolon or tab, quoted fields) and .docx (through mammoth, see docx.ts). The file's type (a regular file)
 * and its extension are checked before it is opened, its size before it is read (inputFile.ts). Errors
 * are Russian UserErrors.
 */
import { extname } from "node:path";
import type { RoadmapInput } from "../domain/roadmap/types";
import { UserError } from "./command";
import { parseCsv } from "./csv";
import { readDocx } from "./docx";
import { checkInputFile, readTextFile } from "./inputFile";
import { FILE_MESSAGES } from "./messages";

const FORMATS = ".txt, .csv или .docx";

export async function readDocument(path: string): Promise<RoadmapInput> {
  checkInputFile(path);
  const extension = extname(path).toLowerCase();
  if (extension === ".txt" || extension === ".text") return { kind: "text", text: readTextFile(path) };
  if (extension === ".csv")
    return { kind: "table", rows: parseCsv(readTextFile(path), undefined, path).map((r) => r.cells) };
  if (extension === ".docx") return { kind: "text", text: await readDocx(path) };
  throw new UserError(FILE_MESSAGES.unsupported(path, FORMATS));
}
