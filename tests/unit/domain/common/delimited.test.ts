/** The one delimited-text reader: RFC 4180 quoting, line numbers, unclosed quotes, one delimiter guesser. */
import { guessDelimiter, parseDelimited } from "../../../../src/domain/common/delimited";

describe("parseDelimited", () => {
  it("keeps commas, doubled quotes and line breaks inside quotes, and counts lines", () => {
    const parsed = parseDelimited('a,"b,c",d\n"x\ny","he said ""hi""",\n\nlast', ",");
    expect(parsed.rows).toEqual([["a", "b,c", "d"], ["x\ny", 'he said "hi"', ""], [""], ["last"]]);
    expect(parsed.lines).toEqual([1, 2, 4, 5]);
    expect(parsed.unclosedQuoteLine).toBeUndefined();
  });

  it("drops a BOM and handles CRLF and a quote that is not at the start of a field", () => {
    expect(parseDelimited('\uFEFFa;b\r\nдюйм 5";x', ";").rows).toEqual([
      ["a", "b"],
      ['дюйм 5"', "x"],
    ]);
  });

  it("makes no row of a final line break, but keeps a final empty field and a lone quoted empty field", () => {
    expect(parseDelimited("a,b\r\n", ",").rows).toEqual([["a", "b"]]);
    expect(parseDelimited("a,", ",").rows).toEqual([["a", ""]]);
    expect(parseDelimited('""', ",").rows).toEqual([[""]]);
    expect(parseDelimited("", ",").rows).toEqual([]);
  });

  it("counts CRLF, LF and a lone CR inside quotes as one line each", () => {
    const parsed = parseDelimited('"a\r\nb\rc\nd",x\r\nnext,y', ",");
    expect(parsed.rows).toEqual([
      ["a\r\nb\rc\nd", "x"],
      ["next", "y"],
    ]);
    expect(parsed.lines).toEqual([1, 5]);
  });

  it("keeps text after a closing quote and a doubled quote next to a line break", () => {
    expect(parseDelimited('"a"b,"x""\n""y"', ",").rows).toEqual([["ab", 'x"\n"y']]);
  });

  it("names the line of a quote never closed, with the rows before it intact", () => {
    const text = [
      "ID;ФИО;Класс",
      'У-1;"Петров Илья;7',
      ...Array.from({ length: 50 }, (_, i) => `У-${i + 2};Ученик;7`),
    ].join("\n");
    const parsed = parseDelimited(text, ";");
    expect(parsed.unclosedQuoteLine).toBe(2);
    expect(parsed.rows[0]).toEqual(["ID", "ФИО", "Класс"]);
    expect(parsed.rows).toHaveLength(2);
  });

  it("reads a tab-separated paste from Google Sheets, a quoted cell with a line break included", () => {
    expect(parseDelimited('1.1\t"Март 2022\nМай 2022"\tДиректор\n', "\t")).toEqual({
      rows: [["1.1", "Март 2022\nМай 2022", "Директор"]],
      lines: [1],
    });
  });

  it("stops at a limit of rows, cells or columns and says which, with the line", () => {
    const text = "a;b\n1;2\n3;4\n";
    expect(parseDelimited(text, ";", { rows: 3 })).toEqual({
      rows: [
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
      ],
      lines: [1, 2, 3],
    });
    expect(parseDelimited(text, ";", { rows: 2 })).toMatchObject({
      rows: [
        ["a", "b"],
        ["1", "2"],
      ],
      overLimit: { limit: "rows", line: 3 },
    });
    expect(parseDelimited(text, ";", { cells: 3 }).overLimit).toEqual({ limit: "cells", line: 2 });
    expect(parseDelimited(";".repeat(1_000_000), ";", { columns: 1000 })).toMatchObject({
      rows: [],
      overLimit: { limit: "columns", line: 1 },
    });
  });
});

describe("guessDelimiter", () => {
  it("takes «;» from an Excel export in a Russian locale even when cells hold commas", () => {
    const text = "ID;ФИО (или код);Стаж, лет;Формы\nН-1;Соколова Анна;5;ученик – ученик, студент – ученик\n";
    expect(guessDelimiter(text)).toBe(";");
  });

  it("takes «,» when the semicolons are inside quotes or unquoted in a few cells", () => {
    expect(guessDelimiter('"a;b;c",d,e\n')).toBe(",");
    expect(
      guessDelimiter("№,Мероприятие,Ответственные\n1.1,Встреча,Москвина Т.Н.; директор\n1.2,Педсовет,Завуч\n"),
    ).toBe(",");
  });

  it("takes a tab, and reads a header whose quoted cells span lines as one record", () => {
    expect(guessDelimiter("a\tb\tc\n1\t2\t3\n")).toBe("\t");
    expect(guessDelimiter('"Срок\nреализации";"Ответственные, исполнители";x\n1;2;3\n')).toBe(";");
  });

  it("falls back to «,» for one column, and judges only the start of a long text", () => {
    expect(guessDelimiter("Мероприятие\nПедсовет\n")).toBe(",");
    const long = "a;b;c\n" + "1;2;3\n".repeat(200_000);
    expect(guessDelimiter(long)).toBe(";");
  });
});
