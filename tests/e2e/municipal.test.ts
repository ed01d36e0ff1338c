/**
 * The «Муниципалитет» view in Chromium: the demo school sends its snapshot and gets the file; the page
 * switches to the municipality's workbook, whose «Собрать данные» runs with a progress bar and lists
 * the school it could not read.
 */
import { browserSkipped } from "../support/browser";
import { openSidebar, useBrowserSession } from "../support/session";

const maybe = browserSkipped ? describe.skip : describe;

maybe("municipal view in Chromium", () => {
  // Four district schools (the fourth closed to the coordinator) and the demo school.
  const session = useBrowserSession({ district: 4 });

  it("sends the school's snapshot as a file, then collects the district with progress", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(15000);
    const frame = await openSidebar(page, server.url);
    await frame.locator('button[data-view="municipal"]').click();
    await frame.getByText("Снимок ещё не отправлялся.").waitFor();
    await frame.locator("#send-snapshot").click();
    await frame.locator("#snapshot-result .msg.ok").waitFor();
    const download = frame.locator("#snapshot-download");
    expect(await download.getAttribute("download")).toMatch(/^снимок-МБОУ-СОШ-3-г-Новоозёрска-\d{4}-\d\d-\d\d\.json$/);
    expect(await download.getAttribute("href")).toMatch(/^blob:/);

    const books = page.locator("#workbook");
    const municipality = await books.locator("option", { hasText: "наставничество" }).last().getAttribute("value");
    await books.selectOption(municipality!);
    await page.locator('.tabs button[data-sheet="Школы"]').waitFor();
    await frame.locator('button[data-view="municipal"]').click();
    await frame.locator("#collect").click();
    await frame.locator("#collect-result .msg.ok").waitFor();
    expect(await frame.locator("#collect-progress").textContent()).toBe("Прочитано школ: 5 из 5");
    expect(await frame.locator(".progress").getAttribute("aria-valuenow")).toBe("100");
    expect(await frame.locator("#collect-result").textContent()).toMatch(/получено снимков — 4 из 5/);
    const attention = await frame.locator("#attention li").allTextContents();
    expect(attention).toEqual([expect.stringMatching(/«Школы», строка 6: .*нет доступа/)]);
  });
});
