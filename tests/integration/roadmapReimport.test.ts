/**
 * Re-importing into a roadmap the curator has worked on, through the built bundle as the sidebar calls it:
 * marks on a filled roadmap, then another document (another year, one number now a different activity,
 * one title reworded, one deadline moved, most items gone), then the same document again, then
 * «Отменить импорт». Every mark stays with its activity, rows the document does not have do not change
 * by a single cell, and undo gives the sheet back cell for cell.
 */
import { freshBundle } from "../support/bundle";
import { readSample } from "../../fixtures/samples";

const SHEET = "Дорожная карта";
const COL = { number: 0, title: 2, deadline: 3, start: 4, end: 5, done: 9, status: 10, comment: 11 };

const OTHER_DOCUMENT = [
  "План мероприятий на 2023 год",
  "№\tМероприятие\tСрок\tОтветственные",
  "1.\tПодготовка условий для запуска программы наставничества\t\t",
  "1.1\tИздание приказа о внедрении целевой модели наставничества\tЯнварь 2023\tМосквина Т.Н., директор школы",
  "1.2\tИнформирование родительского сообщества о планируемой реализации программы наставничества\tОктябрь 2023\tМосквина Т.Н., директор школы",
  "1.3\tВстреча с сообществом выпускников и представителями региональных организаций и предприятий с целью информирования о реализации программы наставничества\tОктябрь 2023\tМосквина Т.Н., директор школы",
  "2.\tФормирование базы наставляемых\t\t",
  "2.1\tПроведение анкетирования среди обучающихся/педагогов, желающих принять участие в программе наставничества. Сбор согласий на сбор и обработку персональных данных от совершеннолетних участников программы\tНоябрь 2023\tБелякова Т.Ю., соц. педагог",
  "2.4\tСоставление индивидуальных планов развития наставляемых\tДекабрь 2023\tзам. директора по ВР",
].join("\n");

describe("re-importing into a roadmap the curator has worked on", () => {
  const { emu, bundle } = freshBundle({ now: () => new Date("2022-03-15T09:00:00Z") });
  bundle.run("setupWorkbook");
  const sheet = () => emu.spreadsheet.getSheetByName(SHEET)!;

  /** Every cell of the roadmap: values as stored, formulas and notes. */
  const state = () => {
    const range = sheet().getDataRange();
    return { values: range.getValues(), formulas: range.getFormulas(), notes: range.getNotes() };
  };
  const rows = () => sheet().getDataRange().getDisplayValues().slice(1);
  const rowOf = (title: RegExp) => {
    const found = rows().filter((r) => title.test(r[COL.title]));
    expect(found).toHaveLength(1);
    return found[0];
  };
  const sheetRowOf = (title: RegExp) => rows().findIndex((r) => title.test(r[COL.title])) + 2;
  const importText = (text: string) => {
    const request = { source: { kind: "text", text } };
    const preview = bundle.run("previewRoadmapImport", request) as {
      ok: boolean;
      token: string;
      counts: Record<string, number>;
      items: { number: string; change: string; fields: { key: string }[] }[];
      absent: { number: string; title: string }[];
    };
    expect(preview.ok).toBe(true);
    const before = JSON.stringify(state());
    expect(JSON.stringify(state())).toBe(before); // the preview writes nothing
    const result = bundle.run("applyRoadmapImport", { ...request, token: preview.token }) as {
      ok: boolean;
      added: number;
      updated: number;
      unchanged: number;
      summary: { overdueTotal: number };
    };
    expect(result.ok).toBe(true);
    return { preview, result };
  };

  const INFORM_TEACHERS = /^Информирование педагогического сообщества/;
  const INFORM_PARENTS = /^Информирование родительского сообщества/;
  const ALUMNI = /^Встреча с сообществом выпускников/;
  const MENTOR_SURVEY = /^Проведение анкетирования среди\s+потенциальных наставников/;
  const ORDER = /^Издание приказа о внедрении/;

  it("keeps every mark with its activity and leaves absent rows untouched, then undoes cell for cell", () => {
    // 1. The school's roadmap, and the curator's marks on it.
    importText(readSample("roadmap-oosh-talon.txt"));
    emu.editAsUser(SHEET, `J${sheetRowOf(INFORM_TEACHERS)}`, "20.09.2021");
    emu.editAsUser(SHEET, `L${sheetRowOf(INFORM_TEACHERS)}`, "Провели на педсовете");
    emu.editAsUser(SHEET, `J${sheetRowOf(INFORM_PARENTS)}`, "28.09.2021");
    emu.editAsUser(SHEET, `L${sheetRowOf(ALUMNI)}`, "Перенесли на весну");
    emu.editAsUser(SHEET, `L${sheetRowOf(MENTOR_SURVEY)}`, "Анкеты в папке куратора");
    const marked = state();
    const markedRows = rows();
    const absentBefore = markedRows.filter((r) => !/^(?:1\.[1-3]|2\.1)$/.test(r[COL.number]));

    // 2. Another document: what the preview shows.
    const { preview, result } = importText(OTHER_DOCUMENT);
    const change = (n: string) => preview.items.find((i) => i.number === n)?.change;
    expect([change("1.1"), change("1.2"), change("1.3"), change("2.1"), change("2.4")]).toEqual([
      "added", // same number, another activity
      "updated", // deadline moved
      "updated", // title reworded: the same activity
      "updated", // responsible now one person with a post
      "added",
    ]);
    expect(preview.absent.map((a) => a.number)).toContain("1.1");
    expect(preview.counts.absent).toBe(32);
    expect([result.added, result.updated, result.unchanged]).toEqual([2, 3, 0]);

    // Marks stay with their activities.
    expect(rowOf(INFORM_TEACHERS)[COL.done]).toBe("20.09.2021");
    expect(rowOf(INFORM_TEACHERS)[COL.comment]).toBe("Провели на педсовете");
    expect(rowOf(ORDER)[COL.number]).toBe("1.1");
    expect([rowOf(ORDER)[COL.done], rowOf(ORDER)[COL.comment]]).toEqual(["", ""]);
    expect(rowOf(INFORM_PARENTS)[COL.done]).toBe("28.09.2021");
    expect([rowOf(INFORM_PARENTS)[COL.deadline], rowOf(INFORM_PARENTS)[COL.end]]).toEqual([
      "Октябрь 2023",
      "31.10.2023",
    ]);
    expect(rowOf(ALUMNI)[COL.comment]).toBe("Перенесли на весну");
    expect(rowOf(ALUMNI)[COL.title]).toMatch(/выпускников и представителями/);
    expect(rowOf(MENTOR_SURVEY)[COL.comment]).toBe("Анкеты в папке куратора");

    // Rows the document does not have: every cell as it was, dates and statuses included.
    const after = rows();
    for (const before of absentBefore) {
      const now = after.filter((r) => r[COL.title] === before[COL.title]);
      expect(now).toEqual([before]);
    }
    const afterOther = state();

    // 3. «Отменить импорт»: the marked roadmap, cell for cell.
    const undo = bundle.run("undoRoadmapImport", {}) as { ok: boolean; message: string };
    expect(undo.ok).toBe(true);
    expect(state()).toEqual(marked);

    // 4. The other document again, then once more: the second time nothing changes.
    importText(OTHER_DOCUMENT);
    expect(state()).toEqual(afterOther);
    const again = importText(OTHER_DOCUMENT);
    expect([again.result.added, again.result.updated, again.result.unchanged]).toEqual([0, 0, 5]);
    expect(again.preview.items.every((i) => i.change === "unchanged")).toBe(true);
    expect(state()).toEqual(afterOther);

    // 5. Undo the last import (which changed nothing), then the one before: back to the marked roadmap.
    expect((bundle.run("undoRoadmapImport", {}) as { ok: boolean }).ok).toBe(true);
    expect(state()).toEqual(afterOther);
    expect((bundle.run("undoRoadmapImport", {}) as { ok: boolean; message: string }).message).toMatch(
      /Отменять нечего/,
    );
  });

  it("asks before undoing an import the curator has edited since", () => {
    const { preview } = importText(OTHER_DOCUMENT.replace("Январь 2023", "Февраль 2023"));
    expect(preview.items.find((i) => i.number === "1.1")?.fields.map((f) => f.key)).toEqual(["deadlineText"]);
    emu.editAsUser(SHEET, `L${sheetRowOf(ORDER)}`, "Приказ № 5 от 01.02.2023");
    const edited = state();
    const first = bundle.run("undoRoadmapImport", {}) as { ok: boolean; needsConfirm: boolean; message: string };
    expect(first).toMatchObject({ ok: false, needsConfirm: true });
    expect(first.message).toMatch(/эти правки пропадут/);
    expect(state()).toEqual(edited);
    const forced = bundle.run("undoRoadmapImport", { force: true }) as { ok: boolean };
    expect(forced.ok).toBe(true);
    expect(rowOf(ORDER)[COL.deadline]).toBe("Январь 2023");
  });

  it("refuses a token from another preview or a sheet changed since the preview, and writes nothing", () => {
    const request = { source: { kind: "text", text: OTHER_DOCUMENT.replace("Октябрь 2023", "Ноябрь 2023") } };
    const preview = bundle.run("previewRoadmapImport", request) as { token: string };
    const before = state();
    const wrong = bundle.run("applyRoadmapImport", {
      source: { kind: "text", text: OTHER_DOCUMENT },
      token: preview.token,
    }) as {
      ok: boolean;
      message: string;
    };
    expect(wrong.ok).toBe(false);
    expect(wrong.message).toMatch(/изменились после предпросмотра/);
    expect(state()).toEqual(before);
    emu.editAsUser(SHEET, `L${sheetRowOf(ORDER)}`, "правка после предпросмотра");
    const edited = state();
    const stale = bundle.run("applyRoadmapImport", { ...request, token: preview.token }) as {
      ok: boolean;
      message: string;
    };
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/изменился после предпросмотра/);
    expect(state()).toEqual(edited);
  });
});
