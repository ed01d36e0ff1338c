/** Putting rows split by a line break or a blank line inside a cell back together (layout/stitch.ts). */
import { continuesList, listMarker, stitchRows, tableWidth } from "../../../src/domain/layout/stitch";
import { readWordText, shapeText } from "../../../src/domain/layout/textTable";

const rows = (...cells: string[][]) => cells.map((c, i) => ({ cells: c, line: i + 1 }));

describe("stitchRows", () => {
  it("join: a line break inside a cell makes two lines of one row (4 + 2 cells = 5)", () => {
    const out = stitchRows(rows(["1", "Приказ:", "март", "Директор,"], ["завуч", "Приказ"]), {
      width: 5,
      mode: "join",
    });
    expect(out.map((r) => r.cells)).toEqual([["1", "Приказ:", "март", "Директор,\nзавуч", "Приказ"]]);
    expect(out[0].pieces).toBe(2);
  });

  it("concat: a blank line between two cells of a Word row (4 + 2 cells = 6)", () => {
    const out = stitchRows(rows(["1.", "Этап", "Событие", "Содержание"], ["Март", "Директор"]), {
      width: 6,
      mode: "concat",
    });
    expect(out.map((r) => r.cells)).toEqual([["1.", "Этап", "Событие", "Содержание", "Март", "Директор"]]);
  });

  it("never glues on a piece as wide as the table, or one the feature says starts a row", () => {
    const full = stitchRows(rows(["2. Организационное обеспечение"], ["2.1", "Совещание", "май", "Завуч"]), {
      width: 4,
      mode: "join",
    });
    expect(full).toHaveLength(2);
    const section = stitchRows(rows(["1.1", "Педсовет", "май", "Директор"], ["2. Кадры"]), {
      width: 4,
      mode: "join",
      startsRow: (next) => /^\d+\.\s/.test(next[0]),
    });
    expect(section.map((r) => r.cells[0])).toEqual(["1.1", "2. Кадры"]);
  });

  it("drops rows left empty", () => {
    expect(stitchRows(rows(["", ""], ["1", "Педсовет", "май"]), { width: 3, mode: "concat" })).toHaveLength(1);
  });
});

describe("lists inside a cell", () => {
  it.each([
    ["2. Положение", { kind: "dot", value: 2 }],
    ["3) Справка", { kind: "paren", value: 3 }],
    ["б) педагогов", { kind: "letter", value: 2 }],
    ["1.2 Совещание", undefined],
  ])("%s", (line, marker) => expect(listMarker(line)).toEqual(marker));

  it("«2.» continues «1.» above it, of the same kind", () => {
    expect(continuesList("Документы:\n1. Приказ", "2. Положение")).toBe(true);
    expect(continuesList("1) Приказ\nо внедрении", "2) Положение")).toBe(true);
    expect(continuesList("1) Приказ", "2. Положение")).toBe(false);
    expect(continuesList("Приказ", "2. Организационное обеспечение")).toBe(false);
  });
});

describe("table width and text shapes", () => {
  it("the widest row two rows share; a single over-wide row is a stray tab", () => {
    expect(tableWidth(rows(["a", "b", "c"], ["a", "b", "c"], ["a", "b", "c", "d"], ["a"]))).toBe(3);
  });

  it("Word text: a line without a tab continues the cell even after blank lines", () => {
    const { rows: read, preamble } = readWordText("Заголовок\n\n\tМарт 2022\n\n\n\nСентябрь 2022\n\tДиректор\n");
    expect(preamble).toBe("Заголовок");
    expect(read.map((r) => r.cells)).toEqual([["Март 2022\n\n\n\nСентябрь 2022", "Директор"]]);
  });

  it("tells tab-separated text, Word text, HTML and PDF lines apart", () => {
    expect(shapeText("№\tМероприятие\tСрок\n1\tСовет\tмай").shape).toBe("tabs");
    expect(shapeText("\t1\n\tСовет\n\tмай\n\tДиректор\n").shape).toBe("word");
    expect(shapeText("<table><tr><td>1</td></tr></table>").shape).toBe("html");
    expect(shapeText("1.1 Совет май Директор\n1.2 Собрание июнь Завуч").shape).toBe("lines");
  });
});
