import { parseContingent } from "../../../src/domain/contingent/parse";
import { compareCodes, mergeContingent } from "../../../src/domain/contingent/merge";
import { templateRows } from "../../../src/domain/contingent/sheetLayout";
import type { ContingentRow } from "../../../src/domain/contingent/model";
import { readSample } from "../../../fixtures/samples";

const SAMPLE = readSample("roadmap-oosh-talon.txt");
const TALON = parseContingent({
  kind: "text",
  text: SAMPLE.slice(SAMPLE.indexOf("4. Характеристика контингента"), SAMPLE.indexOf("5. План мероприятий")),
}).rows;

const row = (
  code: string,
  name: string,
  fact: ContingentRow["fact"],
  extra: Partial<ContingentRow> = {},
): ContingentRow => ({
  code,
  name,
  fact,
  forecast: null,
  key: null,
  relation: null,
  row: 0,
  ...extra,
});

describe("mergeContingent", () => {
  it("orders codes segment by segment", () => {
    expect(["2", "1.10", "1.2", "1", "1.2.1"].sort(compareCodes)).toEqual(["1", "1.2", "1.2.1", "1.10", "2"]);
  });

  it("replaces the untouched template with the Talon table, keeping the rows the indicators need", () => {
    const merged = mergeContingent(templateRows(), TALON);
    const codes = merged.rows.map((r) => r.code);
    expect(codes).toEqual([
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
      "1.4",
      "1.5",
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
    expect(merged.dropped).toEqual(["1.3", "1.3.1", "1.3.2", "1.3.3", "1.3.4"]); // grades 10–11: an ООШ has none
    const key = (code: string) => merged.rows.find((r) => r.code === code)?.key;
    expect([key("1.4"), key("1.5"), key("2.3"), key("3")]).toEqual([
      "pupils_10_18",
      "pupils_15_18",
      "teachers_0_3",
      "employers",
    ]);
    // The sample marks the teacher rows «в том числе»: its structure wins over the template's «из них».
    expect(merged.rows.find((r) => r.code === "2.1")?.relation).toBe("including");
  });

  it("keeps what the curator typed: numbers the import leaves blank, rows it does not mention", () => {
    const sheet = [
      row("1", "Численность обучающихся, чел.", 40),
      row("1.1", "в 1-4 классах", 12, { relation: "including" }),
      row("7", "Наши волонтёры, чел.", 9),
    ];
    const imported = [
      row("1", "Численность обучающихся, чел.", null),
      row("1.1", "в 1–4 классах, чел.", 15, { relation: "including" }),
      row("1.2", "в 5-9 классах, чел.", 25, { relation: "including" }),
    ];
    const merged = mergeContingent(sheet, imported);
    expect(merged.rows.map((r) => [r.code, r.name, r.fact])).toEqual([
      ["1", "Численность обучающихся, чел.", 40],
      ["1.1", "в 1–4 классах, чел.", 15],
      ["1.2", "в 5-9 классах, чел.", 25],
      ["7", "Наши волонтёры, чел.", 9],
    ]);
    expect(merged).toMatchObject({ added: ["1.2"], updated: ["1", "1.1"] });
  });
});
