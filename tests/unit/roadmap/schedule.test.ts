/** The computed columns of a roadmap row (scheduleRow) and the choice of context, against periods.md. */
import { chooseContext, scheduleRow, settingsContext } from "../../../src/domain/roadmap";

const row = (deadlineText: string, extra: Partial<{ start: string; end: string; doneDate: string }> = {}) => ({
  deadlineText,
  start: extra.start ?? null,
  end: extra.end ?? null,
  doneDate: extra.doneDate ?? null,
});
const IMPORT = { textWins: true };
const REFRESH = { textWins: false };

describe("scheduleRow", () => {
  it("a deadline: no start, the end, «нет»; overdue after it, in progress within 30 days", () => {
    expect(scheduleRow(row("до 15.02.2021 г."), {}, "2021-03-01", IMPORT)).toMatchObject({
      start: null,
      end: "2021-02-15",
      repeat: "нет",
      status: "просрочено",
      attention: null,
    });
    expect(scheduleRow(row("до 15.02.2021 г."), {}, "2021-01-20", IMPORT).status).toBe("в работе");
    expect(scheduleRow(row("до 15.02.2021 г."), {}, "2021-01-10", IMPORT).status).toBe("запланировано");
    expect(scheduleRow(row("до 15.02.2021 г.", { doneDate: "2021-02-10" }), {}, "2021-03-01", IMPORT).status).toBe(
      "выполнено",
    );
  });

  it("a recurring item shows its current occurrence and lists all in the note", () => {
    const s = scheduleRow(row("ежеквартально"), { year: 2021 }, "2021-05-10", IMPORT);
    expect(s).toMatchObject({ start: "2021-04-01", end: "2021-06-30", repeat: "ежеквартально", status: "в работе" });
    expect(s.note).toContain(
      "01.01.2021–31.03.2021; 01.04.2021–30.06.2021; 01.07.2021–30.09.2021; 01.10.2021–31.12.2021",
    );
    // Done in the first quarter: the second starts afresh.
    expect(
      scheduleRow(row("ежеквартально", { doneDate: "2021-03-20" }), { year: 2021 }, "2021-05-10", IMPORT).status,
    ).toBe("в работе");
  });

  it("a list that does not repeat spans first to last; overdue once one occurrence has passed", () => {
    const s = scheduleRow(row("Март 2022\nСентябрь 2022"), {}, "2022-05-01", IMPORT);
    expect(s).toMatchObject({ start: "2022-03-01", end: "2022-09-30", repeat: "нет", status: "просрочено" });
  });

  it("by-schedule, unknown and empty texts need a date; dates the curator typed then count", () => {
    expect(scheduleRow(row("по отдельному графику"), {}, "2022-05-01", IMPORT)).toMatchObject({
      start: null,
      end: null,
      repeat: "",
      status: "без срока",
      attention: "by-schedule",
    });
    expect(scheduleRow(row("когда-нибудь потом"), {}, "2022-05-01", IMPORT)).toMatchObject({
      status: "без срока",
      attention: "unknown",
    });
    expect(scheduleRow(row(""), {}, "2022-05-01", IMPORT)).toMatchObject({ status: "без срока", attention: "unknown" });
    expect(scheduleRow(row("по отдельному графику", { end: "2022-04-30" }), {}, "2022-05-01", IMPORT)).toMatchObject({
      end: "2022-04-30",
      status: "просрочено",
      attention: null,
    });
  });

  it("«в течение года» without a year needs review; with one it covers the year", () => {
    expect(scheduleRow(row("в течение года"), {}, "2021-05-01", IMPORT).attention).toBe("needsReview");
    expect(scheduleRow(row("в течение года"), { year: 2021 }, "2021-05-01", IMPORT)).toMatchObject({
      start: "2021-01-01",
      end: "2021-12-31",
      status: "в работе",
      attention: null,
    });
  });

  it("on a refresh the curator's corrected dates win; at import the text decides", () => {
    const corrected = row("Сентябрь 2021", { start: "2021-09-01", end: "2021-10-15" });
    expect(scheduleRow(corrected, {}, "2021-10-01", REFRESH)).toMatchObject({ end: "2021-10-15", status: "в работе" });
    expect(scheduleRow(corrected, {}, "2021-10-01", IMPORT)).toMatchObject({ end: "2021-09-30", status: "просрочено" });
  });
});

describe("chooseContext", () => {
  it("explicit beats the document, the document beats the settings, never mixed", () => {
    const doc = { documentAcademicYear: [2023, 2024] as [number, number] };
    const settings = settingsContext("2026-2027", "2024-2027");
    expect(settings).toEqual({ academicYear: [2026, 2027], program: [2024, 2027] });
    expect(chooseContext({ year: 2022 }, doc, settings)).toEqual({ context: { year: 2022 }, source: "explicit" });
    expect(chooseContext({}, doc, settings)).toEqual({ context: { academicYear: [2023, 2024] }, source: "document" });
    expect(chooseContext({}, {}, settings).source).toBe("settings");
    expect(chooseContext({}, {}, {})).toEqual({ context: {}, source: "none" });
  });
});
