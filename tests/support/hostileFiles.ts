/**
 * Hostile and careless input files for the CLI, generated (never committed): a .docx zip bomb, a zip whose
 * directory lies about sizes, Windows-1251 and UTF-16 CSV. Shared by the CLI tests and `npm run bench`.
 *
 * The bomb is cheap to make: a deflate stream compressed with a full flush is byte-aligned and refers to
 * nothing before it, so one compressed megabyte repeated N times inflates to N megabytes; nothing of that
 * size is ever held in memory here.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface ZipPart {
  name: string;
  /** Raw deflate bytes (method 8) or the stored bytes (method 0). */
  data: Buffer;
  method: 0 | 8;
  crc: number;
  /** Inflated size, written into both headers (a liar may declare less than the data holds). */
  size: number;
}

export const deflatedPart = (name: string, text: string | Buffer): ZipPart => {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8");
  return { name, data: deflateRawSync(bytes), method: 8, crc: crc32(bytes), size: bytes.length };
};

export const storedPart = (name: string, bytes: Buffer): ZipPart => ({
  name,
  data: bytes,
  method: 0,
  crc: crc32(bytes),
  size: bytes.length,
});

/** A plain zip archive (no zip64, no data descriptors). */
export function zipArchive(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    centrals.push(central, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The parts every .docx has besides word/document.xml. */
export function docxFrame(): ZipPart[] {
  return [
    deflatedPart(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    deflatedPart(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  ];
}

export const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

/** A .docx whose body is the given WordprocessingML. */
export function docxWithBody(body: string): Buffer {
  return zipArchive([...docxFrame(), deflatedPart("word/document.xml", documentXml(body))]);
}

/**
 * A .docx with one table of `rows` rows of varied text: compresses like a real document (no bomb), yet
 * dense enough that mammoth needs about 150 bytes of memory per byte of its XML.
 */
export function docxTable(rows: number): Buffer {
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const body = Array.from(
    { length: rows },
    (_, i) => `<w:tr>${cell(String(i))}${cell(`Мероприятие ${((i * 2654435761) >>> 0).toString(36)}`)}</w:tr>`,
  ).join("");
  return docxWithBody(`<w:tbl>${body}</w:tbl>`);
}

/** A .docx whose document.xml inflates to about `megabytes` MB of table rows (a real, honest zip bomb). */
export function docxBomb(megabytes: number): Buffer {
  const row =
    "<w:tr><w:tc><w:p><w:r><w:t>1.1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Встреча наставников</w:t></w:r></w:p></w:tc></w:tr>";
  const chunkText = row.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(row)));
  const chunk = Buffer.from(chunkText, "utf8");
  const [head, tail] = documentXml("<w:tbl>\u0000</w:tbl>").split("\u0000");
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const headBytes = Buffer.from(head, "utf8");
  const tailBytes = Buffer.from(tail, "utf8");
  const data = Buffer.concat([
    deflateRawSync(headBytes, flush),
    ...Array<Buffer>(megabytes).fill(deflateRawSync(chunk, flush)),
    deflateRawSync(tailBytes),
  ]);
  let crc = crc32(headBytes);
  for (let i = 0; i < megabytes; i++) crc = crc32(chunk, crc);
  crc = crc32(tailBytes, crc);
  const size = headBytes.length + chunk.length * megabytes + tailBytes.length;
  return zipArchive([...docxFrame(), { name: "word/document.xml", data, method: 8, crc, size }]);
}

/** A .docx whose directory declares a small document.xml that really inflates to `megabytes` MB. */
export function docxLyingSizes(megabytes: number): Buffer {
  const bomb = docxBomb(megabytes);
  // The last part's declared size sits in its central header: rewrite it to 1 KB there and in its local header.
  const end = bomb.length - 22;
  const directoryOffset = bomb.readUInt32LE(end + 16);
  let at = directoryOffset;
  for (let i = 0; i < 3; i++) {
    const localOffset = bomb.readUInt32LE(at + 42);
    if (i === 2) {
      bomb.writeUInt32LE(1024, at + 24);
      bomb.writeUInt32LE(1024, localOffset + 22);
    }
    at += 46 + bomb.readUInt16LE(at + 28) + bomb.readUInt16LE(at + 30) + bomb.readUInt16LE(at + 32);
  }
  return bomb;
}

/** Windows-1251 bytes of a text (Cyrillic, Latin and the usual punctuation only). */
export function encode1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (ch === "Ё") bytes.push(0xa8);
    else if (ch === "ё") bytes.push(0xb8);
    else if (ch === "№") bytes.push(0xb9);
    else if (ch === "«") bytes.push(0xab);
    else if (ch === "»") bytes.push(0xbb);
    else if (ch === "–") bytes.push(0x96);
    else if (ch === "—") bytes.push(0x97);
    else throw new Error(`encode1251: no byte for ${ch}`);
  }
  return Buffer.from(bytes);
}

/** UTF-16 bytes of a text, little- or big-endian, with or without a byte-order mark. */
export function encodeUtf16(text: string, endian: "le" | "be", bom: boolean): Buffer {
  const le = Buffer.from((bom ? "\uFEFF" : "") + text, "utf16le");
  return endian === "le" ? le : le.swap16();
}
