/**
 * The participant status follows the pairs, through the built bundle against the emulator: approving
 * pairs in the sidebar, «Завершить пару», and a «Статус» typed by hand in «Пары» (the onEdit trigger).
 * And one person, one count: a pupil who is a mentee and a mentor is suggested as one person; the
 * curator confirms (both rows get the key) or dismisses (never suggested again).
 */
import type { Emulator } from "../../emulator/index";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { readTable, writeTable, zoneOf } from "../../src/sheets/table";
import type { LivePairsDto, PersonLinksDto } from "../../src/ui/endpoints/people";
import { freshBundle } from "../support/bundle";

type Row = Record<string, unknown> & { rowNumber: number };
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const quietly = <T>(emu: Emulator, fn: () => T): T => (emu.calls as unknown as { quiet<R>(f: () => R): R }).quiet(fn);
const ss = (emu: Emulator) => emu.spreadsheet as unknown as Spreadsheet;

function rowsOf(emu: Emulator, key: SheetKey): Row[] {
  return quietly(emu, () =>
    readTable(ss(emu).getSheetByName(SHEETS[key].name)!, SHEETS[key], { zone: zoneOf(ss(emu)) }).rows.map((r) => ({
      ...r.cells,
      rowNumber: r.rowNumber,
    })),
  );
}

function put(emu: Emulator, key: SheetKey, rows: Array<Record<string, unknown>>): void {
  quietly(emu, () => {
    const table = readTable(ss(emu).getSheetByName(SHEETS[key].name)!, SHEETS[key], { zone: zoneOf(ss(emu)) });
    writeTable(
      table,
      rows.map((cells) => ({ cells })),
    );
  });
}

const letter = (key: SheetKey, column: string) =>
  String.fromCharCode(65 + SHEETS[key].columns.findIndex((c) => c.key === column));

function setPseudonymous(emu: Emulator, value: "да" | "нет"): void {
  const setting = rowsOf(emu, "settings").find((r) => r.key === "Режим псевдонимов")!;
  emu.editAsUser(SHEETS.settings.name, `B${setting.rowNumber}`, value);
}

/** 21.11.2026, 12:00 in Moscow: the emulator's «today». */
const NOW = new Date("2026-11-21T09:00:00Z");

function school() {
  const { emu, bundle } = freshBundle({ now: () => NOW });
  bundle.run("setupWorkbook", {});
  // Names shown, as a school that opted out of pseudonymous mode (on by default) sees them; the mode's own
  // test below switches it back on.
  setPseudonymous(emu, "нет");
  const mentor = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
    id,
    name,
    category: "обучающийся",
    grade: "10",
    forms: "ученик – ученик",
    consent: true,
    status: "кандидат",
    ...extra,
  });
  const mentee = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
    id,
    name,
    category: "обучающийся",
    grade: "6",
    consent: true,
    status: "кандидат",
    ...extra,
  });
  put(emu, "mentors", [
    mentor("НТ-0001", "Гусев Кирилл", { birthDate: "2010-04-02" }),
    mentor("НТ-0002", "Смирнова Алёна", { birthDate: "2010-03-14", status: "завершил", ended: "2026-05-20" }),
    mentor("НТ-0003", "Ким Дмитрий", { age: 16 }),
  ]);
  put(emu, "mentees", [
    mentee("НЯ-0001", "Орлов Павел"),
    mentee("НЯ-0002", "Лебедева Ирина"),
    mentee("НЯ-0003", "Смирнова Алёна", { birthDate: "2010-03-14", grade: "10" }),
    mentee("НЯ-0004", "Ким Дмитрий", { birthDate: "2010-05-01", grade: "10" }),
    mentee("НЯ-0005", "Фомина Юлия"),
  ]);
  put(emu, "pairs", [
    { pairId: "П-0001", mentorId: "НТ-0001", menteeId: "НЯ-0001", status: "предложена" },
    { pairId: "П-0002", mentorId: "НТ-0001", menteeId: "НЯ-0002", status: "предложена" },
    { pairId: "П-0003", mentorId: "НТ-0002", menteeId: "НЯ-0005", status: "предложена" },
  ]);
  emu.calls.reset();
  return { emu, bundle };
}

const byId = (rows: Row[]) => new Map(rows.map((r) => [String(r.id || r.pairId), r]));

describe("the participant status follows the pairs", () => {
  it("approving makes both people «активен» with «Дата вхождения»; a finished mentor comes back", () => {
    const { emu, bundle } = school();
    const result = bundle.run("approvePairs", { startDate: "2026-11-23" }) as { approved: number; people: number };
    expect(result).toMatchObject({ approved: 3, people: 5 });
    const mentors = byId(rowsOf(emu, "mentors"));
    const mentees = byId(rowsOf(emu, "mentees"));
    expect(mentors.get("НТ-0001")).toMatchObject({ status: "активен", joined: "2026-11-23", ended: "" });
    expect(mentors.get("НТ-0002")).toMatchObject({ status: "активен", joined: "2026-11-23", ended: "" });
    for (const id of ["НЯ-0001", "НЯ-0002", "НЯ-0005"])
      expect(mentees.get(id)).toMatchObject({ status: "активен", joined: "2026-11-23" });
    // Nobody outside the approved pairs is touched.
    expect(mentors.get("НТ-0003")).toMatchObject({ status: "кандидат", joined: "" });
    expect(mentees.get("НЯ-0003")).toMatchObject({ status: "кандидат", joined: "" });
  });

  it("«Завершить пару» ends the pair on the day given; a mentor with another live pair stays «активен»", () => {
    const { emu, bundle } = school();
    bundle.run("approvePairs", { startDate: "2026-09-15" });
    const live = bundle.run("livePairs") as LivePairsDto;
    expect(live.pairs.map((p) => [p.pairId, p.mentor, p.mentee, p.start])).toEqual([
      ["П-0001", "Гусев Кирилл", "Орлов Павел", "15.09.2026"],
      ["П-0002", "Гусев Кирилл", "Лебедева Ирина", "15.09.2026"],
      ["П-0003", "Смирнова Алёна", "Фомина Юлия", "15.09.2026"],
    ]);
    emu.calls.reset();
    const result = bundle.run("endPairs", { pairIds: ["П-0001"], endDate: "2026-11-20" }) as { message: string };
    expect(result.message).toBe("Завершено пар: 1. Статус участников обновлён: 1.");
    // «Пары» and each base read once; «Пары» written once, and only the base that changed.
    expect(emu.calls.byMethod["Range.getValues"]).toBe(3);
    expect(emu.calls.byMethod["Range.setValues"]).toBe(2);
    const pairs = byId(rowsOf(emu, "pairs"));
    expect(pairs.get("П-0001")).toMatchObject({ status: "завершена", end: "2026-11-20" });
    expect(byId(rowsOf(emu, "mentees")).get("НЯ-0001")).toMatchObject({ status: "завершил", ended: "2026-11-20" });
    expect(byId(rowsOf(emu, "mentors")).get("НТ-0001")).toMatchObject({ status: "активен", ended: "" });

    bundle.run("endPairs", { pairIds: ["П-0002"], outcome: "cancelled", endDate: "2026-11-21" });
    expect(byId(rowsOf(emu, "pairs")).get("П-0002")).toMatchObject({ status: "расторгнута", end: "2026-11-21" });
    expect(byId(rowsOf(emu, "mentors")).get("НТ-0001")).toMatchObject({ status: "завершил", ended: "2026-11-21" });

    // A pair that is not live, and a day before the start, are refused with the reason; nothing written.
    expect(() => bundle.run("endPairs", { pairIds: ["П-0001"] })).toThrow(/П-0001 .*статус «завершена»/);
    expect(() => bundle.run("endPairs", { pairIds: ["П-0003"], endDate: "2026-09-01" })).toThrow(
      /началась 15\.09\.2026/,
    );
    expect(byId(rowsOf(emu, "pairs")).get("П-0003")).toMatchObject({ status: "утверждена", end: "" });
  });

  it("a «Статус» typed by hand in «Пары» sets the end date and the people's status, and says so", () => {
    const { emu, bundle } = school();
    bundle.run("approvePairs", { pairIds: ["П-0003"], startDate: "2026-09-15" });
    const row = byId(rowsOf(emu, "pairs")).get("П-0003")!.rowNumber;
    emu.editAsUser(SHEETS.pairs.name, `${letter("pairs", "status")}${row}`, "завершена");
    expect(byId(rowsOf(emu, "pairs")).get("П-0003")).toMatchObject({ status: "завершена", end: "2026-11-21" });
    expect(byId(rowsOf(emu, "mentors")).get("НТ-0002")).toMatchObject({ status: "завершил", ended: "2026-11-21" });
    expect(byId(rowsOf(emu, "mentees")).get("НЯ-0005")).toMatchObject({ status: "завершил", ended: "2026-11-21" });
    const toast = (emu.ui.toasts as Array<{ message: string; title: string }>).at(-1)!;
    expect(toast).toMatchObject({
      title: "Пары: статус",
      message: `Строка ${row}: дата окончания 21.11.2026; участники: наставник НТ-0002 — завершил; наставляемый НЯ-0005 — завершил`,
    });

    // Typed back to «активна»: the people are «активен» again, their end dates cleared.
    emu.editAsUser(SHEETS.pairs.name, `${letter("pairs", "status")}${row}`, "активна");
    expect(byId(rowsOf(emu, "mentors")).get("НТ-0002")).toMatchObject({ status: "активен", ended: "" });
    expect(byId(rowsOf(emu, "mentees")).get("НЯ-0005")).toMatchObject({ status: "активен", ended: "" });
  });
});

describe("one person, one count", () => {
  it("suggests a pupil in both bases, confirms by writing the key into both rows, and remembers a dismissal", () => {
    const { emu, bundle } = school();
    const list = bundle.run("personLinks") as PersonLinksDto;
    expect(list.links.map((l) => [l.menteeId, l.mentorId, l.mentee, l.basis])).toEqual([
      ["НЯ-0003", "НТ-0002", "Смирнова Алёна", "совпадают ФИО и дата рождения"],
      ["НЯ-0004", "НТ-0003", "Ким Дмитрий", "совпадают ФИО и возраст (дата рождения указана не везде)"],
    ]);
    const confirmed = bundle.run("confirmPersonLinks", { links: [{ menteeId: "НЯ-0003", mentorId: "НТ-0002" }] }) as {
      linked: number;
    };
    expect(confirmed.linked).toBe(1);
    expect(byId(rowsOf(emu, "mentees")).get("НЯ-0003")!.personKey).toBe("НЯ-0003");
    expect(byId(rowsOf(emu, "mentors")).get("НТ-0002")!.personKey).toBe("НЯ-0003");

    bundle.run("dismissPersonLinks", { links: [{ menteeId: "НЯ-0004", mentorId: "НТ-0003" }] });
    const after = bundle.run("personLinks") as PersonLinksDto;
    expect(after).toMatchObject({ links: [], total: 0, dismissed: 1 });
    // A link no longer suggested cannot be confirmed from a stale list.
    expect(() => bundle.run("confirmPersonLinks", { links: [{ menteeId: "НЯ-0001", mentorId: "НТ-0002" }] })).toThrow(
      /НЯ-0001 и НТ-0002 больше не совпадают/,
    );
  });

  it("shows codes, not names, in pseudonymous mode", () => {
    const { emu, bundle } = school();
    setPseudonymous(emu, "да");
    const list = bundle.run("personLinks") as PersonLinksDto;
    expect(list.links.map((l) => [l.mentee, l.mentor])).toEqual([
      ["НЯ-0003", "НТ-0002"],
      ["НЯ-0004", "НТ-0003"],
    ]);
    bundle.run("approvePairs", { pairIds: ["П-0001"], startDate: "2026-09-15" });
    const live = bundle.run("livePairs") as LivePairsDto;
    expect(live.pairs.map((p) => [p.pairId, p.mentor, p.mentee])).toEqual([["П-0001", "НТ-0001", "НЯ-0001"]]);
  });
});
