/** `cmn document` on a small folder of sheet CSVs: what it writes, and what it says when it cannot. */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { cmn } from "../../support/cli";

const dir = mkdtempSync(join(tmpdir(), "cmn-document-"));
const file = (name: string, lines: string[]) => writeFileSync(join(dir, name), lines.join("\n"), "utf8");

file("Настройки.csv", [
  "Параметр;Значение",
  "Организация;МБОУ «Лицей № 2»",
  "Куратор;Смирнова Ольга Петровна",
  "Руководитель;Кузнецов Пётр Ильич",
  "Должность руководителя;Директор",
  "Региональный акт о наставничестве;приказом министерства образования области от 01.02.2021 № 12",
  "Период программы;2024-2027",
  "Режим псевдонимов;да",
]);
file("Наставники.csv", [
  "ID;ФИО (или код);Категория;Класс;Формы;Согласие ПДн",
  "НТ-1;Орлова Анна Сергеевна;обучающийся;10А;ученик – ученик;да",
]);
file("Наставляемые.csv", [
  "ID;ФИО (или код);Категория;Класс;Возраст;Желаемая форма;Согласие ПДн",
  "НЯ-1;Белов Иван Андреевич;обучающийся;6Б;12;ученик – ученик;да",
]);
file("Пары.csv", [
  "ID пары;ID наставника;Наставник;ID наставляемого;Наставляемый;Форма;Статус;Дата начала",
  "П-1;НТ-1;НТ-1;НЯ-1;НЯ-1;ученик-ученик;активна;12.10.2026",
]);

describe("cmn document", () => {
  it("writes the order as .docx, with names once the curator agrees in pseudonymous mode", async () => {
    const out = join(dir, "pairs.docx");
    const refused = await cmn("document", "pairs-order", "--dir", dir, "--date", "2026-11-21", "--out", out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("включён режим псевдонимов");
    expect(refused.stderr).toContain("--names да");
    expect(existsSync(out)).toBe(false);
    const run = await cmn(
      "document",
      "pairs-order",
      "--dir",
      dir,
      "--date",
      "2026-11-21",
      "--out",
      out,
      "--names",
      "да",
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: "pairs-order", pages: 1, out });
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain("№ ______ от 21 ноября 2026 г.");
    expect(text).toContain("Орлова Анна Сергеевна, 10А класс");
    expect(text).toContain("Белов Иван Андреевич, 6Б класс");
    expect(text).toContain("Форма наставничества «ученик – ученик», пар (групп): 1");
  });

  it.each([
    [["document"], 2, "Не указан вид документа"],
    [
      ["document", "order", "--dir", dir, "--out", "x.docx"],
      2,
      "Неизвестный вид документа «order». Виды: implementation-order",
    ],
    [["document", "regulation", "--out", "x.docx"], 2, "Не указан параметр --dir"],
    [["document", "regulation", "--dir", dir, "--out", "x.pdf"], 2, "файл должен оканчиваться на .docx"],
    [
      ["document", "regulation", "--dir", dir, "--out", "x.docx", "--date", "21.11.2026"],
      2,
      "ожидается дата ГГГГ-ММ-ДД",
    ],
    [["document", "regulation", "--dir", join(dir, "нет"), "--out", "x.docx"], 1, "Папка не найдена"],
    [["document", "regulation", "--dir", dir, "--out", "x.docx"], 1, "заполните «Дата отчёта»"],
  ])("refuses %j", async (args, code, message) => {
    const run = await cmn(...(args as string[]));
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });
});
