/**
 * Indicator tables as schools send them, on the shared layout reader: a name spread over paragraphs with a
 * blank line before the targets (Word text), a name broken over lines in a tab-separated paste, a table
 * without its header (years from the heading, or from the programme), HTML. No indicator is ever made of
 * a number or of a row of targets without a name.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIndicatorsTable, IndicatorsParseError } from "../../../src/domain/indicators/parse";
import { SAMPLES_DIR } from "../../../fixtures/samples";

const SAMPLES = SAMPLES_DIR;
const gold = JSON.parse(readFileSync(join(SAMPLES, "expected/indicators-sosh7.json"), "utf8")) as {
  indicators: {
    number: string;
    name: string;
    code: string | null;
    unit: string;
    targets: Record<string, number | null>;
  }[];
};
const parse = (text: string, years?: string[]) => parseIndicatorsTable({ kind: "text", text }, undefined, { years });
const brief = (text: string, years?: string[]) =>
  parse(text, years).indicators.map((i) => [i.number, i.code, i.targets]);

describe("the СОШ № 7 sample", () => {
  it("reads every indicator exactly: number, name, code, unit and targets", () => {
    const parsed = parse(readFileSync(join(SAMPLES, "indicators-sosh7.txt"), "utf8"));
    expect(parsed.indicators).toEqual(gold.indicators);
    expect(parsed.inferred).toBe(false);
    expect(parsed.columns.map((c) => c.role)).toEqual([
      "number",
      "name",
      "year:2022",
      "year:2023",
      "year:2024",
      "year:2025",
    ]);
  });
});

const HEADER = ["\t№ п/п", "\tНаименование показателя", "\t2023 г.", "\t2024 г.", ""];

describe("blank lines inside a cell of Word text", () => {
  it("keeps the targets with their indicator: no phantom indicator named by a number", () => {
    const text = [
      ...HEADER,
      "\t1",
      "\tДоля детей в возрасте от 10 до 18 лет, вошедших в программы наставничества в роли наставляемого, %",
      "",
      "\t15",
      "\t25",
      "",
      "\t2",
      "\tОхват педагогических работников программами",
      "",
      "наставничества, %",
      "",
      "\t20",
      "",
      "\t30",
      "",
    ].join("\n");
    expect(brief(text)).toEqual([
      ["1", "mentees_10_18", { "2023": 15, "2024": 25 }],
      ["2", "teachers_coverage", { "2023": 20, "2024": 30 }],
    ]);
    expect(parse(text).indicators[1].name).toBe("Охват педагогических работников программами наставничества");
  });
});

describe("a tab-separated paste with a name over several lines", () => {
  it("joins the lines of the name and reads the targets of the last line", () => {
    const text = [
      "№\tПоказатель\t2023\t2024",
      "1\tДоля обучающихся в возрасте от 15 до 18 лет,",
      "вошедших в программы наставничества",
      "в роли наставника, %\t5\t7",
      "2\tУровень удовлетворенности наставников участием в программах наставничества, % (опросный)\t70\t80",
    ].join("\n");
    expect(brief(text)).toEqual([
      ["1", "mentors_15_18", { "2023": 5, "2024": 7 }],
      ["2", "mentor_satisfaction", { "2023": 70, "2024": 80 }],
    ]);
  });
});

describe("a table without its header", () => {
  const rows = [
    "1\tДоля детей в возрасте от 10 до 18 лет, вошедших в программы наставничества в роли наставляемого, %\t10\t20\t35",
    "2\tОхват педагогических работников программами наставничества, %\t15\t20\t-",
  ];

  it("takes the years from the heading above the table and says the columns were inferred", () => {
    const parsed = parse(["Целевые показатели на 2022 - 2024 гг.", ...rows].join("\n"));
    expect(parsed.inferred).toBe(true);
    expect(parsed.indicators.map((i) => i.targets)).toEqual([
      { "2022": 10, "2023": 20, "2024": 35 },
      { "2022": 15, "2023": 20, "2024": null },
    ]);
    expect(parsed.warnings[0]).toBe(
      "Заголовок не найден, столбцы определены по содержимому: № · Показатель · 2022 · 2023 · 2024. Проверьте их и при необходимости поправьте",
    );
  });

  it("takes the programme's years when given, and refuses to guess them otherwise", () => {
    expect(parse(rows.join("\n"), ["2024", "2025", "2026"]).indicators[0].targets).toEqual({
      "2024": 10,
      "2025": 20,
      "2026": 35,
    });
    expect(() => parse(rows.join("\n"))).toThrow(IndicatorsParseError);
    expect(() => parse(rows.join("\n"))).toThrow("Не найдены столбцы с годами");
  });
});

describe("rows that are not indicators", () => {
  it("a bare number and targets without a name are remarked on, never made indicators", () => {
    const text = [
      "№\tПоказатель\t2023\t2024",
      "1\tОхват педагогических работников программами наставничества, %\t15\t20",
      "2\t\t\t",
      "\t\t30\t40",
    ].join("\n");
    const parsed = parse(text);
    expect(parsed.indicators.map((i) => i.number)).toEqual(["1"]);
    expect(parsed.warnings).toEqual([
      "Строка с номером 2 без наименования показателя пропущена",
      "Строка с целями 30 40 без наименования показателя пропущена",
    ]);
  });
});

describe("HTML", () => {
  it("reads a table a browser or a .docx gives", () => {
    const html = `<p>Показатели на 2024-2026 годы</p><table>
      <tr><th>№</th><th>Наименование показателя</th><th>2024</th><th>2025</th><th>2026</th></tr>
      <tr><td>1</td><td><p>Доля учителей – молодых специалистов (опыт работы от 0 до 3 лет),</p><p>вошедших в программы наставничества в роли наставляемого, %</p></td><td>60</td><td>80</td><td>100</td></tr>
    </table>`;
    expect(brief(html)).toEqual([["1", "young_teachers", { "2024": 60, "2025": 80, "2026": 100 }]]);
  });
});
