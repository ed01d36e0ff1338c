import { readSample } from "../../support/samples";
import { itemToRow, mergeRoadmap, parseRoadmap, ROADMAP_KEYS } from "../../../src/domain/roadmap";
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
