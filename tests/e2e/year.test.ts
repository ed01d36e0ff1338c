/**
 * The sections under «Пары» in Chromium, on a small school: «Завершить пару» ends a ticked pair, «Один
 * человек — один учёт» links a pupil's two rows, «Закрыть учебный год» shows its plan, closes, and the
 * close is undone from the list of closed years; the page's grid follows each call.
 */
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { readTable, writeTable, zoneOf } from "../../src/sheets/table";
import { browserSkipped } from "../support/browser";
import { openSidebar, useBrowserSession } from "../support/session";

jest.setTimeout(120000);
const maybe = browserSkipped ? describe.skip : describe;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

maybe("«Пары»: end a pair, link a person, close the year, in Chromium", () => {
  const session = useBrowserSession({ demo: false });

  beforeAll(() => {
    const { bench } = session.server;
    bench.run("setupWorkbook", {});
    const ss = bench.emulator.spreadsheet as unknown as Spreadsheet;
    const put = (key: SheetKey, rows: Array<Record<string, unknown>>) =>
      writeTable(
        readTable(ss.getSheetByName(SHEETS[key].name)!, SHEETS[key], { zone: zoneOf(ss) }),
        rows.map((cells) => ({ cells })),
      );
    // Names shown, as in a school that opted out of pseudonymous mode (on by default).
    const settings = readTable(ss.getSheetByName(SHEETS.settings.name)!, SHEETS.settings, { zone: zoneOf(ss) });
    const mode = settings.rows.find((r) => r.cells.key === "Режим псевдонимов")!;
    writeTable(settings, [{ rowNumber: mode.rowNumber, cells: { value: "нет" } }]);
    const person = { category: "обучающийся", consent: true, status: "активен", joined: "2026-09-15" };
    put("mentors", [
      { ...person, id: "НТ-0001", name: "Гусев Кирилл", forms: "ученик – ученик", birthDate: "2010-04-02" },
      { ...person, id: "НТ-0002", name: "Смирнова Алёна", forms: "ученик – ученик", birthDate: "2010-03-14" },
    ]);
    put("mentees", [
      { ...person, id: "НЯ-0001", name: "Орлов Павел" },
      { ...person, id: "НЯ-0002", name: "Смирнова Алёна", birthDate: "2010-03-14", status: "кандидат", joined: "" },
      { ...person, id: "НЯ-0003", name: "Фомина Юлия" },
    ]);
    put("pairs", [
      { pairId: "П-0001", mentorId: "НТ-0001", menteeId: "НЯ-0001", status: "активна", start: "2026-09-15" },
      { pairId: "П-0002", mentorId: "НТ-0002", menteeId: "НЯ-0003", status: "активна", start: "2026-09-15" },
    ]);
  });

  it("ends a pair, links a person, closes the year and undoes the close", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(30000);
    const frame = await openSidebar(page, server.url);
    await frame.locator('[data-view="pairs"]').click();

    // «Завершить пару»: tick П-0001, keep today's date.
    await frame.locator("#end-pair summary").click();
    await frame.locator('#live-pairs input[data-pair-id="П-0001"]').check();
    await frame.locator("#end-pair-run").click();
    await frame.getByText("Завершено пар: 1. Статус участников обновлён: 2.").waitFor();
    const ss = server.bench.emulator.spreadsheet as unknown as Spreadsheet;
    const rows = (key: SheetKey) =>
      readTable(ss.getSheetByName(SHEETS[key].name)!, SHEETS[key], { zone: zoneOf(ss) }).rows.map((r) => r.cells);
    expect(rows("mentees").find((m) => m.id === "НЯ-0001")).toMatchObject({ status: "завершил", ended: "2026-11-21" });

    // One person, one count: Смирнова Алёна is a mentor and a mentee.
    await frame.locator("#person-links summary").click();
    const item = frame.locator('#person-link-list li[data-mentee-id="НЯ-0002"]');
    expect(await item.textContent()).toContain("Смирнова Алёна (наставляемый) — Смирнова Алёна (наставник)");
    await item.locator('[data-action="confirm"]').click();
    await frame.getByText("Связано записей: 1.", { exact: false }).waitFor();
    expect(rows("mentors").find((m) => m.id === "НТ-0002")!.personKey).toBe("НЯ-0002");

    // «Закрыть учебный год»: the plan first, then the close.
    await frame.locator("#close-year summary").click();
    await frame.locator("#close-plan").waitFor();
    expect(await frame.locator("#close-plan").textContent()).toContain(
      "Пары продолжатся в новом году с прежней датой начала: 1",
    );
    await frame.locator("#close-year-run").click();
    await frame.getByText("Учебный год 2026-2027 закрыт.", { exact: false }).waitFor();
    expect(rows("pairs").find((p) => p.pairId === "П-0001")!.archived).toBe("2026-2027");

    await frame.locator("#close-year summary").click();
    await frame.locator("#restore-year").click();
    await frame.getByText("Закрытие учебного года 2026-2027 отменено", { exact: false }).waitFor();
    expect(rows("pairs").find((p) => p.pairId === "П-0001")!.archived).toBe("");
    expect(rows("settings").find((s) => s.key === "Учебный год")!.value).toBe("2026-2027");
  });
});
