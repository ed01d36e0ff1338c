import { parseContingent } from "../../../src/domain/contingent/parse";
import { validateContingent } from "../../../src/domain/contingent/validate";
import { templateRows, toSheetValues } from "../../../src/domain/contingent/sheetLayout";
import { readSample } from "../../../fixtures/samples";

const SAMPLE = readSample("roadmap-oosh-talon.txt");
const SECTION = SAMPLE.slice(SAMPLE.indexOf("4. Характеристика контингента"), SAMPLE.indexOf("5. План мероприятий"));

describe("parseContingent on the ООШ с. Талон sample (PDF text, section 4)", () => {
  const parsed = parseContingent({ kind: "text", text: SECTION });
  const byCode = Object.fromEntries(parsed.rows.map((r) => [r.code, r]));

  it("reads every row in order with its codes", () => {
    expect(parsed.rows.map((r) => r.code)).toEqual([
      "1",
      "1.1",
      "1.1.1",
      "1.1.2",
      "1.1.3",
      "1.1.4",
      "1.2",
      "1.2.1",
      "1.2.2",
      "1.2.3",
      "1.2.4",
      "2",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.5",
      "2.6",
      "3",
      "4",
      "5",
    ]);
    expect(parsed.dates).toEqual({ fact: "01.09.2021", forecast: "01.09.2022" });
  });

  it("joins names wrapped over lines, also when the values sit in the middle", () => {
    expect(byCode["1.1.2"].name).toBe("входящих в состав органов ученического самоуправления школы, чел.");
    expect(byCode["1.1.3"].name).toBe("принимающих участие в деятельности общественных организаций, чел.");
    expect(byCode["2.6"].name).toBe(
      "численность педагогов, входящих в состав региональных ассоциаций учителей, общественных организаций, чел.",
    );
    expect(byCode["3"].name).toBe(
      "Количество работодателей (организаций, учреждений, предприятий), принимающих активное участие в деятельности школы",
    );
  });

  it("reads fact and forecast, blanks and «-» as null", () => {
    const values = parsed.rows.map((r) => [r.code, r.fact, r.forecast]);
    expect(values).toEqual([
      ["1", null, null],
      ["1.1", 10, 8],
      ["1.1.1", 2, 4],
      ["1.1.2", 2, 3],
      ["1.1.3", 0, 2],
      ["1.1.4", 0, 0],
      ["1.2", 7, 6],
      ["1.2.1", 2, 3],
      ["1.2.2", 2, 0],
      ["1.2.3", 3, 3],
      ["1.2.4", 0, 0],
      ["2", 10, 10],
      ["2.1", 6, 8],
      ["2.2", 0, 2],
      ["2.3", 2, 1],
      ["2.4", 2, 2],
      ["2.5", 3, 3],
      ["2.6", 1, 1],
      ["3", 1, 1],
      ["4", 5, 5],
      ["5", null, null],
    ]);
  });

  it("gives each child the relation of the marker row above it", () => {
    expect(byCode["1"].relation).toBeNull();
    expect(byCode["1.1"].relation).toBe("including");
    expect(byCode["1.2"].relation).toBe("including");
    expect(byCode["1.1.1"].relation).toBe("ofWhich");
    expect(byCode["1.2.4"].relation).toBe("ofWhich");
    expect(byCode["2.3"].relation).toBe("including");
  });

  it("finds the keyed rows the indicators use", () => {
    expect(byCode["1"].key).toBe("pupils");
    expect(byCode["2"].key).toBe("teachers");
    expect(byCode["2.3"].key).toBe("teachers_0_3"); // «со стажем до 3 лет»
    expect(byCode["3"].key).toBe("employers");
    expect(byCode["1.2.3"].key).toBeNull(); // worded differently from the template («активное участие»)
  });

  it("numbers rows as they will sit in «Контингент» (header row 1, marker rows counted)", () => {
    expect(byCode["1"].row).toBe(2);
    expect(byCode["1.1"].row).toBe(4); // after «в том числе:»
    expect(byCode["1.1.1"].row).toBe(6); // after «из них:»
    expect(byCode["2"].row).toBe(16);
  });

  it("finds the table inside the whole document and stops before section 5", () => {
    const whole = parseContingent({ kind: "text", text: SAMPLE });
    expect(whole.rows).toEqual(parsed.rows);
    expect(whole.warnings.join()).toMatch(/остановлен на строке \d+ текста: «5\. План мероприятий/);
  });

  it("fires exactly these checks on the sample", () => {
    const problems = validateContingent(parsed.rows);
    expect(problems.map((p) => [p.severity, p.code, p.column, p.value ?? null])).toEqual([
      ["suggestion", "1", "fact", 17],
      ["suggestion", "1", "forecast", 14],
      ["error", "2", "fact", null],
      ["error", "2", "forecast", null],
      ["warning", null, null, null],
      ["warning", null, null, null],
    ]);
    expect(problems[0].message).toBe(
      "Контингент, строка 2 (код 1), «Факт»: не заполнено; сумма строк «в том числе» (1.1 + 1.2) = 17 — подставить?",
    );
    expect(problems[2].message).toMatch(
      /^Контингент, строка 16 \(код 2\), «Факт»: 10 не равно сумме строк «в том числе» \(2\.1 \+ 2\.2 \+ 2\.3 \+ 2\.4 \+ 2\.5 \+ 2\.6\) = 14/,
    );
    expect(problems[3].message).toMatch(/«Прогноз»: 10 не равно сумме .* = 17/);
    expect(problems[4].message).toMatch(
      /нет строки «численность обучающихся в возрасте от 10 до 18 лет, чел\.» .* «Доля детей и молодёжи в возрасте от 10 до 18 лет/,
    );
    expect(problems[5].message).toMatch(/от 15 до 18 лет.*«Доля детей и молодёжи в возрасте от 15 до 18 лет/);
  });
});

describe("parseContingent on a pasted table", () => {
  const table = [
    ["Код", "Показатель", "Факт 01.09.2024", "Прогноз 01.09.2025"],
    ["1", "Численность обучающихся, чел.", 120, ""],
    ["", "в том числе:", "", ""],
    ["1.1", "в 1-4 классах", 50, 48],
    ["1.2", "в 5-11 классах", 70, "75"],
    ["", "из них:", "", ""],
    ["1.3", "в возрасте от 10 до 18 лет", 80, 82],
    ["1.4", "в возрасте 15-18 лет", 130, "-"],
    ["2", "Численность педагогических работников", "двадцать", 2.5],
    ["", "из них:", "", ""],
    ["2.1", "молодые специалисты (стаж от 0 до 3 лет)", -1, 4],
  ];
  const parsed = parseContingent({ kind: "table", rows: table });

  it("reads the header, markers, numbers and text", () => {
    expect(parsed.dates).toEqual({ fact: "01.09.2024", forecast: "01.09.2025" });
    expect(parsed.rows.map((r) => [r.code, r.relation, r.key, r.fact, r.forecast, r.row])).toEqual([
      ["1", null, "pupils", 120, null, 2],
      ["1.1", "including", null, 50, 48, 4],
      ["1.2", "including", null, 70, 75, 5],
      ["1.3", "ofWhich", "pupils_10_18", 80, 82, 7],
      ["1.4", "ofWhich", "pupils_15_18", 130, null, 8],
      ["2", null, "teachers", "двадцать", 2.5, 9],
      ["2.1", "ofWhich", "teachers_0_3", -1, 4, 11],
    ]);
  });

  it("reports each broken rule, naming the cells", () => {
    const messages = validateContingent(parsed.rows).map((p) => `${p.severity}: ${p.message}`);
    expect(messages).toEqual([
      "error: Контингент, строка 9 (код 2), «Факт»: «двадцать» — не число; укажите целое число человек или «-»",
      "error: Контингент, строка 9 (код 2), «Прогноз»: 2.5 — численность должна быть целым числом",
      "error: Контингент, строка 11 (код 2.1), «Факт»: -1 — численность не может быть отрицательной",
      "error: Контингент, строка 8 (код 1.4), «Факт»: 130 больше, чем в строке «из них»-родителя (Контингент, строка 2 (код 1), «Факт»: 120)",
      "suggestion: Контингент, строка 2 (код 1), «Прогноз»: не заполнено; сумма строк «в том числе» (1.1 + 1.2) = 123 — подставить?",
      "warning: Контингент: нет строки «Количество работодателей (организаций, учреждений, предприятий), принимающих активное участие в деятельности школы» — без неё не посчитать показатель «Доля предприятий (организаций), предоставивших наставников»",
    ]);
  });

  it("accepts a matching sum and a Word table copied as text", () => {
    const word =
      "Контингент\n\n\tКод\n\tПоказатель\n\tФакт\n\tПрогноз\n\n\t1\n\tЧисленность обучающихся,\nчел.\n\t17\n\t14\n\n\t\n\tв том числе:\n\t\n\t\n\n\t1.1\n\tв 1-4 классах\n\t10\n\t8\n\n\t1.2\n\tв 5-9 классах\n\t7\n\t6\n";
    const p = parseContingent({ kind: "text", text: word });
    expect(p.rows.map((r) => [r.code, r.name, r.fact, r.forecast, r.relation])).toEqual([
      ["1", "Численность обучающихся, чел.", 17, 14, null],
      ["1.1", "в 1-4 классах", 10, 8, "including"],
      ["1.2", "в 5-9 классах", 7, 6, "including"],
    ]);
    expect(validateContingent(p.rows).filter((x) => x.severity !== "warning")).toEqual([]);
  });

  it("flags a sum that exceeds the parent even with a part missing, duplicates and orphans", () => {
    const rows = parseContingent({
      kind: "table",
      rows: [
        ["1", "Всего", 10, ""],
        ["", "в том числе:"],
        ["1.1", "а", 8, ""],
        ["1.2", "б", "", ""],
        ["1.3", "в", 5, ""],
        ["1.3", "снова", 1, ""],
        ["3.1", "сирота", 1, ""],
      ],
    }).rows;
    const messages = validateContingent(rows).map((p) => p.message);
    expect(messages).toContain("Контингент, строка 6 (код 1.3): код повторяется (уже был в строке 5)");
    expect(messages).toContain("Контингент, строка 7 (код 3.1): нет строки с кодом 3, к которой относится эта строка");
    expect(messages).toContain(
      "Контингент, строка 1 (код 1), «Факт»: 10 меньше суммы заполненных строк «в том числе» (1.1 + 1.2 + 1.3) = 13",
    );
  });
});

describe("the default template", () => {
  it("has the rows the indicators need, with marker rows where groups begin", () => {
    const rows = templateRows();
    const keys = rows.map((r) => r.key);
    for (const k of ["pupils", "pupils_10_18", "pupils_15_18", "teachers", "teachers_0_3", "employers"])
      expect(keys).toContain(k);
    const sheet = toSheetValues(rows);
    expect(sheet[0]).toEqual(["1", "Численность обучающихся, чел.", "", ""]);
    expect(sheet[1]).toEqual(["", "в том числе:", "", ""]);
    expect(sheet.filter((r) => r[1] === "из них:").length).toBe(5); // under 1.1, 1.2, 1.3, the age rows, and 2
    // Written and read back, the template is the same table.
    const back = parseContingent({ kind: "table", rows: [["Код", "Показатель", "Факт", "Прогноз"], ...sheet] }).rows;
    expect(back.map((r) => [r.code, r.relation, r.key])).toEqual(rows.map((r) => [r.code, r.relation, r.key]));
    expect(validateContingent(rows)).toEqual([]);
  });
});
