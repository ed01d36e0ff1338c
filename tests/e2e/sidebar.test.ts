/**
 * The real built sidebar in Chromium, against the emulator: a curator opens the panel from the menu,
 * runs a command, and sees the workbook change.
 */
import { browserSkipped } from "../support/browser";
import { openSidebar, useBrowserSession } from "../support/session";
import { startWorkbench } from "../support/server";

// Browser tests drive the whole stack (build, emulator, HyperFormula, Chromium): give them room on a busy machine.
jest.setTimeout(120000);

const maybe = browserSkipped ? describe.skip : describe;

maybe("sidebar in Chromium", () => {
  const session = useBrowserSession({ demo: false });

  it("opens from the add-on menu and creates the workbook's sheets", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(30000);
    const frame = await openSidebar(page, server.url);
    await frame.locator("#setup-workbook").waitFor();
    await frame.getByText("В книге нет листов", { exact: false }).waitFor();

    await frame.locator("#setup-workbook").click();
    // Wait for the message itself: the panel re-renders after the call, so a located element may be replaced.
    await frame.locator(".msg.ok", { hasText: /создано листов — \d+/ }).waitFor();

    // The page re-reads the workbook after each call: the new sheets appear as tabs.
    await page.locator('.tabs button[data-sheet="Дорожная карта"]').waitFor();
    await page.click('.tabs button[data-sheet="Наставники"]');
    await page.locator('table[data-sheet="Наставники"]').waitFor();
    const header = await page.locator('table[data-sheet="Наставники"] tr.header td').allTextContents();
    expect(header).toEqual(expect.arrayContaining(["ID", "ФИО (или код)", "Согласие ПДн"]));
    expect(server.bench.emulator.spreadsheet.getSheetByName("Наставники")).toBeTruthy();
  });

  it("builds the monitoring report from the sidebar on the demo school", async () => {
    const { browser } = session;
    const demo = await startWorkbench({ seed: 5 });
    const tab = await browser.newPage();
    tab.setDefaultTimeout(30000);
    try {
      await tab.goto(demo.url);
      await tab.click('[data-menu="Наставничество (ЦМН)"]');
      await tab.click('[data-fn="showSidebar"]');
      const frame = tab.frameLocator("#sidebar-frame");
      await frame.locator('[data-view="report"]').click();
      await frame.locator("#build-report").click();
      await frame.locator(".msg.ok", { hasText: "построен на листе «Отчёт»" }).waitFor();
      // The script activated «Отчёт»: the page follows it and shows the report's title.
      await tab.locator('table[data-sheet="Отчёт"]').waitFor();
      expect(await tab.locator('table[data-sheet="Отчёт"] tr').nth(1).textContent()).toContain(
        "Отчёт о реализации целевой модели наставничества",
      );
    } finally {
      await tab.close();
      await demo.close();
    }
  });
});
