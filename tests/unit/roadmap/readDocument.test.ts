import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { readDocument } from "../../../src/cli/readDocument";
import { UserError } from "../../../src/cli/command";
import { parseRoadmap } from "../../../src/domain/roadmap";

const dir = mkdtempSync(join(tmpdir(), "cmn-roadmap-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** A minimal real .docx: a heading paragraph and a table with a header, a stage row and a merged cell. */
async function buildDocx(): Promise<Buffer> {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const tc = (paras: string[], extra = "") => `<w:tc><w:tcPr>${extra}</w:tcPr>${paras.map(p).join("")}</w:tc>`;
  const tr = (cells: string) => `<w:tr>${cells}</w:tr>`;
  const body = [
    p("Дорожная карта на 2022-2023 учебный год"),
    "<w:tbl>",
    tr([tc(["№"]), tc(["Мероприятие"]), tc(["Срок реализации"]), tc(["Ответственный"])].join("")),
    tr([tc(["1."]), tc(["Подготовка условий"]), tc([""]), tc([""])].join("")),
    tr(
      [
        tc(["1.1."]),
        tc(["Педсовет"]),
        tc(["Сентябрь 2022", "Январь 2023"]),
        tc(["Заведующий ДОУ", "Старший воспитатель"], '<w:vMerge w:val="restart"/>'),
      ].join(""),
    ),
    tr([tc(["1.2"]), tc(["Родительское собрание"]), tc(["Октябрь 2022"]), tc([""], "<w:vMerge/>")].join("")),
    "</w:tbl>",
  ].join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("readDocument", () => {
  it("reads a .docx table through mammoth, heading included", async () => {
    const input = await readDocument(file("roadmap.docx", await buildDocx()));
    expect(input.kind).toBe("text");
    const parsed = parseRoadmap(input);
    expect(parsed.documentAcademicYear).toEqual([2022, 2023]);
    expect(parsed.sections).toEqual([{ number: "1", title: "Подготовка условий" }]);
    expect(parsed.items).toEqual([
      expect.objectContaining({
        number: "1.1",
        title: "Педсовет",
        deadlineText: "Сентябрь 2022\nЯнварь 2023",
        responsible: ["Заведующий ДОУ", "Старший воспитатель"],
      }),
      expect.objectContaining({
        number: "1.2",
        title: "Родительское собрание",
        deadlineText: "Октябрь 2022",
        responsible: [],
      }),
    ]);
  });

  it("refuses a .docx that is not a zip, or a broken zip, in Russian", async () => {
    const junk = file("junk.docx", new Uint8Array(Array.from({ length: 500 }, (_, i) => (i * 91) % 256)));
    await expect(readDocument(junk)).rejects.toThrow(UserError);
    await expect(readDocument(junk)).rejects.toThrow(/не является документом Word \(\.docx\)/);
    const broken = file("broken.docx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]));
    await expect(readDocument(broken)).rejects.toThrow(/не является документом Word/);
  });

  it("reads .txt as UTF-8, or as Windows-1251 when the bytes are not UTF-8", async () => {
    const text = "Мероприятие\tСрок\tОтветственные";
    expect(await readDocument(file("utf8.txt", "\uFEFF" + text))).toEqual({ kind: "text", text });
    const cp1251 = Buffer.from([0xcc, 0xe5, 0xf0, 0xee, 0xef, 0xf0, 0xe8, 0xff, 0xf2, 0xe8, 0xe5]); // «Мероприятие»
    expect(await readDocument(file("ansi.txt", cp1251))).toEqual({ kind: "text", text: "Мероприятие" });
  });

  it("reads a semicolon CSV with quotes and line breaks in quotes", async () => {
    const csv =
      '\uFEFF№;Мероприятие;Срок;Ответственные\r\n1.1;"Встреча ""Наставник года""";"Март 2022\r\nСентябрь 2022";"Москвина Т.Н.; директор"\r\n';
    const input = await readDocument(file("roadmap.csv", csv));
    expect(input).toEqual({
      kind: "table",
      rows: [
        ["№", "Мероприятие", "Срок", "Ответственные"],
        ["1.1", 'Встреча "Наставник года"', "Март 2022\r\nСентябрь 2022", "Москвина Т.Н.; директор"],
      ],
    });
    expect(parseRoadmap(input).items[0]).toMatchObject({
      deadlineText: "Март 2022\nСентябрь 2022",
      responsible: ["Москвина Т.Н., директор"],
    });
  });

  it("names the line of an unclosed quote, a missing file and an unknown format", async () => {
    await expect(readDocument(file("bad.csv", 'a,b\n1,"2\n3,4\n'))).rejects.toThrow(
      "bad.csv: кавычка, открытая в строке 2, не закрыта до конца файла",
    );
    await expect(readDocument(join(dir, "нет.txt"))).rejects.toThrow(`Файл не найден: ${join(dir, "нет.txt")}`);
    await expect(readDocument(file("a.pdf", "%PDF"))).rejects.toThrow(/нужен \.txt, \.csv или \.docx/);
  });
});
