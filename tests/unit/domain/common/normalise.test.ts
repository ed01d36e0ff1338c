import { matchLabel, parseCount, parseGrade, parseYesNo, splitTags } from "../../../../src/domain/common/normalise";
import { DEFAULT_FORMS } from "../../../../src/domain/workbook/defaults";

describe("normalising what curators type", () => {
  it("finds a form whatever its dashes and spacing", () => {
    expect(matchLabel("Ученик-ученик", DEFAULT_FORMS)).toBe("ученик – ученик");
    expect(matchLabel("учитель —  учитель", DEFAULT_FORMS)).toBe("учитель – учитель");
    expect(matchLabel("«Студент – ученик»", DEFAULT_FORMS)).toBe("студент – ученик");
    expect(matchLabel("ученик – учитель", DEFAULT_FORMS)).toBeUndefined();
  });

  it("reads yes/no in every spelling", () => {
    for (const yes of ["да", "Да", "TRUE", "1", true, 1]) expect(parseYesNo(yes)).toBe(true);
    for (const no of ["нет", "false", "0", false, 0, ""]) expect(parseYesNo(no)).toBe(false);
    expect(parseYesNo("возможно")).toBeUndefined();
  });

  it("reads grades as people write them", () => {
    expect(parseGrade("7")).toBe(7);
    expect(parseGrade("7 класс")).toBe(7);
    expect(parseGrade("7Б")).toBe(7);
    expect(parseGrade("10-а")).toBe(10);
    expect(parseGrade(9)).toBe(9);
    expect(parseGrade("седьмой")).toBeUndefined();
    expect(parseGrade("15")).toBeUndefined();
  });

  it("splits tags on ; and , and drops duplicates", () => {
    expect(splitTags("математика; ОГЭ, математика\nпроекты")).toEqual(["математика", "ОГЭ", "проекты"]);
    expect(splitTags("")).toEqual([]);
  });

  it("reads counts and refuses words", () => {
    expect(parseCount("3")).toBe(3);
    expect(parseCount(4)).toBe(4);
    expect(parseCount("много")).toBeUndefined();
    expect(parseCount(-1)).toBeUndefined();
  });
});
