/**
 * `cmn import-roadmap` on the three real samples, through main() as a script would run it. Expected
 * values are read off the sample documents and periods.md, not off the command's own output.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cmn } from "../../support/cli";
import { samplePath } from "../../../fixtures/samples";
import { parseRoadmap } from "../../../src/domain/roadmap";

interface Item {
  number: string;
  section: string;
  title: string;
  deadlineText: string;
  period: {
    kind: string;
    occurrences: { start: string | null; end: string | null }[];
    repeat: string;
    needsReview: boolean;
  };
  responsible: string[];
  result: string;
}
interface Output {
  items: Item[];
  warnings: { severity: string; code: string; line: number | null; message: string }[];
}

async function importFile(...args: string[]): Promise<Output> {
  const r = await cmn("import-roadmap", ...args);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Output;
}
const byNumber = (out: Output, n: string) => out.items.find((i) => i.number === n)!;
const sectionNumbers = (out: Output) => [...new Set(out.items.map((i) => i.number.split(".")[0]))];

describe("cmn import-roadmap", () => {
  it("Сеченово: 28 items in six sections, dated with the document's year (на 2021 год)", async () => {
    const out = await importFile(samplePath("roadmap-municipal-sechenovo.txt"));
    expect(Object.keys(out)).toEqual(["items", "warnings"]);
    expect(out.items).toHaveLength(28);
    expect(sectionNumbers(out)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(out.items.map((i) => i.number)).not.toContain("1");
    expect(Object.keys(out.items[0])).toEqual([
      "number",
      "section",
      "title",
      "deadlineText",
      "period",
      "responsible",
      "result",
    ]);
    expect(Object.keys(out.items[0].period)).toEqual(["kind", "occurrences", "repeat", "needsReview"]);
    expect(byNumber(out, "1.1").period).toEqual({
      kind: "deadline",
      occurrences: [{ start: null, end: "2021-02-15" }],
      repeat: "none",
      needsReview: false,
    });
    expect(byNumber(out, "3.3").period.occurrences).toEqual([{ start: null, end: "2021-11-30" }]);
    expect(byNumber(out, "3.2").period.occurrences).toEqual([{ start: "2021-04-01", end: "2021-04-30" }]);
    const quarterly = byNumber(out, "2.1").period;
    expect(quarterly.repeat).toBe("quarterly");
    expect(quarterly.occurrences.map((o) => o.end)).toEqual(["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"]);
    expect(byNumber(out, "1.5").period.occurrences).toEqual([{ start: "2021-01-01", end: "2021-12-31" }]);
    expect(byNumber(out, "4.3").period).toEqual({
      kind: "by-schedule",
      occurrences: [],
      repeat: "none",
      needsReview: false,
    });
    expect(byNumber(out, "1.3").responsible).toEqual(["Руководители ОО, ДО"]);
    expect(byNumber(out, "1.3").result).toBe("Приказ ОО");
    expect(out.warnings).toContainEqual({
      severity: "warning",
      code: "noDeadline",
      line: 489,
      message: "У пункта 6.2 «на уровне муниципалитета:» не указан срок.",
    });
  });

  it("ООШ с. Талон: 35 items 1.1–7.8, months with their years", async () => {
    const out = await importFile(samplePath("roadmap-oosh-talon.txt"));
    expect(out.items).toHaveLength(35);
    expect(out.items[0].number).toBe("1.1");
    expect(out.items[34].number).toBe("7.8");
    expect(byNumber(out, "1.1").period.occurrences).toEqual([{ start: "2021-09-01", end: "2021-09-30" }]);
    expect(byNumber(out, "6.4").period.occurrences).toEqual([{ start: "2022-02-01", end: "2022-05-31" }]);
    expect(byNumber(out, "7.8").period.occurrences).toEqual([{ start: "2022-12-01", end: "2022-12-31" }]);
    expect(byNumber(out, "1.1").responsible).toEqual(["Москвина Т.Н., директор школы"]);
  });

  it("ДОУ 2023: 16 events numbered under their stages; lists give several occurrences", async () => {
    const out = await importFile(samplePath("roadmap-dou-2023.txt"));
    expect(out.items).toHaveLength(16);
    expect(byNumber(out, "1.3").period.occurrences).toEqual([
      { start: "2022-03-01", end: "2022-03-31" },
      { start: "2022-09-01", end: "2022-09-30" },
    ]);
    expect(byNumber(out, "6.1").period.occurrences).toEqual([{ start: "2022-09-01", end: "2023-08-31" }]);
    expect(byNumber(out, "7.1").period.occurrences).toEqual([
      { start: "2023-01-01", end: "2023-01-31" },
      { start: "2023-04-01", end: "2023-04-30" },
    ]);
    expect(byNumber(out, "1.1").section).toBe("Подготовка условий для запуска программы наставничества");
  });

  it("flags win over the document: «ежеквартально» dated with --year 2022", async () => {
    const out = await importFile(samplePath("roadmap-municipal-sechenovo.txt"), "--year", "2022");
    expect(byNumber(out, "2.1").period.occurrences.map((o) => o.start)).toEqual([
      "2022-01-01",
      "2022-04-01",
      "2022-07-01",
      "2022-10-01",
    ]);
    // A date written in the text keeps its own year.
    expect(byNumber(out, "1.1").period.occurrences).toEqual([{ start: null, end: "2021-02-15" }]);
  });

  describe("bad files: a Russian message on stderr, a non-zero exit, nothing on stdout", () => {
    const dir = mkdtempSync(join(tmpdir(), "cmn-import-roadmap-"));
    const write = (name: string, content: string | Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    };
    it.each([
      ["a missing file", join(dir, "нет.txt"), /Файл не найден/],
      ["binary junk", write("junk.txt", Buffer.from([0, 1, 2, 3, 255, 0, 7, 8, 0, 0, 12, 14])), /не похож на текст/],
      ["an empty file", write("empty.txt", ""), /пуст/],
      [
        "a table without a deadline column",
        write("nodeadline.txt", "№\tМероприятие\tОтветственные\n1.1\tПедсовет\tДиректор\n"),
        /нет столбца сроков/,
      ],
      ["a PDF file itself", write("plan.pdf", "%PDF-1.4"), /не поддерживается/],
      ["a .docx that is not one", write("fake.docx", "not a zip"), /не является документом Word/],
    ])("%s", async (_what, path, message) => {
      const r = await cmn("import-roadmap", path);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
    });
    it("a bad flag is a usage error (exit 2)", async () => {
      const r = await cmn("import-roadmap", samplePath("roadmap-dou-2023.txt"), "--academic-year", "2022-2024");
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--academic-year/);
    });
  });

  describe("the same reader as the sidebar", () => {
    const dir = mkdtempSync(join(tmpdir(), "cmn-import-roadmap-same-"));
    const fragment = [
      "2.1\tАнкетирование обучающихся 5–9 классов\tоктябрь 2023\tПедагог-психолог\tАналитическая справка",
      "2.2\tСбор согласий на обработку персональных данных\tдо 15.10.2023\tКлассные руководители\tСогласия",
      "2.3\tФормирование базы наставляемых\tноябрь 2023\tИванова А.А., заместитель директора по УВР\tБаза",
    ].join("\n");

    it("says on stderr that the columns were inferred, and prints what parseRoadmap understood", async () => {
      const path = join(dir, "fragment.txt");
      writeFileSync(path, fragment);
      const r = await cmn("import-roadmap", path);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(
        "Предупреждение: Заголовок не найден, столбцы определены по содержимому: № · Мероприятие · Срок · Ответственные · Результат. Проверьте их и при необходимости поправьте.\n",
      );
      const out = JSON.parse(r.stdout) as Output;
      const parsed = parseRoadmap({ kind: "text", text: fragment });
      expect(out.items.map(({ period: _period, ...item }) => item)).toEqual(
        parsed.items.map(({ sourceLine: _line, ...item }) => item),
      );
      expect(out.items[2].responsible).toEqual(["Иванова А.А., заместитель директора по УВР"]);
    });

    it("reads the same table from a .csv file", async () => {
      const path = join(dir, "fragment.csv");
      writeFileSync(path, fragment.replace(/\t/g, ";"));
      const r = await cmn("import-roadmap", path);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as Output;
      expect(out.items.map((i) => [i.number, i.deadlineText, i.result])).toEqual([
        ["2.1", "октябрь 2023", "Аналитическая справка"],
        ["2.2", "до 15.10.2023", "Согласия"],
        ["2.3", "ноябрь 2023", "База"],
      ]);
    });
  });
});
