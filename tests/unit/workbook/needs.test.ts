/** The columns commands need are columns of the workbook, and a damaged header is told apart as it should be. */
import { headerDamage } from "../../../src/domain/workbook/headerDamage";
import { NEEDS, neededColumns } from "../../../src/domain/workbook/needs";
import { SHEETS, type SheetKey } from "../../../src/domain/workbook/sheets";

const headers = (key: SheetKey) => SHEETS[key].columns.map((c) => c.header);

describe("needs", () => {
  it("every column a command needs is a column of its sheet", () => {
    for (const [command, needs] of Object.entries(NEEDS))
      for (const [sheet, keys] of Object.entries(needs) as Array<[SheetKey, readonly string[]]>) {
        const known = SHEETS[sheet].columns.map((c) => c.key);
        expect({ command, sheet, unknown: keys.filter((k) => !known.includes(k)) }).toEqual({
          command,
          sheet,
          unknown: [],
        });
      }
  });

  it("a sheet's required columns are needed by every command that reads it", () => {
    expect(neededColumns(NEEDS.report, "mentees")).toEqual(
      expect.arrayContaining(["name", "category", "id", "form", "status", "consent"]),
    );
    expect(neededColumns(NEEDS.report, "preferences")).toEqual(["participantId"]);
    expect(neededColumns(NEEDS.matching, "pairs")).toContain("status");
  });
});

describe("headerDamage", () => {
  const mentees = SHEETS.mentees;
  const all = mentees.columns.map((c) => c.key);

  it("a whole header is fine, in any order and with the curator's own columns", () => {
    expect(headerDamage(mentees, ["Примечание", ...headers("mentees").reverse()], all)).toBeNull();
  });

  it("a first data row where the header was is a missing header row, not twenty missing columns", () => {
    expect(headerDamage(mentees, ["НЯ-0001", "Иванова Вера", "обучающийся", "7А"], all)).toEqual({
      kind: "headerRow",
      sheet: "Наставляемые",
    });
    expect(headerDamage(mentees, [], all)).toEqual({ kind: "headerRow", sheet: "Наставляемые" });
  });

  it("a renamed column is missing, and the unknown header is named beside it", () => {
    const header = headers("mentees").map((h) => (h === "ФИО (или код)" ? "Имя" : h));
    expect(headerDamage(mentees, header, all)).toEqual({
      kind: "columns",
      sheet: "Наставляемые",
      keys: ["name"],
      headers: ["ФИО (или код)"],
      unknown: ["Имя"],
    });
    // A command that does not need the column is not stopped by it.
    expect(headerDamage(mentees, header, ["id", "consent"])).toBeNull();
  });
});
