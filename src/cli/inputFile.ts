/**
 * Opening a file the CLI was given, with limits checked before any work (Node only).
 *
 * Decisions:
 * - Type first: only a regular file is read. A directory, a named pipe (FIFO), a socket or a device is
 *   refused from `stat`, before it is opened: /dev/urandom or a pipe never ends, and opening a pipe waits
 *   for a writer. The file is opened non-blocking and checked again on the open descriptor, so a path
 *   swapped for a pipe between the two looks is refused too.
 * - Size second: a file over its limit is refused from `stat`, before a byte is read. Reading is a loop of
 *   chunks that stops one byte past the limit, so a file that grows while it is read is refused as well,
 *   and nothing bigger than the limit is ever held.
 * - The limits are far above any real input (a roadmap is a few pages, a school's register a few hundred
 *   rows) and far below what would take the CLI past its memory budget (300 MB on any input).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { UserError } from "./command";
import { decodeText } from "./decodeText";
import { FILE_MESSAGES } from "./messages";

/** Text, CSV and JSON files. */
export const TEXT_FILE_LIMIT = 10 * 1024 * 1024;
/** A .docx file (its pictures are never unpacked; see docx.ts for what is). */
export const DOCX_FILE_LIMIT = 20 * 1024 * 1024;

const CHUNK = 1024 * 1024;

export function readInputFile(path: string, limit: number): Buffer {
  checkRegular(path, statOrThrow(path), limit);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fileError(path, error);
  }
  try {
    checkRegular(path, fstatSync(fd), limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      if (total > limit) throw new UserError(FILE_MESSAGES.tooLarge(path, total, limit));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fileError(path, error);
  } finally {
    closeSync(fd);
  }
}

/** Refuses what is not a regular file (missing, a directory, a pipe, a device), before anything else is looked at. */
export function checkInputFile(path: string): void {
  checkRegular(path, statOrThrow(path), Infinity);
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw fileError(path, error);
  }
}

function checkRegular(path: string, stats: Stats, limit: number): void {
  if (stats.isDirectory()) throw new UserError(FILE_MESSAGES.isDirectory(path));
  if (!stats.isFile()) throw new UserError(FILE_MESSAGES.notRegular(path, kindOf(stats)));
  if (stats.size > limit) throw new UserError(FILE_MESSAGES.tooLarge(path, stats.size, limit));
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "именованный канал (FIFO)";
  if (stats.isSocket()) return "сокет";
  if (stats.isCharacterDevice()) return "устройство";
  if (stats.isBlockDevice()) return "блочное устройство (диск)";
  return "особый файл";
}

function fileError(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new UserError(FILE_MESSAGES.notFound(path));
  if (code === "EISDIR") return new UserError(FILE_MESSAGES.isDirectory(path));
  if (code === "EACCES" || code === "EPERM") return new UserError(FILE_MESSAGES.unreadable(path, "нет доступа"));
  return new UserError(
    FILE_MESSAGES.unreadable(path, code ?? (error instanceof Error ? error.message : String(error))),
  );
}

/** A text file (.txt, .csv, .json) as text: limits, then encoding (decodeText.ts). */
export function readTextFile(path: string): string {
  return decodeText(readInputFile(path, TEXT_FILE_LIMIT), path);
}
