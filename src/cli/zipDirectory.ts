/**
 * The table of contents of a zip archive (a .docx is one), read from its central directory without
 * unpacking anything, and a bounded check that each part really inflates to the size the directory
 * declares (Node only; no messages: docx.ts words the refusals).
 *
 * Decisions:
 * - Only what Word writes is accepted: stored or deflated parts, no encryption, no zip64 (a document that
 *   needs zip64 is over 4 GB). Anything else is "not an archive we read".
 * - Each part is located the way readers (jszip, under mammoth) locate it: the central directory's offset
 *   to the local header, past that header's own name and extra field, for the directory's compressed size.
 * - The check inflates one part at a time with zlib's `maxOutputLength` set to the declared size, so a
 *   part that lies about its size stops at the declared size instead of filling the memory.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the part's data (past its local header). */
  dataOffset: number;
}

export type ZipDirectory = { ok: true; parts: ZipPart[] } | { ok: false; reason: "notZip" | "unsupported" };

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;

export function readZipDirectory(bytes: Buffer): ZipDirectory {
  const end = findEndRecord(bytes);
  if (end < 0) return { ok: false, reason: "notZip" };
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, reason: "unsupported" };
  if (offset + size > end) return { ok: false, reason: "notZip" };
  const parts: ZipPart[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return { ok: false, reason: "notZip" };
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1 || (method !== 0 && method !== 8)) return { ok: false, reason: "unsupported" };
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff)
      return { ok: false, reason: "unsupported" };
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL_SIGNATURE)
      return { ok: false, reason: "notZip" };
    const dataOffset = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) return { ok: false, reason: "notZip" };
    parts.push({ name, method, compressedSize, uncompressedSize, dataOffset });
  }
  return { ok: true, parts };
}

/** The end-of-central-directory record: the last one in the final 64 KiB + 22 bytes (after it, only a comment). */
function findEndRecord(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - END_SIZE - 0xffff);
  for (let i = bytes.length - END_SIZE; i >= stop; i--) if (bytes.readUInt32LE(i) === END_SIGNATURE) return i;
  return -1;
}

/** Whether the part's data inflate to exactly its declared size (never inflating more than that). */
export function inflatesAsDeclared(bytes: Buffer, part: ZipPart): boolean {
  const data = bytes.subarray(part.dataOffset, part.dataOffset + part.compressedSize);
  if (part.method === 0) return part.compressedSize === part.uncompressedSize;
  try {
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, part.uncompressedSize) });
    return inflated.length === part.uncompressedSize;
  } catch {
    return false; // over the declared size, or not a deflate stream
  }
}
