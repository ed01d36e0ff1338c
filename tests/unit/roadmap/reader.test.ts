/**
 * The reader on each class of document that used to go wrong, with fixtures written for it: cells that
 * span several lines (bullets ✓ • – «1)» «а)», <br> / <p> kept in a tab-separated paste), blank lines
 * inside a cell of Word text, fragments without a header, section rows and numbering that starts again,
 * tables cut mid-row. First every development document in every layout against its gold (tab, Word and
 * HTML layouts exactly; PDF text, whose columns come interleaved, for its items and numbers), then small
 * hand-written cases that name what a curator would have seen.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocument } from "../../../src/cli/readDocument";
import { parseRoadmap, type RoadmapParse } from "../../../src/domain/roadmap";
import { DEV_DOCUMENTS, DEV_LAYOUTS, SOSH3, GYMNASIUM } from "../../../fixtures/roadmaps/dev";
import type { Layout } from "../../../fixtures/roadmaps/render";
import { gold, render, tableOf } from "../../../fixtures/roadmaps/render";
import { buildDocx } from "../../support/docx";

const parseText = (text: string) => parseRoadmap({ kind: "text", text });
const items = (p: RoadmapParse) =>
  p.items.map((i) => ({
    number: i.number,
    section: i.section,
    title: i.title,
    deadline: i.deadlineText,
    responsible: i.responsible,
    result: i.result,
  }));
const codes = (p: RoadmapParse) => p.warnings.map((w) => w.code);

describe("development documents in every layout", () => {
  const cases = DEV_DOCUMENTS.flatMap((doc) => DEV_LAYOUTS.map(({ name, layout }) => ({ doc, name, layout })));
  it.each(cases.map((c) => [`${c.doc.id} / ${c.name}`, c] as const))("%s", (_name, { doc, layout }) => {
    const parsed = parseText(render(doc, layout));
    const expected = gold(doc, layout);
    if (layout.kind === "pdf" || (doc.id === "college" && layout.sectionTabs === "single")) {
      // Every item found, none invented, numbered right; the texts of interleaved columns are measured by the bench.
      expect(parsed.items.map((i) => i.number)).toEqual(expected.map((i) => i.number));
      return;
    }
    expect(items(parsed)).toEqual(expected);
    if (layout.header === false) expect(parsed.inferred).toBe(true);
    if (layout.cut) expect(codes(parsed)).toContain("truncatedRow");
  });
});

describe(".docx files (a Word table through mammoth)", () => {
  const dir = mkdtempSync(join(tmpdir(), "cmn-reader-docx-"));
  it.each([
    ["with its header, bullets in cells", SOSH3, { kind: "html", bullet: "–" }],
    ["a fragment without a header", SOSH3, { kind: "html", header: false, from: { section: 2 }, bullet: "•" }],
    ["roman sections, numbering from 1 in each", GYMNASIUM, { kind: "html", bullet: "–" }],
  ] as [string, typeof SOSH3, Layout][])("%s", async (_name, doc, layout) => {
    const path = join(dir, `${doc.id}-${layout.header === false ? "fragment" : "whole"}.docx`);
    writeFileSync(path, await buildDocx(layout.from ? [] : doc.heading, tableOf(doc, layout), doc.columns.length));
    const parsed = parseRoadmap(await readDocument(path));
    expect(items(parsed)).toEqual(gold(doc, layout));
  });
});

describe("cells that span several lines in a tab-separated paste", () => {
  it("keeps a ✓ list in the title and a two-line responsible cell whole, and invents nothing", () => {
    const parsed = parseText(
      [
        "№\tМероприятие\tСрок\tОтветственные\tРезультат",
        "1.1\tИздание приказов:",
        "✓ о внедрении ЦМН;",
        "✓ о назначении куратора\tсентябрь 2023\tДиректор\tПриказы",
        "1.2\tРазработка Положения о наставничестве\tдо 01.10.2023\tЗаместитель директора по УВР,",
        "педагог-психолог\tПоложение",
        "1.3\tСоставление плана:",
        "1) встреч наставников;",
        "2) открытых уроков\tоктябрь 2023\tКуратор\tПлан",
      ].join("\n"),
    );
    expect(items(parsed)).toEqual([
      {
        number: "1.1",
        section: "",
        title: "Издание приказов:\nо внедрении ЦМН;\nо назначении куратора",
        deadline: "сентябрь 2023",
        responsible: ["Директор"],
        result: "Приказы",
      },
      {
        number: "1.2",
        section: "",
        title: "Разработка Положения о наставничестве",
        deadline: "до 01.10.2023",
        responsible: ["Заместитель директора по УВР", "педагог-психолог"],
        result: "Положение",
      },
      {
        number: "1.3",
        section: "",
        title: "Составление плана:\n1) встреч наставников;\n2) открытых уроков",
        deadline: "октябрь 2023",
        responsible: ["Куратор"],
        result: "План",
      },
    ]);
  });

  it("reads <br> and <p> left from HTML as line breaks inside the cell", () => {
    const parsed = parseText(
      [
        "№\tМероприятие\tСрок\tОтветственные",
        "1\tПедагогический совет<br>• о внедрении ЦМН<br>• о плане работы\tМарт 2024\tДиректор<br>Заместитель директора по ВР",
        "2\t<p>Родительское собрание</p><p>– выбор форм наставничества</p>\tАпрель 2024\t<p>Классные руководители</p>",
      ].join("\n"),
    );
    expect(items(parsed).map((i) => [i.number, i.title, i.responsible])).toEqual([
      ["1", "Педагогический совет\nо внедрении ЦМН\nо плане работы", ["Директор", "Заместитель директора по ВР"]],
      ["2", "Родительское собрание\nвыбор форм наставничества", ["Классные руководители"]],
    ]);
  });

  it("does not take «2. …» inside a cell for the next item when «1. …» is above it", () => {
    const parsed = parseText(
      [
        "№\tМероприятие\tСрок\tОтветственные\tДокумент",
        "1.1\tПодготовка документов\tсентябрь\tДиректор\t1. Приказ",
        "2. Положение",
        "1.2\tИнформирование родителей\tоктябрь\tКлассные руководители\tПротоколы",
      ].join("\n"),
    );
    expect(parsed.items.map((i) => [i.number, i.result])).toEqual([
      ["1.1", "1. Приказ\n2. Положение"],
      ["1.2", "Протоколы"],
    ]);
  });
});

describe("blank lines inside a cell of a Word table copied as text", () => {
  it("keeps the row whole: the paragraphs of a cell, and a blank line before the next cell", () => {
    const text = [
      "\t№",
      "\tМероприятие",
      "\tСрок",
      "\tОтветственные",
      "",
      "\t1.1",
      "\tПодготовка положения о наставничестве",
      "",
      "(с учётом мнения совета родителей)",
      "\tСентябрь 2023",
      "\tДиректор",
      "",
      "\t1.2",
      "\tАнкетирование педагогов",
      "",
      "\tОктябрь 2023",
      "\tЗаместитель директора по УВР",
      "",
      "\t1.3",
      "\tОбучение наставников",
      "\tНоябрь 2023",
      "",
      "\tКуратор",
      "",
    ].join("\n");
    expect(items(parseText(text)).map((i) => [i.number, i.title, i.deadline, i.responsible])).toEqual([
      [
        "1.1",
        "Подготовка положения о наставничестве\n(с учётом мнения совета родителей)",
        "Сентябрь 2023",
        ["Директор"],
      ],
      ["1.2", "Анкетирование педагогов", "Октябрь 2023", ["Заместитель директора по УВР"]],
      ["1.3", "Обучение наставников", "Ноябрь 2023", ["Куратор"]],
    ]);
  });
});

describe("a fragment without a header", () => {
  const fragment = [
    "2.1\tАнкетирование обучающихся 5–9 классов\tоктябрь 2023\tПедагог-психолог\tАналитическая справка",
    "2.2\tСбор согласий на обработку персональных данных\tдо 15.10.2023\tКлассные руководители\tСогласия",
    "2.3\tФормирование базы наставляемых\tноябрь 2023\tИванова А.А., заместитель директора по УВР\tБаза наставляемых",
    "2.4\tОтбор наставников\tежегодно\tДиректор\tПриказ",
  ].join("\n");

  it("tells the columns apart by what they hold and says so", () => {
    const parsed = parseText(fragment);
    expect(parsed.inferred).toBe(true);
    expect(parsed.columns?.map((c) => c.role)).toEqual(["number", "title", "deadline", "responsible", "result"]);
    expect(parsed.warnings[0]).toMatchObject({
      severity: "info",
      code: "columnsInferred",
      message:
        "Заголовок не найден, столбцы определены по содержимому: № · Мероприятие · Срок · Ответственные · Результат. Проверьте их и при необходимости поправьте.",
    });
    expect(items(parsed)[2]).toEqual({
      number: "2.3",
      section: "",
      title: "Формирование базы наставляемых",
      deadline: "ноябрь 2023",
      responsible: ["Иванова А.А., заместитель директора по УВР"],
      result: "База наставляемых",
    });
  });

  it("finds the columns in another order, and takes the curator's mapping when given", () => {
    const swapped = fragment
      .split("\n")
      .map((l) => {
        const c = l.split("\t");
        return [c[0], c[1], c[3], c[2], c[4]].join("\t");
      })
      .join("\n");
    expect(parseText(swapped).columns?.map((c) => c.role)).toEqual([
      "number",
      "title",
      "responsible",
      "deadline",
      "result",
    ]);
    const mapped = parseRoadmap(
      { kind: "text", text: fragment },
      { mapping: ["number", "title", "deadline", "responsible", null] },
    );
    expect(mapped.items.every((i) => i.result === "")).toBe(true);
    expect(mapped.inferred).toBe(false);
    expect(mapped.warnings[0].message).toBe("Столбцы заданы вручную: № · Мероприятие · Срок · Ответственные.");
  });

  it("reads PDF text without its header when the numbered lines carry deadlines", () => {
    const parsed = parseText(
      [
        "3.1 Организация встреч наставников и наставляемых в течение года Наставники",
        "3.2 Проведение открытых уроков наставниками декабрь 2023 Руководители ШМО",
        "3.3 Анкетирование участников программы май 2024 Педагог-психолог",
      ].join("\n"),
    );
    expect(parsed.inferred).toBe(true);
    expect(items(parsed).map((i) => [i.number, i.deadline, i.responsible])).toEqual([
      ["3.1", "в течение года", ["Наставники"]],
      ["3.2", "декабрь 2023", ["Руководители ШМО"]],
      ["3.3", "май 2024", ["Педагог-психолог"]],
    ]);
  });

  it("guesses nothing from prose: no header and no columns is an error", () => {
    const parsed = parseText("Наставничество — форма обеспечения профессионального становления.\nЦели и задачи.");
    expect(parsed.items).toEqual([]);
    expect(codes(parsed)).toEqual(["noHeader"]);
  });
});

describe("section rows and numbering that starts again", () => {
  it("makes «2. Организационное обеспечение» a section, never an item", () => {
    const parsed = parseText(
      [
        "№\tМероприятие\tСрок\tОтветственные",
        "1. Нормативное обеспечение",
        "1.1\tПриказ о внедрении\tсентябрь\tДиректор",
        "2. Организационное обеспечение",
        "2.1\tСовещание\tоктябрь\tЗавуч",
      ].join("\n"),
    );
    expect(parsed.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      "1 Нормативное обеспечение",
      "2 Организационное обеспечение",
    ]);
    expect(items(parsed).map((i) => [i.number, i.section])).toEqual([
      ["1.1", "Нормативное обеспечение"],
      ["2.1", "Организационное обеспечение"],
    ]);
  });

  it("qualifies items numbered from 1 in each section, roman or not, and says so", () => {
    const roman = parseText(
      [
        "№\tМероприятие\tСрок\tОтветственные",
        "I.\tОрганизационный этап\t\t",
        "1.\tПриказ\tсентябрь\tДиректор",
        "2.\tПоложение\tоктябрь\tЗавуч",
        "III. Работа с кадрами",
        "1.\tОбучение наставников\tноябрь\tЗавуч",
      ].join("\n"),
    );
    expect(roman.items.map((i) => i.number)).toEqual(["I.1", "I.2", "III.1"]);
    const arabic = parseText(
      [
        "№\tМероприятие\tСрок\tОтветственные",
        "1.\tПодготовительный этап\t\t",
        "1.\tПриказ\tсентябрь\tДиректор",
        "2.\tПоложение\tоктябрь\tЗавуч",
        "2.\tПрактический этап\t\t",
        "1.\tВстречи пар\tв течение года\tНаставники",
      ].join("\n"),
    );
    expect(arabic.items.map((i) => [i.number, i.section])).toEqual([
      ["1.1", "Подготовительный этап"],
      ["1.2", "Подготовительный этап"],
      ["2.1", "Практический этап"],
    ]);
    expect(arabic.warnings).toContainEqual(
      expect.objectContaining({
        code: "numbersQualified",
        message:
          "Нумерация пунктов начинается заново в каждом разделе: к номеру пункта добавлен номер раздела (например, 1.1).",
      }),
    );
  });

  it("makes a heading without a number a section when a new run of numbers follows it", () => {
    const parsed = parseText(
      [
        "№\tМероприятие\tСрок\tОтветственные",
        "Организационное обеспечение\t\t\t",
        "1\tПриказ\tсентябрь\tДиректор",
        "2\tПоложение\tоктябрь\tЗавуч",
        "РАБОТА С КАДРАМИ\t\t\t",
        "3\tОбучение\tноябрь\tЗавуч",
      ].join("\n"),
    );
    expect(items(parsed).map((i) => [i.number, i.section])).toEqual([
      ["1", "Организационное обеспечение"],
      ["2", "Организационное обеспечение"],
      ["3", "РАБОТА С КАДРАМИ"],
    ]);
  });

  it("keeps a row that continues the title above, and a bare number, out of the items, with remarks", () => {
    const parsed = parseText(
      [
        "№\tМероприятие\tСрок\tОтветственные",
        "1\tРазработка положения о\tсентябрь\tДиректор",
        "\tнаставничестве в школе\t\t",
        "2\t\t\t",
        "3\tПедсовет\tоктябрь\tЗавуч",
      ].join("\n"),
    );
    expect(items(parsed).map((i) => [i.number, i.title])).toEqual([
      ["1", "Разработка положения о наставничестве в школе"],
      ["3", "Педсовет"],
    ]);
    expect(parsed.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        "Строка «наставничестве в школе» без номера и срока продолжает пункт 1 «Разработка положения о» (перенос строки или страницы).",
        "Строка с одним номером «2» без мероприятия пропущена.",
      ]),
    );
  });
});

describe("a table cut in the middle of a row", () => {
  const header = "№\tМероприятие\tСрок\tОтветственные";
  it.each([
    ["tab-separated", [header, "1.1\tПедсовет\tсентябрь\tДиректор", "1.2\tПроведени"].join("\n")],
    [
      "Word text",
      [
        "\t№",
        "\tМероприятие",
        "\tСрок",
        "\tОтветственные",
        "",
        "\t1.1",
        "\tПедсовет",
        "\tсентябрь",
        "\tДиректор",
        "",
        "\t1.2",
        "\tПроведени",
      ].join("\n"),
    ],
    ["PDF text", ["№ Мероприятие Срок Ответственные", "1.1 Педсовет сентябрь Директор", "1.2 Проведени"].join("\n")],
  ])("%s: the cut row is not imported, and a remark says why", (_kind, text) => {
    const parsed = parseText(text);
    expect(parsed.items.map((i) => i.number)).toEqual(["1.1"]);
    expect(parsed.warnings).toContainEqual(
      expect.objectContaining({
        code: "truncatedRow",
        message:
          "Последняя строка «1.2 Проведени» обрывается: похоже, таблица скопирована не до конца. Она не импортирована — скопируйте таблицу целиком.",
      }),
    );
  });

  it("a fragment that starts in the middle of a row: the tail is not made an item", () => {
    const parsed = parseText(
      [
        "наставничества в ОО\tмарт 2023\tДиректор\tПриказ",
        "1.2\tИнформирование родителей о программе наставничества\tапрель 2023\tКлассные руководители\tПротоколы",
        "1.3\tАнкетирование обучающихся и педагогов\tмай 2023\tПедагог-психолог\tСправка",
      ].join("\n"),
    );
    expect(parsed.items.map((i) => i.number)).toEqual(["1.2", "1.3"]);
    expect(codes(parsed)).toContain("orphanRow");
  });
});

describe("remarks name the item, not a line of the paste", () => {
  it("a missing deadline and a repeated number", () => {
    const parsed = parseText(
      [
        "№\tМероприятие\tСрок\tОтветственные",
        "1\tПедсовет о наставничестве\t\tДиректор",
        "1\tСобрание\tмай\tЗавуч",
      ].join("\n"),
    );
    const messages = parsed.warnings.map((w) => w.message);
    expect(messages).toContain("У пункта 1 «Педсовет о наставничестве» не указан срок.");
    expect(messages).toContain(
      "Номер пункта повторяется: пункт 1 «Собрание». Пункты не объединены, проверьте нумерацию.",
    );
    expect(messages.some((m) => /строка \d/.test(m))).toBe(false);
  });
});
