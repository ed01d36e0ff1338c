import { csvToRows, detectDelimiter, parseCsv } from "../../../src/cli/csv";

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

describe("parseCsv", () => {
  it("reads plain comma-separated records, CRLF or LF, with or without a final newline", () => {
    expect(cells("a,b,c\r\n1,2,3\r\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(cells("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
  it("reads quoted fields with doubled quotes, delimiters and line breaks inside", () => {
    const records = parseCsv('ID,ФИО,Комментарий\nН-1,"Соколова, Анна","сказала ""да""\nи ушла"\nН-2,Орлов,\n');
    expect(records.map((r) => r.cells)).toEqual([
      ["ID", "ФИО", "Комментарий"],
      ["Н-1", "Соколова, Анна", 'сказала "да"\nи ушла'],
      ["Н-2", "Орлов", ""],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });
  it("strips a byte-order mark and detects «;» (Excel in a Russian locale)", () => {
    const text = "\uFEFFID;ФИО (или код);Формы\nН-1;Соколова Анна;ученик – ученик, студент – ученик\n";
    expect(detectDelimiter(text.slice(1))).toBe(";");
    expect(cells(text)).toEqual([
      ["ID", "ФИО (или код)", "Формы"],
      ["Н-1", "Соколова Анна", "ученик – ученик, студент – ученик"],
    ]);
  });
  it("keeps empty fields and skips blank lines", () => {
    expect(cells("a,,c\n\n,,\n")).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
  });
  it("ignores delimiters inside quotes when detecting", () => {
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(",");
  });
});

describe("csvToRows", () => {
  it("maps headers and aliases to column keys, ignores other columns, reports missing required ones", () => {
    const table = csvToRows(parseCsv("id;ФИО;Запросы;Моя заметка\nУ-1;Петров Илья;математика;x\n"), "mentees");
    expect(table.rows).toEqual([{ id: "У-1", name: "Петров Илья", requests: "математика" }]);
    expect(table.rowNumbers).toEqual([2]);
    expect(table.missingColumns).toEqual(["Категория"]);
  });
});
