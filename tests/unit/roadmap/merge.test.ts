import { readSample } from "../../../fixtures/samples";
import {
  effectiveSections,
  itemToRow,
  mergeRoadmap,
  parseRoadmap,
  ROADMAP_KEYS,
  SAME_TITLE,
  titleSimilarity,
} from "../../../src/domain/roadmap";
import type { ExistingRow, RoadmapItem } from "../../../src/domain/roadmap";
import { SHEETS } from "../../../src/domain/workbook/sheets";

const item = (
  number: string,
  title: string,
  deadlineText: string,
  responsible: string[] = ["Руководители ОО, ДО"],
): RoadmapItem => ({
  number,
  section: "Нормативное правовое регулирование",
  title,
  deadlineText,
  responsible,
  result: "Приказ ОО",
});

describe("mergeRoadmap", () => {
  it("uses the column keys of the «Дорожная карта» sheet", () => {
    expect([...ROADMAP_KEYS]).toEqual(SHEETS.roadmap.columns.map((c) => c.key));
  });

  it("importing the same document twice changes nothing and adds nothing", () => {
    const parsed = parseRoadmap({ kind: "text", text: readSample("roadmap-municipal-sechenovo.txt") });
    const first = mergeRoadmap([], parsed.items);
    expect(first.added).toHaveLength(28);
    const curatorMarked = first.rows.map((r, i) =>
      i === 0 ? { ...r, doneDate: "2021-02-10", comment: "сдано в УО" } : r,
    );
    const second = mergeRoadmap(curatorMarked, parsed.items);
    expect(second.added).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toHaveLength(28);
    expect(second.rows).toEqual(curatorMarked);
  });

  it("updates a changed item in place, keeps the curator's marks and clears dates computed from an old deadline", () => {
    const existing: ExistingRow[] = [
      {
        ...itemToRow(item("1.3", "Утверждение дорожных карт", "до 20.02.2021")),
        number: "1.3.",
        start: "",
        end: "2021-02-20",
        doneDate: "2021-02-19",
        comment: "приказ № 12",
        myColumn: "свой текст",
      },
      {
        ...itemToRow(item("1.4", "Разработка иной документации", "в течение года")),
        start: "2021-01-01",
        end: "2021-12-31",
        repeat: "none",
      },
    ];
    const result = mergeRoadmap(existing, [
      item("1.3", "Утверждение дорожных карт внедрения ЦМН", "до 20.02.2021"),
      item("1.4", "Разработка иной документации", "до 30.12.2021"),
    ]);
    expect(result.updated).toEqual(["1.3", "1.4"]);
    expect(result.rows[0]).toMatchObject({
      number: "1.3",
      title: "Утверждение дорожных карт внедрения ЦМН",
      end: "2021-02-20",
      doneDate: "2021-02-19",
      comment: "приказ № 12",
      myColumn: "свой текст",
    });
    expect(result.rows[1]).toMatchObject({ deadlineText: "до 30.12.2021", start: "", end: "", repeat: "" });
    expect(existing[1].end).toBe("2021-12-31"); // pure: the input rows are not touched
  });

  it("inserts a new item after the item before it in the document and keeps rows the document no longer has", () => {
    const existing: ExistingRow[] = [
      itemToRow(item("1.1", "Разработка дорожных карт", "до 15.02.2021 г.")),
      { number: "", title: "Своё мероприятие куратора", deadlineText: "май" },
      itemToRow(item("1.3", "Утверждение", "до 20.02.2021")),
    ];
    const result = mergeRoadmap(existing, [
      item("1.1", "Разработка дорожных карт", "до 15.02.2021 г."),
      item("1.2", "Согласование дорожных карт", "до 15.02.2021 г."),
      item("1.3", "Утверждение", "до 20.02.2021"),
    ]);
    expect(result.rows.map((r) => r.number || r.title)).toEqual(["1.1", "1.2", "Своё мероприятие куратора", "1.3"]);
    expect(result.added).toEqual(["1.2"]);
    expect(result.unchanged).toEqual(["1.1", "1.3"]);
    expect(result.notInDocument).toEqual(["Своё мероприятие куратора"]);
  });

  it("writes responsible entries with «; » so «руководители ОО, ДО» stays one entry", () => {
    const [row] = mergeRoadmap(
      [],
      [item("2.6", "Информирование", "ежеквартально", ["Управление образования", "ИМГ", "руководители ОО, ДО"])],
    ).rows;
    expect(row.responsible).toBe("Управление образования; ИМГ; руководители ОО, ДО");
  });

  it("matches a numberless row by its title", () => {
    const existing: ExistingRow[] = [
      { number: "", title: "Обучение  наставников", deadlineText: "Май 2022", doneDate: "2022-05-30" },
    ];
    const result = mergeRoadmap(existing, [item("4.4", "Обучение наставников", "Май 2022", ["зам. директора по ВР"])]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ number: "4.4", doneDate: "2022-05-30" });
    expect(result.updated).toEqual(["4.4"]);
  });
});

describe("the same activity: number and title", () => {
  const marked = (row: ExistingRow, doneDate: string, comment: string): ExistingRow => ({ ...row, doneDate, comment });

  it("a number now holding another activity is a new row; the old one keeps its marks, untouched", () => {
    const old = marked(
      itemToRow(item("1.1", "Информирование педагогического сообщества", "Сентябрь 2021")),
      "2021-09-20",
      "провели",
    );
    const result = mergeRoadmap([old], [item("1.1", "Издание приказа о внедрении целевой модели", "Январь 2023")]);
    expect(result.added).toEqual(["1.1"]);
    expect(result.notInDocument).toEqual(["1.1"]);
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]).toEqual(old);
    expect(result.changes).toEqual(["absent", "added"]);
    expect(result.rows[1]).toMatchObject({
      title: "Издание приказа о внедрении целевой модели",
      doneDate: "",
      comment: "",
    });
    expect(result.suggestions).toEqual([{ number: "1.1", existing: 0, why: "reworded" }]);
  });

  it("small wording changes are the same activity; the curator's link makes a reworded one the same too", () => {
    const old = marked(
      itemToRow(item("2.3", "Анализ полученных данных и формирование базы наставляемых", "Декабрь")),
      "2021-12-20",
      "",
    );
    const reworded = item(
      "2.3",
      "Анализ полученных от наставляемых данных и формирование базы наставляемых",
      "Декабрь",
    );
    expect(mergeRoadmap([old], [reworded]).updated).toEqual(["2.3"]);
    const other = item("2.3", "Составление индивидуальных планов", "Декабрь");
    expect(mergeRoadmap([old], [other]).added).toEqual(["2.3"]);
    const linked = mergeRoadmap([old], [other], { links: { "2.3": 0 } });
    expect(linked.updated).toEqual(["2.3"]);
    expect(linked.rows).toHaveLength(1);
    expect(linked.rows[0]).toMatchObject({ title: "Составление индивидуальных планов", doneDate: "2021-12-20" });
    expect(linked.diff[0]).toMatchObject({ change: "updated", linked: true, existing: 0 });
  });

  it("a renumbered activity is suggested, never assumed", () => {
    const old = itemToRow(item("3.2", "Обучение наставников", "Май 2022"));
    const result = mergeRoadmap([old], [item("3.3", "Обучение наставников", "Май 2022")]);
    expect(result.added).toEqual(["3.3"]);
    expect(result.suggestions).toEqual([{ number: "3.3", existing: 0, why: "renumbered" }]);
  });

  it.each([
    ["Утверждение дорожных карт", "Утверждение дорожных карт внедрения ЦМН", true],
    ["Обучение наставников", "Обучение  наставников", true],
    ["Проведение педсовета", "Проведение родительского собрания", false],
    ["Проведение анкетирования среди обучающихся", "Проведение анкетирования среди педагогов", false],
  ])("«%s» and «%s» alike: %s", (a, b, same) => {
    expect(titleSimilarity(a, b) >= SAME_TITLE).toBe(same);
  });
});

describe("the section once per section", () => {
  it("shows a section on its first row only, and reads a blank cell as the section above", () => {
    const items = [item("1.1", "Первое", "май"), item("1.2", "Второе", "июнь")];
    const first = mergeRoadmap([], items);
    expect(first.rows.map((r) => r.section)).toEqual(["Нормативное правовое регулирование", ""]);
    expect(effectiveSections(first.rows)).toEqual([
      "Нормативное правовое регулирование",
      "Нормативное правовое регулирование",
    ]);
    const again = mergeRoadmap(first.rows, items);
    expect(again.unchanged).toEqual(["1.1", "1.2"]);
    expect(again.rows).toEqual(first.rows);
  });
});
