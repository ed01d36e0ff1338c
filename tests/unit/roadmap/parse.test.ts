import { detectDocumentYears, parseRoadmap, splitResponsible } from "../../../src/domain/roadmap";
import type { RoadmapParse } from "../../../src/domain/roadmap";
import { roadmapNoise } from "../../../fixtures/roadmaps/generated";

const errors = (p: RoadmapParse) => p.warnings.filter((w) => w.severity === "error");

describe("header detection", () => {
  it("finds columns by their meaning, in any order and under other names", () => {
    const parsed = parseRoadmap({
      kind: "table",
      rows: [
        [
          "Ответственный исполнитель",
          "Срок исполнения",
          "Результат. Вид документа",
          "Наименование мероприятий",
          "№ п/п",
        ],
        ["Руководители ОО", "до 15.02.2021 г.", "Дорожные карты", "Разработка дорожных карт", "1.1."],
        [
          "Управление образования",
          "ежеквартально",
          "Информационные письма",
          "Информирование ОО и ДО о реализации ЦМН",
          "1.2",
        ],
      ],
    });
    expect(parsed.header?.columns).toEqual({ responsible: 0, deadline: 1, result: 2, title: 3, number: 4 });
    expect(parsed.items).toEqual([
      {
        number: "1.1",
        section: "",
        title: "Разработка дорожных карт",
        deadlineText: "до 15.02.2021 г.",
        responsible: ["Руководители ОО"],
        result: "Дорожные карты",
        sourceLine: 2,
      },
      {
        number: "1.2",
        section: "",
        title: "Информирование ОО и ДО о реализации ЦМН",
        deadlineText: "ежеквартально",
        responsible: ["Управление образования"],
        result: "Информационные письма",
        sourceLine: 3,
      },
    ]);
  });

  it("skips a heading above the table and reads its year", () => {
    const parsed = parseRoadmap({
      kind: "table",
      rows: [
        ["План мероприятий (дорожная карта) на 2022 год", "", ""],
        ["", "", ""],
        ["Мероприятие", "Сроки", "Ответственные"],
        ["Встреча с выпускниками", "Октябрь", "Москвина Т.Н., директор школы"],
      ],
    });
    expect(parsed.documentYear).toBe(2022);
    expect(parsed.items[0]).toMatchObject({
      number: "1",
      title: "Встреча с выпускниками",
      deadlineText: "Октябрь",
      responsible: ["Москвина Т.Н., директор школы"],
    });
  });

  it("refuses a table without a deadline column, naming the columns it found", () => {
    const parsed = parseRoadmap({
      kind: "table",
      rows: [
        ["№", "Мероприятие", "Ответственный"],
        ["1", "Совет", "Директор"],
      ],
    });
    expect(parsed.items).toEqual([]);
    expect(errors(parsed)).toEqual([
      expect.objectContaining({
        code: "noDeadlineColumn",
        line: 1,
        message:
          "В заголовке таблицы нет столбца сроков («Срок», «Сроки», «Срок реализации»). Найдены столбцы: №, Мероприятие, Ответственные.",
      }),
    ]);
  });

  it("ignores a «Примечание» column and turns Date cells into dd.mm.yyyy text", () => {
    const parsed = parseRoadmap({
      kind: "table",
      rows: [
        ["№", "Мероприятие", "Срок", "Ответственные", "Примечание"],
        [1, "Педсовет", new Date(2022, 8, 15), "Заведующий ДОУ. Старший воспитатель", "перенесён"],
      ],
    });
    expect(parsed.items[0]).toMatchObject({
      number: "1",
      deadlineText: "15.09.2022",
      responsible: ["Заведующий ДОУ", "Старший воспитатель"],
    });
  });
});

describe("table input", () => {
  it("treats roman and top-level rows with children as sections, and drops the «1 2 3 4» row and repeated headers", () => {
    const parsed = parseRoadmap({
      kind: "table",
      rows: [
        ["№ п/п", "Мероприятие", "Срок", "Ответственный"],
        ["1", "2", "3", "4"],
        ["I.", "Организационный этап", "", ""],
        ["1.", "Приказ о внедрении", "до 30.08..2021", "Директор"],
        ["2.", "Назначение куратора", "Сентябрь 2021", "Директор"],
        ["№ п/п", "Мероприятие", "Срок", "Ответственный"],
        ["II.", "Основной этап", "", ""],
        ["1.", "Встречи пар", "в течение учебного года", "Наставники"],
      ],
    });
    expect(parsed.sections).toEqual([
      { number: "I", title: "Организационный этап" },
      { number: "II", title: "Основной этап" },
    ]);
    expect(parsed.items.map((i) => [i.number, i.section, i.deadlineText])).toEqual([
      ["I.1", "Организационный этап", "до 30.08..2021"],
      ["I.2", "Организационный этап", "Сентябрь 2021"],
      ["II.1", "Основной этап", "в течение учебного года"],
    ]);
    expect(parsed.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["numberingRowDropped", "pageHeaderDropped"]),
    );
  });

  it("keeps a flat list of numbered events as items (no children, so not sections)", () => {
    const parsed = parseRoadmap({
      kind: "table",
      rows: [
        ["№", "Мероприятие", "Срок"],
        ["1", "Педсовет", "Март 2022"],
        ["2", "Родительское собрание", ""],
      ],
    });
    expect(parsed.sections).toEqual([]);
    expect(parsed.items.map((i) => i.number)).toEqual(["1", "2"]);
    expect(parsed.warnings).toContainEqual(
      expect.objectContaining({
        code: "noDeadline",
        line: 3,
        item: "2",
        message: "У пункта 2 «Родительское собрание» не указан срок.",
      }),
    );
  });

  it("reads a tab-separated paste from a sheet, with a quoted multi-line cell", () => {
    const text = [
      "№\tМероприятие\tСрок\tОтветственные",
      '1.1\tАнкетирование\t"Март 2022\nСентябрь 2022"\tзам. директора по ВР',
      "1.2\tСобеседование\tАпрель 2022\tпедагог-психолог",
    ].join("\n");
    const parsed = parseRoadmap({ kind: "text", text });
    expect(parsed.items.map((i) => [i.number, i.deadlineText, i.responsible])).toEqual([
      ["1.1", "Март 2022\nСентябрь 2022", ["зам. директора по ВР"]],
      ["1.2", "Апрель 2022", ["педагог-психолог"]],
    ]);
  });
});

describe("HTML", () => {
  it("strips tags and bullets, decodes entities and lines up rows under a merged stage cell", () => {
    const html = `<p>Дорожная карта на 2022&nbsp;&ndash;&nbsp;2023 учебный год</p>
      <table><tr><th>№</th><th>Этап</th><th>Мероприятие</th><th>Сроки</th><th>Ответственные</th></tr>
      <tr><td rowspan="2">1.</td><td rowspan="2"><b>Подготовка</b></td><td><p>Педсовет &laquo;Наставничество&raquo;</p></td><td>Сентябрь&nbsp;2022</td><td><ul><li>Заведующий ДОУ</li><li>Старший воспитатель</li></ul></td></tr>
      <tr><td><p>• Информирование родителей</p><p>1. Собрания</p></td><td>Октябрь 2022</td><td>Старший воспитатель</td></tr>
      </table>`;
    const parsed = parseRoadmap({ kind: "text", text: html });
    expect(parsed.documentAcademicYear).toEqual([2022, 2023]);
    expect(parsed.sections).toEqual([{ number: "1", title: "Подготовка" }]);
    expect(parsed.items).toEqual([
      expect.objectContaining({
        number: "1.1",
        title: "Педсовет «Наставничество»",
        deadlineText: "Сентябрь 2022",
        responsible: ["Заведующий ДОУ", "Старший воспитатель"],
      }),
      expect.objectContaining({
        number: "1.2",
        title: "Информирование родителей\n1. Собрания",
        deadlineText: "Октябрь 2022",
        responsible: ["Старший воспитатель"],
      }),
    ]);
  });
});

describe("PDF text", () => {
  it("drops a repeated page header, the column numbering and page numbers, and joins a cell split by the page break", () => {
    const text = [
      "План мероприятий на 2021 год",
      "№ п/п Наименование мероприятия Срок Ответственный",
      "1 2 3 4",
      "1. Подготовка",
      "1.1. Разработка положения о",
      "- 2 -",
      "№ п/п Наименование мероприятия Срок Ответственный",
      "наставничестве до 01.03.2021 Руководители ОО",
      "1.2. Назначение куратора апрель 2021 Иванова А.А., заместитель директора",
    ].join("\n");
    const parsed = parseRoadmap({ kind: "text", text });
    expect(parsed.items).toEqual([
      expect.objectContaining({
        number: "1.1",
        title: "Разработка положения о наставничестве",
        deadlineText: "до 01.03.2021",
        responsible: ["Руководители ОО"],
      }),
      expect.objectContaining({
        number: "1.2",
        title: "Назначение куратора",
        deadlineText: "апрель 2021",
        responsible: ["Иванова А.А., заместитель директора"],
      }),
    ]);
    expect(parsed.warnings.filter((w) => w.code === "pageHeaderDropped").map((w) => w.line)).toEqual([6, 7]);
    expect(parsed.documentYear).toBe(2021);
  });

  it("warns about a skipped number instead of guessing", () => {
    const text = [
      "Мероприятие Сроки Ответственные",
      "1.1 Педсовет Март 2022 директор",
      "1.3 Собрание Май 2022 директор",
    ].join("\n");
    const parsed = parseRoadmap({ kind: "text", text });
    expect(parsed.items.map((i) => i.number)).toEqual(["1.1", "1.3"]);
    expect(parsed.warnings).toContainEqual(
      expect.objectContaining({
        code: "numberGap",
        line: 3,
        item: "1.3",
        message: "Пункт 1.3 «Собрание» идёт после 1.1 — пропущен номер? Проверьте документ.",
      }),
    );
  });
});

describe("bad input never throws", () => {
  it("an empty paste", () => {
    expect(parseRoadmap({ kind: "text", text: "  \n\t\n" })).toEqual({
      items: [],
      sections: [],
      warnings: [
        {
          severity: "error",
          code: "emptyInput",
          message: "Вставленный текст пуст: скопируйте таблицу дорожной карты вместе со строкой заголовков.",
        },
      ],
    });
    expect(errors(parseRoadmap({ kind: "table", rows: [] }))[0].code).toBe("emptyInput");
  });

  it("5,000 lines of noise", () => {
    const parsed = parseRoadmap({ kind: "text", text: roadmapNoise(5000) });
    expect(parsed.items).toEqual([]);
    expect(errors(parsed).map((e) => e.code)).toEqual(["noHeader"]);
  });

  it("binary junk", () => {
    const junk = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 37) % 256)).join("");
    const parsed = parseRoadmap({ kind: "text", text: junk });
    expect(parsed.items).toEqual([]);
    expect(errors(parsed)[0].code).toBe("binaryInput");
  });

  it("input of the wrong shape", () => {
    for (const input of [null, 42, { kind: "pdf" }, { kind: "text" }, { kind: "table", rows: "a,b" }]) {
      const parsed = parseRoadmap(input);
      expect(parsed.items).toEqual([]);
      expect(errors(parsed)[0].code).toBe("badInput");
      expect(errors(parsed)[0].message).toMatch(/^Данные дорожной карты не распознаны/);
    }
  });

  it("a header with no rows under it", () => {
    const parsed = parseRoadmap({ kind: "table", rows: [["Мероприятие", "Срок", "Ответственный"]] });
    expect(errors(parsed).map((e) => e.message)).toEqual(["В таблице не найдено ни одного мероприятия."]);
  });
});

describe("responsible cells", () => {
  it.each([
    ["Москвина Т.Н., директор школы", ["Москвина Т.Н., директор школы"]],
    [" Белякова Т.Ю. ,соц. педагог", ["Белякова Т.Ю., соц. педагог"]],
    ["Управление образования, ИМГ, руководители ОО, ДО", ["Управление образования", "ИМГ", "руководители ОО, ДО"]],
    ["ИМГ, лица, ответственные за внедрение ЦМН в ОО, ДО", ["ИМГ", "лица, ответственные за внедрение ЦМН в ОО, ДО"]],
    ["Заведующий ДОУ\n\nСтарший воспитатель\n\nЗаведующий ДОУ", ["Заведующий ДОУ", "Старший воспитатель"]],
    ["Заведующий ДОУ. Старший воспитатель.", ["Заведующий ДОУ", "Старший воспитатель"]],
    ["зам. директора по ВР", ["зам. директора по ВР"]],
    ["Иванова А.А. директор; Петров П.П.", ["Иванова А.А. директор", "Петров П.П."]],
    [
      "Иванова А.А., заместитель директора по УВР, Петров П.П., педагог-психолог",
      ["Иванова А.А., заместитель директора по УВР", "Петров П.П., педагог-психолог"],
    ],
    [
      "Иванова А.А.\nзаместитель директора по УВР\nПетрова Б.Б.",
      ["Иванова А.А., заместитель директора по УВР", "Петрова Б.Б."],
    ],
    ["директор Москвина Т.Н., классные руководители", ["директор Москвина Т.Н.", "классные руководители"]],
    ["Директор, заместитель директора по УВР", ["Директор", "заместитель директора по УВР"]],
    ["Иванов И.И., Петров П.П.", ["Иванов И.И.", "Петров П.П."]],
    ["Т.Н. Москвина, директор", ["Т.Н. Москвина, директор"]],
    ["Заведующий ДОУ\nСтарший воспитатель", ["Заведующий ДОУ", "Старший воспитатель"]],
    ["", []],
  ])("%j → %j", (cell, expected) => {
    expect(splitResponsible(cell)).toEqual(expected);
  });
});

describe("document years", () => {
  it.each([
    ["на территории Сеченовского муниципального района на 2021 год.", { documentYear: 2021 }],
    [
      "«Дорожная карта» реализации целевой модели наставничества\n2023 – 2024 г.",
      { documentAcademicYear: [2023, 2024] },
    ],
    ["ежегодно в период с 2020 по 2024 г.г.", { documentProgram: [2020, 2024] }],
    ["Целевые показатели в МБОУ «СОШ № 7» на 2022 - 2025 гг.", { documentProgram: [2022, 2025] }],
    ["на 2022-2023учебный год", { documentAcademicYear: [2022, 2023] }],
    ["Приказ от 25.12.2019 № Р-145", {}],
  ])("%j", (heading, expected) => {
    expect(detectDocumentYears(heading)).toEqual(expected);
  });
});
