/**
 * Every kind of value the add-on writes, through the real bundle into a Russian-locale workbook, read back
 * as it was meant. Sheets reads a written string as if a person typed it (USER_ENTERED), so in ru_RU an
 * item number «1.10» becomes 1 October, an answer «7.1» 7 January, «50%» the number 0.5, «007» the number
 * 7: a path that writes user text bare corrupts it. Each path is one test, so a failure names the path.
 */
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { freshBundle } from "../support/bundle";
import { createForms, formIds, sheetRows, title } from "../../fixtures/forms";
import { readSample } from "../../fixtures/samples";
import { formatDate } from "../../emulator/core/time";

const NOW = new Date("2026-11-21T10:00:00+03:00");
const moscowMidnight = (iso: string) => new Date(`${iso}T00:00:00+03:00`);
/** A cell value as a curator would describe it, so a failure reads «дата 01.10.2026», «число 7». */
const seen = (v: unknown) =>
  v instanceof Date
    ? `дата ${formatDate(v, "Europe/Moscow", "dd.MM.yyyy")}`
    : typeof v === "string"
      ? v
      : `${typeof v === "number" ? "число" : "логическое"} ${String(v)}`;

/** Text a curator or a respondent means as text, which Sheets would read otherwise if written bare. */
const TRICKY = ["1.10", "7.1", "50%", "007", "TRUE", "1 000", "21.11", "3,5"];

let emu: Emulator;
let bundle: LoadedBundle;
let ids: ReturnType<typeof formIds>;

beforeAll(() => {
  ({ emu, bundle } = freshBundle({ now: () => NOW }));
  expect(emu.spreadsheet.getSpreadsheetLocale()).toBe("ru_RU");
  bundle.run("setupWorkbook", {});
  createForms(bundle);
  ids = formIds(bundle);
});

/** The rows of a sheet as the add-on will read them next time (getValues), keyed by column key. */
const rowsOf = (key: SheetKey): Array<Record<string, unknown>> =>
  sheetRows(emu, SHEETS[key].name).map((r) =>
    Object.fromEntries(SHEETS[key].columns.map((c) => [c.key, r[c.header] ?? ""])),
  );

describe("values the add-on writes read back as meant in a ru_RU workbook", () => {
  it("a mentee's answers: grade «7Б», a subject typed as «7.1», «50%», «1.10»…", () => {
    const t = (k: string) => title("mentee", k);
    TRICKY.forEach((subject, i) =>
      emu.forms.submit(
        ids.mentee,
        {
          [t("name")]: `Ученикова Вера ${i}`,
          [t("category")]: "обучающийся",
          [t("grade")]: "7Б",
          [t("birthDate")]: "2013-05-04",
          [t("subject")]: subject,
          [t("requests")]: ["математика"],
          [t("adult")]: "Нет",
          [t("guardianName")]: `Родитель ${i}`,
          [t("consentGuardian")]: "Да, я — родитель (законный представитель) и даю согласие",
        },
        { timestamp: NOW },
      ),
    );
    const rows = rowsOf("mentees").filter((r) => String(r.name).startsWith("Ученикова Вера"));
    expect(rows).toHaveLength(TRICKY.length);
    expect(rows.map((r) => r.grade)).toEqual(TRICKY.map(() => "7Б"));
    expect(rows.map((r) => r.id)).toEqual(rows.map((_, i) => `НЯ-${String(i + 1).padStart(4, "0")}`));
    // The day the answer came, written by the add-on: midnight of 21.11.2026 in the spreadsheet's zone; the
    // birth date answered is that day too, whatever the host's zone.
    expect(rows.map((r) => seen(r.questionnaireDate))).toEqual(TRICKY.map(() => "дата 21.11.2026"));
    expect(rows.map((r) => seen(r.birthDate))).toEqual(TRICKY.map(() => "дата 04.05.2013"));
    expect(rows.map((r) => seen(r.subject))).toEqual(TRICKY);
  });

  it("a mentor's contacts: «+7 900 123-45-67», «89001234567», «8 (900) 123-45-67»", () => {
    const t = (k: string) => title("mentor", k);
    const phones = ["+7 900 123-45-67", "89001234567", "8 (900) 123-45-67"];
    phones.forEach((contacts, i) =>
      emu.forms.submit(
        ids.mentor,
        {
          [t("name")]: `Наставникова Анна ${i}`,
          [t("category")]: "педагог",
          [t("birthDate")]: "1986-11-21",
          [t("competencies")]: ["математика"],
          [t("forms")]: ["учитель – учитель"],
          [t("capacity")]: "2",
          [t("contacts")]: contacts,
          [t("adult")]: "Да",
          [t("consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
        },
        { timestamp: NOW },
      ),
    );
    const rows = rowsOf("mentors").filter((r) => String(r.name).startsWith("Наставникова Анна"));
    expect(rows.map((r) => seen(r.contacts))).toEqual(phones);
  });

  it("roadmap item numbers «1.1», «1.10», «7.8» stay the numbers of the document", () => {
    const request = { source: { kind: "text", text: readSample("roadmap-oosh-talon.txt") } };
    const preview = bundle.run("previewRoadmapImport", request) as { token: string };
    const result = bundle.run("applyRoadmapImport", { ...request, token: preview.token }) as {
      ok: boolean;
      added: number;
    };
    expect(result.ok).toBe(true);
    const sheet = emu.spreadsheet.getSheetByName(SHEETS.roadmap.name)!;
    const numbers = sheet
      .getRange(2, 1, result.added, 1)
      .getValues()
      .map((r) => r[0]);
    expect(numbers.every((n) => typeof n === "string" && /^\d+(\.\d+)*$/.test(n))).toBe(true);
    expect(numbers).toContain("1.1");
    expect(numbers).toContain("7.8");
  });

  it("«Дата отчёта» typed as 21.11.2026 is that day in the settings and in the report", () => {
    const settings = emu.spreadsheet.getSheetByName(SHEETS.settings.name)!;
    const labels = settings.getDataRange().getValues();
    const row = labels.findIndex((r) => r[0] === "Дата отчёта") + 1;
    expect(row).toBeGreaterThan(1);
    emu.editAsUser(SHEETS.settings.name, `B${row}`, "21.11.2026");
    expect(settings.getRange(row, 2).getValue()).toEqual(moscowMidnight("2026-11-21"));

    bundle.run("buildReport", {});
    const report = emu.spreadsheet.getSheetByName("Отчёт")!.getDataRange();
    const values = report.getValues();
    const shown = report.getDisplayValues();
    const at = values.findIndex((r) => r[0] === "Дата отчёта");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(values[at][1]).toEqual(moscowMidnight("2026-11-21"));
    expect(shown[at][1]).toBe("21.11.2026");
  });
});
