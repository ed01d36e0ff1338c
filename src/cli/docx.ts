/**
 * A .docx → HTML through mammoth, within limits checked before anything is unpacked (Node only). The HTML
 * keeps the table's rows and cells and the heading above the table that names the year.
 *
 * Decisions:
 * - Limits first, from the zip's central directory (zipDirectory.ts): at most 1,000 parts, at most 48 MB
 *   unpacked in all, and no part over 1 MB that unpacks to more than 100 times its compressed size (Word's
 *   XML compresses 5–20 times; a zip bomb, 1,000 times). Then every part is checked to inflate to exactly
 *   its declared size, one at a time and never past it, so a directory that lies is caught too.
 * - mammoth runs in a worker thread with a heap limit. How much memory it takes depends on the XML's shape
 *   (a dense table, about 150 times its size), so the limit is enforced rather than predicted: a document
 *   over it is refused in Russian, and the CLI stays within its 300 MB budget on any file.
 * - Pictures are never unpacked by mammoth: a roadmap is text, and a photo would come back as megabytes of
 *   base64 inside the HTML.
 */
import { Worker } from "node:worker_threads";
import { UserError } from "./command";
import { DOCX_FILE_LIMIT, readInputFile } from "./inputFile";
import { FILE_MESSAGES } from "./messages";
import { inflatesAsDeclared, readZipDirectory } from "./zipDirectory";

export interface DocxLimits {
  fileBytes: number;
  parts: number;
  unpackedBytes: number;
  ratioFromBytes: number;
  ratio: number;
  heapMb: number;
}

export const DOCX_LIMITS: DocxLimits = {
  fileBytes: DOCX_FILE_LIMIT,
  parts: 1000,
  unpackedBytes: 48 * 1024 * 1024,
  /** Parts smaller than this are not judged by their ratio (tiny XML compresses well and harms nothing). */
  ratioFromBytes: 1024 * 1024,
  ratio: 100,
  /** mammoth's heap (old generation) in the worker. */
  heapMb: 128,
};

export async function readDocx(path: string, limits = DOCX_LIMITS): Promise<string> {
  const bytes = readInputFile(path, limits.fileBytes);
  checkArchive(path, bytes, limits);
  return convertInWorker(path, bytes, limits.heapMb);
}

function checkArchive(path: string, bytes: Buffer, limits: DocxLimits): void {
  // A .docx is a zip: «PK» first. Anything else would only give mammoth's English error.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UserError(FILE_MESSAGES.badDocx(path));
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new UserError(FILE_MESSAGES.badDocx(path));
  const { parts } = directory;
  if (parts.length > limits.parts)
    throw new UserError(FILE_MESSAGES.docxTooManyParts(path, parts.length, limits.parts));
  const unpacked = parts.reduce((sum, p) => sum + p.uncompressedSize, 0);
  if (unpacked > limits.unpackedBytes)
    throw new UserError(FILE_MESSAGES.docxTooLarge(path, unpacked, limits.unpackedBytes));
  for (const part of parts) {
    const ratio = part.uncompressedSize / Math.max(1, part.compressedSize);
    if (part.uncompressedSize >= limits.ratioFromBytes && ratio > limits.ratio)
      throw new UserError(FILE_MESSAGES.docxBomb(path, part.name, Math.round(ratio)));
  }
  for (const part of parts)
    if (!inflatesAsDeclared(bytes, part)) throw new UserError(FILE_MESSAGES.docxSizeMismatch(path, part.name));
}

/** Plain CommonJS run by the worker: mammoth's HTML, pictures left out, or its error message. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const mammoth = require(workerData.mammoth);
const noPictures = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));
mammoth
  .convertToHtml({ buffer: Buffer.from(workerData.bytes) }, { convertImage: noPictures })
  .then(
    (result) => parentPort.postMessage({ html: result.value }),
    (error) => parentPort.postMessage({ error: String((error && error.message) || error) }),
  );
`;

function convertInWorker(path: string, bytes: Buffer, heapMb: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { mammoth: require.resolve("mammoth"), bytes },
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on("message", (message: { html?: string; error?: string }) =>
      settle(() =>
        typeof message.html === "string" ? resolve(message.html) : reject(new UserError(FILE_MESSAGES.badDocx(path))),
      ),
    );
    worker.on("error", (error: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new UserError(FILE_MESSAGES.docxOutOfMemory(path, heapMb * 1024 * 1024))
            : error, // not the document's fault: an internal error
        ),
      ),
    );
    worker.on("exit", () => settle(() => reject(new UserError(FILE_MESSAGES.badDocx(path)))));
  });
}
