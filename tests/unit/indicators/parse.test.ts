import { parseIndicatorsTable } from "../../../src/domain/indicators/parse";
import { readSample } from "../../../fixtures/samples";

const SAMPLE = readSample("indicators-sosh7.txt");

describe("parseIndicatorsTable on the СОШ № 7 sample", () => {
  const { indicators, warnings } = parseIndicatorsTable({ kind: "text", text: SAMPLE });

  it("finds the five indicators with their catalogue codes", () => {
    expect(indicators.map((i) => [i.number, i.code, i.unit])).toEqual([
      ["1", "mentees_10_18", "%"],
      ["2", "mentors_15_18", "%"],
      ["3", "young_teachers", "%"],
      ["4", "teachers_coverage", "%"],
      ["5", "mentee_satisfaction", "%"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps the targets exactly as written, «-» as no target", () => {
    expect(indicators.map((i) => i.targets)).toEqual([
      { "2022": 10, "2023": 20, "2024": 35, "2025": null },
      { "2022": 3, "2023": 5, "2024": 7, "2025": 10 },
      { "2022": 50, "2023": 70, "2024": 90, "2025": 100 },
      { "2022": 15, "2023": 20, "2024": 25, "2025": 30 },
      { "2022": 60, "2023": 70, "2024": 80, "2025": 90 },
    ]);
  });

  it("joins names broken over lines and takes out the «%» mark", () => {
    expect(indicators[1].name).toBe(
      "Доля обучающихся в возрасте от 15 до 18 лет, вошедших в программы наставничества в роли наставника",
    );
    expect(indicators[4].name).toBe(
      "Уровень удовлетворенности наставляемых участием в программах наставничества (опросный)",
    );
    expect(indicators[0].name).toMatch(
      /^Доля детей и молодежи в возрасте от 10 до 18 лет, вошедших в программы наставничества в роли наставляемого \(отношение/,
    );
  });
});

describe("parseIndicatorsTable on other shapes", () => {
  it("reads a table of cells with a unit column, reworded rows and a school's own indicator", () => {
    const rows = [
      ["№", "Показатель", "Ед. изм.", "2024 год", "2025 год", "2026"],
      [
        "1.",
        "Доля детей и молодёжи 10-18 лет, вовлечённых в программы наставничества в роли наставляемого",
        "%",
        "15",
        "25,5",
        "–",
      ],
      ["2.", "Доля организаций-партнёров, предоставивших наставников", "%", 20, "", "40%"],
      [
        "3.",
        "Уровень удовлетворённости наставников участием в программах наставничества (опросный)",
        "%",
        "70",
        "75",
        "80",
      ],
      ["4.", "Доля обучающихся, ставших победителями олимпиад", "%", "5", "много", "7"],
    ];
    const { indicators, warnings } = parseIndicatorsTable({ kind: "table", rows });
    expect(indicators.map((i) => [i.number, i.code, i.unit, i.targets])).toEqual([
      ["1", "mentees_10_18", "%", { "2024": 15, "2025": 25.5, "2026": null }],
      ["2", "enterprises_share", "%", { "2024": 20, "2025": null, "2026": 40 }],
      ["3", "mentor_satisfaction", "%", { "2024": 70, "2025": 75, "2026": 80 }],
      ["4", null, "%", { "2024": 5, "2025": null, "2026": 7 }],
    ]);
    expect(warnings).toEqual([
      "Показатель 4, 2025 г.: «много» — не число; цель не задана",
      "Показатель 4 «Доля обучающихся, ставших победителями олимпиад» не найден в каталоге — оставлен как собственный показатель школы (факт вводится вручную)",
    ]);
  });

  it("refuses text that is no table, and a table with no year columns", () => {
    expect(() => parseIndicatorsTable({ kind: "text", text: "Просто текст без таблицы" })).toThrow(
      "Не найдена таблица показателей",
    );
    expect(() =>
      parseIndicatorsTable({
        kind: "table",
        rows: [
          ["№", "Показатель", "Цель"],
          ["1", "Охват", "10"],
        ],
      }),
    ).toThrow("Не найдены столбцы с годами");
    expect(() => parseIndicatorsTable({ kind: "table", rows: [["№", "Показатель", "2024 г."]] })).toThrow(
      "нет ни одной строки",
    );
  });
});
