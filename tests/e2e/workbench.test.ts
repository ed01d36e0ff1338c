/**
 * The workbench page (`npm start`) in Chromium on the demo school: the curator edits cells as in Sheets.
 * A hand swap of a mentor in «Пары» goes through the emulator as a person's edit, fires the add-on's
 * onEdit, and the page shows the pair re-scored and the add-on's toast, which goes away by itself.
 * Checkboxes and dropdowns come from data validation; the formula bar edits a cell and the formulas
 * that read it recalculate; a script's prompt is answered in the page;
 * «Новая демо-школа» asks before it replaces the workbook. «Обзор» shows the year's figures, and the
 * report built from the panel gives its conclusions and the check in one line.
 */
import vm from "node:vm";
import type { Page } from "playwright-core";
import { browserSkipped } from "../support/browser";
import { openSidebar, useBrowserSession } from "../support/session";

jest.setTimeout(120000);

const maybe = browserSkipped ? describe.skip : describe;

/** Column letter of a header in the page's frozen row. */
async function columnOf(page: Page, sheet: string, header: string): Promise<string> {
  const cells = page.locator(`table[data-sheet="${sheet}"] tr.header td[data-cell]`);
  const texts = await cells.allTextContents();
  const index = texts.indexOf(header);
  expect(index).toBeGreaterThanOrEqual(0);
  return (await cells.nth(index).getAttribute("data-cell"))!.replace(/\d+$/, "");
}

const cellText = (page: Page, sheet: string, a1: string) =>
  page.locator(`table[data-sheet="${sheet}"] td[data-cell="${a1}"]`).textContent();

maybe("the workbench page in Chromium", () => {
  const session = useBrowserSession({ seed: 2026 });

  it("swaps a mentor by hand in «Пары»: the pair is re-scored and the toast times out", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(20000);
    await page.clock.install();
    await page.goto(server.url);
    await page.click('.tabs button[data-sheet="Пары"]');
    await page.locator('table[data-sheet="Пары"]').waitFor();

    // A current pair of «ученик – ученик» gets the mentor of another such pair (ended pairs stay as they were).
    const ss = server.bench.emulator.spreadsheet;
    const rows = ss.getSheetByName("Пары")!.getDataRange().getDisplayValues();
    const header = rows[0];
    const col = (name: string) => header.findIndex((h) => h.startsWith(name));
    const pupils = rows
      .map((r, i) => ({ r, row: i + 1 }))
      .filter(({ r }) => r[col("Форма")] === "ученик – ученик" && ["активна", "утверждена"].includes(r[col("Статус")]));
    const target = pupils[0];
    const other = pupils.find(({ r }) => r[col("ID наставника")] !== target.r[col("ID наставника")])!;
    const newMentor = other.r[col("ID наставника")];
    const mentorName = other.r[col("Наставник")];
    const before = { score: target.r[col("Совместимость")], reasons: target.r[col("Обоснование")] };

    const idCol = await columnOf(page, "Пары", "ID наставника");
    const nameCol = await columnOf(page, "Пары", "Наставник");
    const reasonsCol = await columnOf(page, "Пары", "Обоснование");
    const scoreCol = await columnOf(page, "Пары", "Совместимость (0–100)");
    await page.click(`table[data-sheet="Пары"] td[data-cell="${idCol}${target.row}"]`);
    expect(await page.inputValue("#name-box")).toBe(`${idCol}${target.row}`);
    expect(await page.inputValue("#formula-input")).toBe(target.r[col("ID наставника")]);
    await page.keyboard.type(newMentor);
    await page.keyboard.press("Enter");

    // onEdit re-scored the row: the mentor's name, score and reasons follow the new mentor.
    await page.locator("#toast").getByText(`Строка ${target.row}:`).waitFor();
    await page.waitForFunction(([sel, name]) => document.querySelector(sel)?.textContent === name, [
      `table[data-sheet="Пары"] td[data-cell="${nameCol}${target.row}"]`,
      mentorName,
    ] as const);
    expect(await cellText(page, "Пары", `${idCol}${target.row}`)).toBe(newMentor);
    const after = {
      score: await cellText(page, "Пары", `${scoreCol}${target.row}`),
      reasons: await cellText(page, "Пары", `${reasonsCol}${target.row}`),
    };
    expect(after).not.toEqual(before);
    expect(ss.getSheetByName("Пары")!.getRange(`${scoreCol}${target.row}`).getDisplayValue()).toBe(after.score);
    // The selection moved down, as after Enter in Sheets.
    expect(await page.inputValue("#name-box")).toBe(`${idCol}${target.row + 1}`);

    // The add-on asked for a 10-second toast: it goes away by itself.
    await page.clock.fastForward(11000);
    await page.locator("#toast").waitFor({ state: "hidden" });
  });

  it("shows checkboxes and dropdowns from data validation, and edits through them", async () => {
    const { server, page } = session;
    await page.click('.tabs button[data-sheet="Наставляемые"]');
    await page.locator('table[data-sheet="Наставляемые"]').waitFor();
    const sheet = server.bench.emulator.spreadsheet.getSheetByName("Наставляемые")!;
    const consent = await columnOf(page, "Наставляемые", "Согласие ПДн");
    const box = page.locator(`td[data-cell="${consent}2"] input[type=checkbox]`);
    const was = await box.isChecked();
    await box.click();
    await page.waitForFunction(
      ([sel, value]) => (document.querySelector(sel) as HTMLInputElement | null)?.checked === value,
      [`td[data-cell="${consent}2"] input[type=checkbox]`, !was] as const,
    );
    expect(sheet.getRange(`${consent}2`).getValue()).toBe(!was);

    const form = await columnOf(page, "Наставляемые", "Желаемая форма");
    await page.click(`td[data-cell="${form}3"]`);
    await page.keyboard.press("Enter");
    const list = page.locator(`td[data-cell="${form}3"] select`);
    expect(await list.locator("option").allTextContents()).toEqual(expect.arrayContaining(["учитель – учитель"]));
    await list.selectOption("учитель – учитель");
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent === "учитель – учитель",
      `td[data-cell="${form}3"]`,
    );
    expect(sheet.getRange(`${form}3`).getValue()).toBe("учитель – учитель");
  });

  it("edits through the formula bar: a contingent figure changes and the indicators' formulas follow", async () => {
    const { server, page } = session;
    const ss = server.bench.emulator.spreadsheet;
    const kpi = ss.getSheetByName("Показатели")!;
    const kpiRows = kpi.getDataRange().getDisplayValues();
    const factCol = kpiRows[0].indexOf("Факт");
    const kpiRow = kpiRows.findIndex((r) => r[0] === "mentees_10_18") + 1;
    const factBefore = kpiRows[kpiRow - 1][factCol];
    const contingent = ss.getSheetByName("Контингент")!.getDataRange().getValues();
    const row = contingent.findIndex((r) => String(r[0]) === "1.4") + 1;
    const pupils = Number(contingent[row - 1][2]);
    expect(pupils).toBeGreaterThan(0);

    await page.click('.tabs button[data-sheet="Контингент"]');
    await page.click(`table[data-sheet="Контингент"] td[data-cell="C${row}"]`);
    expect(await page.inputValue("#formula-input")).toBe(String(pupils));
    await page.fill("#formula-input", String(pupils * 2));
    await page.press("#formula-input", "Enter");
    await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent === text, [
      `table[data-sheet="Контингент"] td[data-cell="C${row}"]`,
      String(pupils * 2),
    ] as const);

    // «Факт» is a formula over the contingent: the page shows it in the bar, and its new value.
    await page.click('.tabs button[data-sheet="Показатели"]');
    const fact = `table[data-sheet="Показатели"] td[data-cell="${String.fromCharCode(65 + factCol)}${kpiRow}"]`;
    await page.click(fact);
    expect(await page.inputValue("#formula-input")).toMatch(/^=.*\bCMN_SHARE\(/);
    const factAfter = kpi.getRange(kpiRow, factCol + 1).getDisplayValue();
    expect(factAfter).not.toBe(factBefore);
    expect(await page.locator(fact).textContent()).toBe(factAfter);
  });

  it("answers a script's prompt in the page, and asks before replacing the workbook", async () => {
    const { server, page } = session;
    // A menu item whose function asks a question, as an add-on may.
    vm.runInContext(
      `function askName() {
        var ui = SpreadsheetApp.getUi();
        var answer = ui.prompt("Знакомство", "Как вас зовут?", ui.ButtonSet.OK_CANCEL);
        if (answer.getSelectedButton() === ui.Button.OK)
          SpreadsheetApp.getActiveSpreadsheet().toast("Здравствуйте, " + answer.getResponseText() + "!");
      }`,
      server.bench.bundle.context,
    );
    server.bench.emulator.ui.menus.push({
      title: "Проверка диалогов",
      addon: false,
      items: [{ kind: "item", caption: "Представиться", functionName: "askName" }],
    });
    await page.reload();
    await page.click('[data-menu="Проверка диалогов"]');
    await page.click('[data-fn="askName"]');
    await page.locator('[role="dialog"]').getByText("Как вас зовут?").waitFor();
    await page.fill("#dialog-input", "Анна");
    await page.click('[data-answer="OK"]');
    await page.locator("#toast").getByText("Здравствуйте, Анна!").waitFor();
    expect(server.bench.emulator.ui.dialogs.at(-1)).toMatchObject({ answer: { button: "OK", text: "Анна" } });

    const name = server.bench.emulator.spreadsheet.getName();
    await page.click("#reset");
    await page.locator('[role="dialog"]').getByText(`Книга «${name}» будет заменена`).waitFor();
    await page.click('[data-answer="NO"]');
    await page.locator('[role="dialog"]').waitFor({ state: "detached" });
    // Nothing was replaced: the prompt's toast is still the workbook's latest.
    expect(server.bench.emulator.ui.toasts.at(-1)?.message).toBe("Здравствуйте, Анна!");
  });

  it("shows the year's figures on «Обзор», and the report's conclusions with the check in one line", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(30000);
    const frame = await openSidebar(page, server.url);
    // «Обзор» shows the year's figures, proposals apart from pairs.
    await frame.locator("#overview-figures").waitFor();
    expect(await frame.locator("#overview-figures p").first().textContent()).toMatch(/^2026-2027 учебный год/);
    expect(Number(await frame.locator('[data-stat="pairs"] b').textContent())).toBeGreaterThan(0);
    expect(await frame.locator('[data-stat="proposals"]').textContent()).toBe("0предложено");
    await frame.locator("#tab-report").click();
    await frame.locator("#build-report").click();
    await frame.locator(".msg.ok", { hasText: "построен на листе «Отчёт»" }).waitFor();
    // Each section's conclusion, and the check in one line with a link to «Проверка».
    expect(await frame.locator("#report-conclusions li").count()).toBe(6);
    expect(await frame.locator("#report-conclusions li").first().textContent()).toMatch(/показател/);
    expect(await frame.locator("#report-check").textContent()).toMatch(/^Проверка книги: \d+ (ошиб|предупрежд)/);
    await frame.locator("#report-open-check").click();
    await frame.locator('#tab-check[aria-selected="true"]').waitFor();
  });
});
