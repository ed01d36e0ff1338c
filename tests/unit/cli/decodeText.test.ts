/** Which encoding a text file's bytes are in, and what is refused, on the bytes Excel and Notepad write. */
import { decodeText, detectEncoding } from "../../../src/cli/decodeText";
import { encode1251, encodeUtf16 } from "../../../fixtures/hostileFiles";

const TEXT = "№;Мероприятие;Срок\r\n1.1;Встреча «Наставник года» — итоги;Март 2023\r\n";

describe("detectEncoding", () => {
  it("tells UTF-8, Windows-1251 and UTF-16 of the same Russian text apart", () => {
    expect(detectEncoding(Buffer.from(TEXT, "utf8"))).toBe("utf-8");
    expect(detectEncoding(encode1251(TEXT))).toBe("windows-1251");
    expect(detectEncoding(encodeUtf16(TEXT, "le", false))).toBe("utf-16le");
    expect(detectEncoding(encodeUtf16(TEXT, "be", false))).toBe("utf-16be");
    expect(detectEncoding(encodeUtf16("ID,Name\r\n1,Anna\r\n", "le", false))).toBe("utf-16le");
  });

  it("keeps Windows-1251 when a pair of its bytes happens to be a UTF-8 sequence («Тёма»: D2 B8)", () => {
    expect(detectEncoding(encode1251("Ученик;Тёма Соколов;7Б\r\n"))).toBe("windows-1251");
  });

  it("finds UTF-8 with one damaged byte instead of reading the whole file as Windows-1251", () => {
    const bytes = Buffer.concat([
      Buffer.from("Мероприятие\nСрок ", "utf8"),
      Buffer.from([0xd0, 0x20]),
      Buffer.from("x"),
    ]);
    expect(detectEncoding(bytes)).toEqual({ damagedUtf8At: Buffer.byteLength("Мероприятие\nСрок ") });
  });
});

describe("decodeText", () => {
  it("decodes each encoding to the same text, byte-order marks dropped", () => {
    for (const bytes of [
      Buffer.from("\uFEFF" + TEXT, "utf8"),
      encode1251(TEXT),
      encodeUtf16(TEXT, "le", true),
      encodeUtf16(TEXT, "be", true),
      encodeUtf16(TEXT, "be", false),
    ])
      expect(decodeText(bytes, "f.csv")).toBe(TEXT);
  });

  it("refuses NUL and control characters as not text, in Russian", () => {
    expect(() => decodeText(Buffer.from("a\u0000b"), "f.txt")).toThrow("Файл f.txt не похож на текст");
    expect(() => decodeText(Buffer.from("abc\u0001\u0002\u0003def"), "f.txt")).toThrow(/не похож на текст/);
    expect(decodeText(Buffer.from("a\tb\fc\r\n"), "f.txt")).toBe("a\tb\fc\r\n");
  });

  it("names the line of a damaged UTF-8 byte", () => {
    const bytes = Buffer.concat([Buffer.from("Мероприятие\nСрок\nМарт ", "utf8"), Buffer.from([0xe2, 0x28])]);
    expect(() => decodeText(bytes, "f.csv")).toThrow(
      /Файл f\.csv не читается ни как UTF-8, ни как Windows-1251, ни как UTF-16: в строке 3/,
    );
  });
});
