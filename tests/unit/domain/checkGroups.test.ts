/** «Проверка» lists identical problems once, with their rows, and its counts are the list's. */
import { countBySeverity, groupProblems } from "../../../src/ui/check/groups";
import { CHECK_TEXT } from "../../../src/ui/check/messages";
import type { ProblemDto } from "../../../src/ui/check/problem";

const consent = (sheet: string, row: number): ProblemDto => ({
  severity: "info",
  sheet,
  row,
  column: 12,
  message: `${sheet}, строка ${row}: нет согласия на обработку персональных данных`,
});

describe("the check's list", () => {
  const problems: ProblemDto[] = [
    consent("Наставники", 17),
    { severity: "warning", sheet: "Опросы", row: 74, message: "Опросы, строка 74: повторяет строку 47" },
    consent("Наставляемые", 40),
    consent("Наставники", 41),
    consent("Наставляемые", 70),
    { severity: "warning", sheet: "Опросы", row: 132, message: "Опросы, строка 132: повторяет строку 54" },
    { severity: "info", sheet: "Дорожная карта", row: 10, message: "Пункт 2.3 просрочен" },
    { severity: "info", sheet: "Дорожная карта", row: 26, message: "Пункт 2.3 просрочен" },
  ];

  it("groups identical problems of a sheet with their rows; different ones stay apart", () => {
    const groups = groupProblems(problems);
    expect(groups.map((g) => [g.severity, g.sheet, g.rows])).toEqual([
      ["warning", "Опросы", [74]],
      ["warning", "Опросы", [132]],
      ["info", "Наставники", [17, 41]],
      ["info", "Наставляемые", [40, 70]],
      ["info", "Дорожная карта", [10]],
      ["info", "Дорожная карта", [26]],
    ]);
    expect(groups[2].message).toBe("нет согласия на обработку персональных данных");
    expect(groups[0].message).toBe("повторяет строку 47");
  });

  it("says in the summary the counts the headings show", () => {
    const counts = countBySeverity(problems);
    expect(counts).toEqual({ error: 0, warning: 2, info: 6 });
    expect(CHECK_TEXT.summary(counts)).toBe("Найдено: 2 предупреждения, 6 замечаний.");
    expect(CHECK_TEXT.summary({ error: 1, warning: 0, info: 0 })).toBe("Найдено: 1 ошибка.");
    expect(CHECK_TEXT.summary({ error: 0, warning: 0, info: 21 })).toBe("Ошибок нет. 21 замечание — ниже.");
    expect(CHECK_TEXT.summary({ error: 0, warning: 0, info: 0 })).toBe("Проверка пройдена: ошибок и замечаний нет.");
  });
});
