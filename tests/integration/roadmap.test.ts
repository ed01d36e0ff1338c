/**
 * The roadmap import through the built bundle (dist/Code.js) against the emulator, called exactly as the
 * sidebar's google.script.run would. Expected dates come from the sample documents and periods.md.
 */
import { generatedRoadmapTable } from "../../fixtures/roadmaps/generated";
import { freshBundle } from "../support/bundle";
import { readSample, type SampleName } from "../../fixtures/samples";

const SHEET = "Дорожная карта";
const HEADER = [
  "№",
  "Раздел",
  "Мероприятие",
  "Срок (текст)",
  "Начало",
  "Окончание",
  "Повтор",
  "Ответственные",
  "Результат / документ",
  "Выполнено (дата)",
  "Статус",
  "Комментарий",
];
const col = (name: string) => HEADER.indexOf(name);

interface ImportDto {
  ok: boolean;
  message: string;
  warnings: { severity: string; line: number | null; message: string }[];
  added: number;
  updated: number;
  unchanged: number;
  notInDocument: string[];
  summary: null | {
    total: number;
    byStatus: Record<string, number>;
    overdue: { row: number; number: string; status: string }[];
    overdueTotal: number;
    needsDate: { row: number; number: string; attention: string | null }[];
    needsDateTotal: number;
    deadlineColumn: number;
  };
}

/** SpreadsheetApp as the script sees it. */
const SpreadsheetAppOf = (wb: { emu: ReturnType<typeof freshBundle>["emu"] }) =>
  wb.emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** The roadmap's data rows as the curator sees them (display values: dates as dd.MM.yyyy). */
function displayRows(emu: ReturnType<typeof freshBundle>["emu"]): string[][] {
  return emu.spreadsheet.getSheetByName(SHEET)!.getDataRange().getDisplayValues().slice(1);
}

type Bundle = ReturnType<typeof freshBundle>["bundle"];

/** What the sidebar does: preview, then apply with the preview's token (a failed preview is returned as is). */
function importVia(bundle: Bundle, request: Record<string, unknown>): ImportDto {
  const preview = bundle.run("previewRoadmapImport", request) as { ok: boolean; message: string; token: string };
  if (!preview.ok) return { ...(preview as unknown as ImportDto), ok: false };
  return bundle.run("applyRoadmapImport", { ...request, token: preview.token }) as ImportDto;
}

function workbook(now = "2022-03-15T09:00:00Z") {
  const { emu, bundle } = freshBundle({ now: () => new Date(now) });
  bundle.run("setupWorkbook");
  const rows = () => displayRows(emu);
  const row = (number: string) => rows().find((r) => r[0] === number)!;
  const importText = (text: string, extra: Record<string, string> = {}) =>
    importVia(bundle, { source: { kind: "text", text }, ...extra });
  const state = () => JSON.stringify(emu.save().spreadsheets);
  return { emu, bundle, rows, row, importText, state };
}

const EXPECTED: Record<string, { count: number; first: string; last: string }> = {
  "roadmap-municipal-sechenovo.txt": { count: 28, first: "1.1", last: "6.2" },
  "roadmap-oosh-talon.txt": { count: 35, first: "1.1", last: "7.8" },
  "roadmap-dou-2023.txt": { count: 16, first: "1.1", last: "7.2" },
};

describe("importing the three samples into a clean workbook", () => {
  it.each(Object.entries(EXPECTED))("%s: every item once, none invented", (name, { count, first, last }) => {
    const wb = workbook();
    const result = wb.importText(readSample(name as SampleName));
    expect(result.ok).toBe(true);
    expect(result.added).toBe(count);
    const numbers = wb
      .rows()
      .map((r) => r[0])
      .filter(Boolean);
    expect(numbers).toHaveLength(count);
    expect(new Set(numbers).size).toBe(count);
    expect(numbers[0]).toBe(first);
    expect(numbers[numbers.length - 1]).toBe(last);
    expect(result.summary?.total).toBe(count);
  });

  it("Сеченово (на 2021 год): dates of deadlines, months, quarters and «в течение года»", () => {
    const wb = workbook();
    wb.importText(readSample("roadmap-municipal-sechenovo.txt"));
    const rows = wb.rows();
    const dates = (n: string) => {
      const r = rows.find((x) => x[0] === n)!;
      return [r[col("Начало")], r[col("Окончание")], r[col("Повтор")]];
    };
    expect(dates("1.1")).toEqual(["", "15.02.2021", "нет"]);
    expect(dates("3.2")).toEqual(["01.04.2021", "30.04.2021", "нет"]);
    expect(dates("3.3")).toEqual(["", "30.11.2021", "нет"]);
    expect(dates("1.5")).toEqual(["01.01.2021", "31.12.2021", "нет"]);
    // «ежеквартально» in a 2021 document, on 15.03.2022: all four quarters are past; the last is current.
    expect(dates("2.1")).toEqual(["01.10.2021", "31.12.2021", "ежеквартально"]);
    expect(dates("4.3")).toEqual(["", "", ""]); // «в течение двух недель с даты определения модели»: by schedule
    expect(wb.row("4.3")[col("Статус")]).toBe("без срока");
    expect(wb.row("1.1")[col("Статус")]).toBe("просрочено");
    expect(wb.row("1.3")[col("Ответственные")]).toBe("Руководители ОО, ДО");
    expect(wb.row("1.6")[col("Ответственные")]).toBe("Управление образования; ИМГ; руководители ОО, ДО");
    expect(wb.row("1.1")[col("Раздел")]).toMatch(/^Нормативное правовое регулирование/);
  });

  it("ООШ с. Талон: months of two calendar years; statuses on 15.03.2022", () => {
    const wb = workbook();
    wb.importText(readSample("roadmap-oosh-talon.txt"));
    const rows = wb.rows();
    const r = (n: string) => {
      const x = rows.find((y) => y[0] === n)!;
      return [x[col("Начало")], x[col("Окончание")], x[col("Статус")]];
    };
    expect(r("1.1")).toEqual(["01.09.2021", "30.09.2021", "просрочено"]);
    expect(r("3.3")).toEqual(["01.03.2022", "31.03.2022", "в работе"]);
    expect(r("6.4")).toEqual(["01.02.2022", "31.05.2022", "в работе"]);
    expect(r("7.8")).toEqual(["01.12.2022", "31.12.2022", "запланировано"]);
  });

  it("ДОУ 2023: a list of months spans first to last, with every occurrence in the note", () => {
    const wb = workbook();
    wb.importText(readSample("roadmap-dou-2023.txt"));
    expect([wb.row("1.3")[col("Начало")], wb.row("1.3")[col("Окончание")]]).toEqual(["01.03.2022", "30.09.2022"]);
    expect([wb.row("6.1")[col("Начало")], wb.row("6.1")[col("Окончание")]]).toEqual(["01.09.2022", "31.08.2023"]);
    expect([wb.row("7.1")[col("Начало")], wb.row("7.1")[col("Окончание")]]).toEqual(["01.01.2023", "30.04.2023"]);
    const rowIndex = wb.rows().findIndex((r) => r[0] === "7.1") + 2;
    const note = wb.emu.spreadsheet
      .getSheetByName(SHEET)!
      .getRange(rowIndex, col("Окончание") + 1)
      .getNote();
    expect(note).toContain("01.01.2023–31.01.2023; 01.04.2023–30.04.2023");
  });
});

describe("re-importing", () => {
  it("updates by number, keeps the curator's done mark and comment, duplicates nothing", () => {
    const wb = workbook();
    const text = readSample("roadmap-oosh-talon.txt");
    wb.importText(text);
    const rowOf = (n: string) => wb.rows().findIndex((r) => r[0] === n) + 2;
    wb.emu.editAsUser(SHEET, `J${rowOf("1.1")}`, "20.09.2021");
    wb.emu.editAsUser(SHEET, `L${rowOf("1.1")}`, "Провели на педсовете");
    const again = wb.importText(text.replace("Сентябрь \n\n2021", "Октябрь \n\n2021"));
    expect(again.ok).toBe(true);
    expect(again.added).toBe(0);
    expect(again.updated).toBeGreaterThanOrEqual(1);
    expect(again.updated + again.unchanged).toBe(35);
    expect(wb.rows().filter((r) => r[0])).toHaveLength(35);
    const row = wb.row("1.1");
    expect(row[col("Выполнено (дата)")]).toBe("20.09.2021");
    expect(row[col("Комментарий")]).toBe("Провели на педсовете");
    expect(row[col("Срок (текст)")]).toBe("Октябрь 2021");
    expect(row[col("Окончание")]).toBe("31.10.2021");
    expect(row[col("Статус")]).toBe("выполнено");
  });
});

describe("statuses with a fixed today", () => {
  it("are written at import and refreshed by the roadmap view and the workbook check", () => {
    let now = new Date("2021-09-10T09:00:00Z");
    const { emu, bundle } = freshBundle({ now: () => now });
    bundle.run("setupWorkbook");
    importVia(bundle, { source: { kind: "text", text: readSample("roadmap-oosh-talon.txt") } });
    const status = (n: string) => displayRows(emu).find((r) => r[0] === n)![col("Статус")];
    expect(status("1.1")).toBe("в работе"); // Сентябрь 2021, today 10.09.2021
    expect(status("1.3")).toBe("запланировано"); // Октябрь 2021 has not begun

    now = new Date("2021-10-05T09:00:00Z");
    const overview = bundle.run("roadmapOverview", {}) as { summary: NonNullable<ImportDto["summary"]> };
    expect(status("1.1")).toBe("просрочено");
    expect(status("1.3")).toBe("в работе");
    expect(overview.summary.overdue.map((o) => o.number)).toEqual(["1.1", "1.2", "5.1"]);

    emu.editAsUser(SHEET, `J${overview.summary.overdue[0].row}`, "30.09.2021");
    const check = bundle.run("checkWorkbook", {}) as {
      problems: { sheet: string; row?: number; column?: number; message: string; severity: string }[];
    };
    expect(status("1.1")).toBe("выполнено");
    const overdueProblems = check.problems.filter((p) => p.sheet === SHEET && /просрочен/.test(p.message));
    expect(overdueProblems.map((p) => p.message)).toEqual([
      "Пункт 1.2 просрочен (срок — 30.09.2021) и не отмечен выполненным.",
      "Пункт 5.1 просрочен (срок — 30.09.2021) и не отмечен выполненным.",
    ]);
    expect(overdueProblems[0].column).toBe(col("Срок (текст)") + 1);
  });

  it("the check lists deadline texts that need review, with links to their rows", () => {
    const wb = workbook();
    wb.importText(readSample("roadmap-municipal-sechenovo.txt"));
    const check = wb.bundle.run("checkWorkbook", {}) as {
      problems: { sheet: string; row?: number; column?: number; message: string; severity: string }[];
    };
    const rowOf = (n: string) => wb.rows().findIndex((r) => r[0] === n) + 2;
    const roadmap = check.problems.filter((p) => p.sheet === SHEET && !/просрочен/.test(p.message));
    expect(roadmap).toContainEqual({
      sheet: SHEET,
      row: rowOf("6.2"),
      column: 4,
      severity: "warning",
      message: "Пункт 6.2: срок не указан.",
    });
    expect(roadmap).toContainEqual(
      expect.objectContaining({
        row: rowOf("4.3"),
        severity: "info",
        message:
          "Пункт 4.3: срок «в течение двух недель с даты определения модели» задан отдельным графиком — впишите даты.",
      }),
    );
  });
});

describe("bad input leaves the sheet exactly as it was", () => {
  const noise = Array.from(
    { length: 5000 },
    (_, i) => `${(i * 7919) % 1000} шум ${"x".repeat(i % 30)} ${i % 3 ? "" : "?"}`,
  ).join("\n");
  it.each([
    ["an empty paste", "", /пуст/],
    [
      "a table with no deadline column",
      "№\tМероприятие\tОтветственные\n1.1\tПедсовет\tДиректор\n1.2\tСобрание\tЗавуч",
      /нет столбца сроков/,
    ],
    ["5,000 rows of noise", noise, /Не найдена строка заголовков/],
    [
      "binary junk",
      "\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000\u00ff\u00fe" + "\u0000".repeat(200),
      /не похоже на текст/,
    ],
  ])("%s", (_what, text, message) => {
    const wb = workbook();
    wb.importText(readSample("roadmap-dou-2023.txt"));
    const before = wb.state();
    const result = wb.importText(text);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
    expect(result.message).toMatch(/Дорожная карта не изменена/);
    expect(wb.state()).toEqual(before);
  });

  it("a bad year field, a missing source sheet, a bad document link", () => {
    const wb = workbook();
    const before = wb.state();
    expect(
      (wb.importText(readSample("roadmap-dou-2023.txt"), { academicYear: "2022-2024" }) as ImportDto).message,
    ).toMatch(/Учебный год «2022-2024» не распознан/);
    expect(importVia(wb.bundle, { source: { kind: "sheet", sheet: "Нет такого" } }).message).toMatch(
      /Лист «Нет такого» не найден/,
    );
    expect(importVia(wb.bundle, { source: { kind: "doc", url: "https://example.com/x" } }).message).toMatch(
      /не похожа на адрес Google Документа/,
    );
    expect(
      importVia(wb.bundle, {
        source: { kind: "doc", url: "https://docs.google.com/document/d/1234567890abcdefghijklmnop/edit" },
      }).message,
    ).toMatch(/Не удалось открыть Google Документ/);
    expect(wb.state()).toEqual(before);
  });
});

describe("service calls do not grow with the roadmap", () => {
  it("20 and 2,000 items cost the same calls", () => {
    const counts = [20, 2000].map((n) => {
      const { emu, bundle } = freshBundle({ now: () => new Date("2021-06-01T09:00:00Z") });
      bundle.run("setupWorkbook");
      const text = generatedRoadmapTable(n)
        .map((r) => r.join("\t"))
        .join("\n");
      const request = { source: { kind: "text", text } };
      emu.calls.reset();
      const preview = bundle.run("previewRoadmapImport", request) as { token: string };
      const previewCalls = { ...emu.calls.byMethod };
      emu.calls.reset();
      const result = bundle.run("applyRoadmapImport", { ...request, token: preview.token }) as ImportDto;
      expect(result.added).toBe(n);
      const applyCalls = { ...emu.calls.byMethod };
      emu.calls.reset();
      bundle.run("undoRoadmapImport", { force: true });
      return { previewCalls, applyCalls, undoCalls: { ...emu.calls.byMethod } };
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0].previewCalls["Range.setValues"]).toBeUndefined(); // the preview writes nothing
    expect(counts[0].applyCalls["Range.setValues"]).toBe(1);
    // «Настройки», the roadmap sheet, and the rows just written (for «Отменить импорт»)
    expect(counts[0].applyCalls["Range.getValues"]).toBe(3);
    expect(counts[0].applyCalls["Range.copyTo"]).toBe(1); // the previous roadmap kept
  });
});

describe("sheet formatting", () => {
  it("sets the three colour rules once (re-import replaces them, keeps the curator's own), and new rows keep validation", () => {
    const wb = workbook();
    const sheet = wb.emu.spreadsheet.getSheetByName(SHEET)!;
    const own = SpreadsheetAppOf(wb)
      .newConditionalFormatRule()
      .whenTextEqualTo("важно")
      .setBold(true)
      .setRanges([sheet.getRange("L2:L10")])
      .build();
    sheet.setConditionalFormatRules([own]);
    const text = generatedRoadmapTable(1200)
      .map((r) => r.join("\t"))
      .join("\n");
    wb.importText(text);
    wb.importText(text);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(4);
    const formulas = rules.map((r) => String(r.getBooleanCondition()!.getCriteriaValues()[0]));
    expect(formulas.slice(0, 3)).toEqual([
      '=$K2="просрочено"',
      '=$K2="выполнено"',
      '=AND($K2<>"выполнено",$K2<>"просрочено",ISNUMBER($F2),$F2>=TODAY(),$F2-TODAY()<=30)',
    ]);
    expect(formulas[3]).toBe("важно");
    expect(rules[0].getRanges()[0].getNumRows()).toBe(sheet.getMaxRows() - 1);
    // Row 1201 was added by the import (a new sheet has 1000 rows): its dates and «Повтор» are still checked.
    expect(sheet.getMaxRows()).toBeGreaterThanOrEqual(1201);
    expect(sheet.getRange("F1201").getDataValidation()?.getCriteriaType()).toBe("DATE_IS_VALID_DATE");
    expect(sheet.getRange("G1201").getDataValidation()?.getCriteriaType()).toBe("VALUE_IN_RANGE");
  });
});

describe("other sources", () => {
  it("a table pasted into a sheet of the workbook", () => {
    const wb = workbook();
    const sheet = wb.emu.spreadsheet.insertSheet("Из документа");
    const table = [
      ["Дорожная карта на 2021 год", "", "", ""],
      ["№ п/п", "Мероприятие", "Срок", "Ответственные"],
      ["1.", "Подготовка условий", "", ""],
      ["1.1.", "Педсовет о наставничестве", "Сентябрь", "Директор, зам. директора по ВР"],
      ["1.2.", "Родительское собрание", "до 15.10.2021", "Классные руководители"],
    ];
    sheet.getRange(1, 1, table.length, 4).setValues(table);
    const result = importVia(wb.bundle, { source: { kind: "sheet", sheet: "Из документа" } });
    expect(result.ok).toBe(true);
    expect(wb.rows().map((r) => r[0])).toEqual(["1.1", "1.2"]);
    expect([wb.row("1.1")[col("Начало")], wb.row("1.1")[col("Окончание")]]).toEqual(["01.09.2021", "30.09.2021"]);
    expect(wb.row("1.1")[col("Ответственные")]).toBe("Директор; зам. директора по ВР");
    expect(wb.row("1.2")[col("Окончание")]).toBe("15.10.2021");
  });

  it("a Google Doc's table without its header: columns by content, dated by the document's name", () => {
    const wb = workbook();
    const id = wb.emu.documents.create("План работы наставников на 2023 год", [
      [
        ["3.1", "Встреча наставников и наставляемых", "Март\nСентябрь", "Наставники", "Протокол"],
        ["3.2", "Открытые уроки наставников", "Апрель", "Иванова А.А., заместитель директора по УВР", "Справка"],
      ],
    ]);
    const result = importVia(wb.bundle, {
      source: { kind: "doc", url: `https://docs.google.com/document/d/${id}/edit` },
    });
    expect(result.ok).toBe(true);
    expect(wb.rows().map((r) => r[0])).toEqual(["3.1", "3.2"]);
    expect([wb.row("3.1")[col("Начало")], wb.row("3.1")[col("Окончание")]]).toEqual(["01.03.2023", "30.09.2023"]);
    expect(wb.row("3.2")[col("Ответственные")]).toBe("Иванова А.А., заместитель директора по УВР");
    expect(wb.row("3.2")[col("Результат / документ")]).toBe("Справка");
  });

  it("a Google Doc's table, dated by the document's name", () => {
    const wb = workbook();
    const id = wb.emu.documents.create("Дорожная карта на 2022-2023 учебный год", [
      [["Сведения об организации", "ДОУ № 5"]],
      [
        ["№", "Мероприятие", "Срок реализации", "Ответственный"],
        ["1.", "Подготовка условий", "", ""],
        ["1.1.", "Педсовет", "Сентябрь\nЯнварь", "Заведующий ДОУ\nСтарший воспитатель"],
        ["1.2", "Родительское собрание", "Октябрь", "Старший воспитатель"],
      ],
    ]);
    const result = importVia(wb.bundle, {
      source: { kind: "doc", url: `https://docs.google.com/document/d/${id}/edit` },
    });
    expect(result.ok).toBe(true);
    expect(result.added).toBe(2);
    expect([wb.row("1.1")[col("Начало")], wb.row("1.1")[col("Окончание")]]).toEqual(["01.09.2022", "31.01.2023"]);
    expect(wb.row("1.2")[col("Окончание")]).toBe("31.10.2022");
    expect(wb.row("1.1")[col("Ответственные")]).toBe("Заведующий ДОУ; Старший воспитатель");
  });
});
