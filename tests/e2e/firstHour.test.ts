/**
 * A new curator's first hour in Chromium, from an empty workbook to a built report, guided only by the
 * checklist of «Обзор»: each time, the button of the next step (and on the screen it opens, the field it
 * focuses and the button beside it). What the curator cannot do in the panel — participants answering
 * the questionnaires — is done by respondents through the emulated forms.
 *
 * On every screen along the way, in the 300 px panel: nothing past the edge or clipped, no word broken
 * across lines, no English word.
 */
import type { Frame, Page } from "playwright-core";
import { formIds, sheetRows, title } from "../../fixtures/forms";
import { browserSkipped } from "../support/browser";
import { panelProblems } from "../support/layout";
import { readSample } from "../../fixtures/samples";
import { openSidebar, useBrowserSession } from "../support/session";

jest.setTimeout(180000);

const maybe = browserSkipped ? describe.skip : describe;

const TALON = readSample("roadmap-oosh-talon.txt");
const CONTINGENT = TALON.slice(TALON.indexOf("4. Характеристика контингента"), TALON.indexOf("5. План мероприятий"));
const NOW = new Date("2026-11-20T10:00:00+03:00");

maybe("the curator's first hour", () => {
  const session = useBrowserSession({ demo: false });
  const screens: string[] = [];

  const panel = (page: Page): Frame => page.frames().find((f) => new URL(f.url()).pathname === "/sidebar")!;

  /** The panel as it is now must read well at 300 px. */
  async function checkScreen(page: Page, what: string): Promise<void> {
    const problems = await panelProblems(panel(page));
    expect({ what, problems }).toEqual({ what, problems: [] });
    screens.push(what);
  }

  it("goes from an empty workbook to a built report by the checklist's buttons", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(30000);
    const { emulator: emu } = server.bench;
    const frame = await openSidebar(page, server.url);
    const next = frame.locator("#progress li[data-next]");
    const nextButton = next.locator("button").first();
    const backToChecklist = async (stage: string) => {
      await frame.locator("#tab-overview").click();
      await frame.locator(`#progress li[data-stage="${stage}"][data-next]`).waitFor();
      await checkScreen(page, `«Обзор» at ${stage}`);
    };

    // 1. Settings: the first step is a form in «Обзор»; the organisation's field has the focus.
    await frame.locator('#progress li[data-stage="settings"][data-next]').waitFor();
    await checkScreen(page, "«Обзор», empty workbook");
    await frame.locator("#settings-organisation").fill("МБОУ «ООШ с. Талон»");
    await frame.locator("#settings-municipality").fill("Ольский муниципальный округ");
    await frame.locator("#settings-curator").fill("Иванова Мария Петровна");
    await frame.locator("#settings-academic-year").fill("2026–2027");
    await frame.locator("#settings-program-period").fill("2024-2027");
    await frame.locator("#settings-save").click();
    await frame.locator('#progress li[data-stage="settings"].done').waitFor();
    const settings = emu.spreadsheet.getSheetByName("Настройки")!.getDataRange().getDisplayValues();
    expect(settings).toEqual(
      expect.arrayContaining([
        expect.arrayContaining(["Куратор", "Иванова Мария Петровна"]),
        expect.arrayContaining(["Учебный год", "2026-2027"]),
      ]),
    );
    expect(await frame.locator("#org").textContent()).toBe("МБОУ «ООШ с. Талон»");

    // 2. The workbook's sheets.
    await frame.locator('#progress li[data-stage="sheets"][data-next]').waitFor();
    expect(await nextButton.textContent()).toBe("Создать листы книги");
    await nextButton.click();
    await frame.locator('#progress li[data-stage="roadmap"][data-next]').waitFor();
    await checkScreen(page, "«Обзор» after the sheets");

    // 3. The roadmap: the button opens the import with the cursor in the text box.
    await nextButton.click();
    await page.waitForFunction(() => {
      const doc = (document.getElementById("sidebar-frame") as HTMLIFrameElement).contentDocument;
      return doc?.activeElement?.id === "roadmap-text";
    });
    await frame.locator("#roadmap-text").fill(TALON);
    await frame.locator("#roadmap-preview-button").click();
    await frame.locator("#roadmap-preview-counts").waitFor();
    await checkScreen(page, "«Дорожная карта», the preview");
    await frame.locator("#roadmap-apply").click();
    await frame.locator("#roadmap-counts").waitFor();
    await checkScreen(page, "«Дорожная карта» after the import");
    // The workbench paints the sheet as Sheets would: the 2021 items are overdue by the import's colour rule.
    await page.click('.tabs button[data-sheet="Дорожная карта"]');
    // (The page redraws the grid after each call: the cell is looked up afresh until it is painted.)
    await page.waitForFunction(() => {
      const td = document.querySelector('table[data-sheet="Дорожная карта"] td[data-conditional]');
      return td !== null && getComputedStyle(td).backgroundColor === "rgb(244, 199, 195)";
    });
    await backToChecklist("bases");

    // 4. Contingent, then the indicators' targets: each button opens its paste box.
    expect(await nextButton.textContent()).toBe("Импортировать контингент");
    await nextButton.click();
    await frame.locator("#contingent-import-text").fill(CONTINGENT);
    await frame.locator("#contingent-import-run").click();
    await frame.locator("#contingent-import-result .msg").waitFor();
    await checkScreen(page, "«Показатели» after the contingent");
    await backToChecklist("bases");
    expect(await nextButton.textContent()).toBe("Импортировать целевые показатели");
    await nextButton.click();
    await frame.locator("#indicators-import-text").fill(readSample("indicators-sosh7.txt"));
    await frame.locator("#indicators-import-run").click();
    await frame.locator("#indicators-apply").waitFor();
    await checkScreen(page, "«Показатели», the targets' preview");
    await frame.locator("#indicators-apply").click();
    await frame.getByText(/найдено в каталоге/).waitFor();
    await checkScreen(page, "«Показатели» after the targets");
    await backToChecklist("forms");

    // 5. The questionnaires are made at once; then teachers answer them.
    await nextButton.click();
    await frame.locator("#forms-result .msg.ok").waitFor();
    await checkScreen(page, "«Анкеты» after creating them");
    const sheets = emu.spreadsheet.getSheets().map((s) => s.getName());
    const answers = sheets.filter((n) => n.startsWith("Ответы: "));
    expect(answers).toHaveLength(7);
    expect(sheets.slice(-7)).toEqual(answers);

    const ids = formIds(server.bench.bundle);
    const consent = (form: "mentor" | "mentee") => ({
      [title(form, "adult")]: "Да",
      [title(form, "consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
    });
    for (const [i, name] of ["Опытнова Анна Петровна", "Мудров Игорь Львович"].entries())
      emu.forms.submit(
        ids.mentor,
        {
          [title("mentor", "name")]: name,
          [title("mentor", "category")]: "педагог",
          [title("mentor", "birthDate")]: `${1980 - i}-03-0${i + 1}`,
          [title("mentor", "experience")]: String(20 + i),
          [title("mentor", "competencies")]: ["методика"],
          [title("mentor", "forms")]: ["учитель – учитель"],
          [title("mentor", "capacity")]: "2",
          [title("mentor", "contacts")]: `mentor${i}@school.example`,
          ...consent("mentor"),
        },
        { timestamp: NOW },
      );
    for (const [i, name] of ["Молодова Вера Сергеевна", "Новиков Пётр Андреевич", "Юнова Ольга Ивановна"].entries())
      emu.forms.submit(
        ids.mentee,
        {
          [title("mentee", "name")]: name,
          [title("mentee", "category")]: "педагог",
          [title("mentee", "birthDate")]: `${2002 - i}-05-1${i}`,
          [title("mentee", "experience")]: "1",
          [title("mentee", "requests")]: ["методика"],
          [title("mentee", "form")]: "учитель – учитель",
          ...consent("mentee"),
        },
        { timestamp: NOW },
      );
    await backToChecklist("pairs");

    // 6. Pairs: matching starts at once; the curator approves the proposals.
    expect(await nextButton.textContent()).toBe("Подобрать пары");
    await nextButton.click();
    await frame.locator("#match-summary").waitFor();
    await frame.locator("#approve-all").click();
    await frame.locator("#approve-all-confirm").click(); // «Утвердить все» asks first, naming the count
    await frame.getByText("Утверждено пар:", { exact: false }).first().waitFor();
    await checkScreen(page, "«Пары» after approving");
    await backToChecklist("meetings");

    // 7. Meetings: the button opens «Анкеты» with the forms' lists of pairs brought up to date.
    await nextButton.click();
    await frame.locator("#forms-result .msg.ok").waitFor();
    // Each participant answers through the personal link: the code says who it is (the forms list no names).
    const codeOf = (sheet: string, id: unknown) =>
      String(sheetRows(emu, sheet).find((r) => r["ID"] === id)?.["Личный код"]);
    const pair = sheetRows(emu, "Пары")[0];
    emu.forms.submit(
      ids.meeting,
      {
        [title("meeting", "code")]: codeOf("Наставники", pair["ID наставника"]),
        [title("meeting", "pair")]: String(pair["ID пары"]),
        [title("meeting", "date")]: "2026-11-18",
        [title("meeting", "type")]: "знакомство",
        [title("meeting", "rating")]: "9",
      },
      { timestamp: NOW },
    );
    expect(emu.spreadsheet.getSheetByName("Встречи")!.getLastRow()).toBe(2);
    await backToChecklist("monitoring");

    // 8. Monitoring: a mentee answers the satisfaction questionnaire.
    await nextButton.click();
    await frame.locator("#forms-body").waitFor();
    const mentee = sheetRows(emu, "Наставляемые")[0];
    const sat: Record<string, string> = {
      [title("satisfaction", "code")]: codeOf("Наставляемые", mentee["ID"]),
      [title("satisfaction", "overall")]: "8",
    };
    for (const k of ["satComfort", "satUsefulness", "satMeetings", "satGroupEvents", "satSupport", "satPlan"])
      sat[title("satisfaction", k)] = "8";
    sat[title("satisfaction", "satExpectations")] = "9";
    emu.forms.submit(ids.satisfaction, sat, { timestamp: NOW });
    await backToChecklist("report");

    // 9. The report.
    expect(await nextButton.textContent()).toBe("Построить отчёт");
    await nextButton.click();
    await frame.locator("#build-report").waitFor();
    await frame.locator(".msg.ok").waitFor();
    await checkScreen(page, "«Отчёт» built");
    expect(emu.spreadsheet.getSheetByName("Отчёт")).toBeTruthy();

    await frame.locator("#tab-overview").click();
    await frame.locator("#progress-title").getByText("сделано 9 из 9").waitFor();
    expect(await frame.locator("#progress li.done").count()).toBe(9);
    await checkScreen(page, "«Обзор», all done");
    expect(screens.length).toBeGreaterThanOrEqual(12);
  });
});
