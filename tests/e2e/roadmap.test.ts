/**
 * The roadmap view in Chromium against the emulator: paste a real sample, import, see the rows in the
 * page's grid, and follow a link of the overdue list to its row.
 */
import { browserSkipped } from "../support/browser";
import { openSidebar, useBrowserSession } from "../support/session";
import { readSample } from "../support/samples";

const maybe = browserSkipped ? describe.skip : describe;

maybe("roadmap view in Chromium", () => {
  // Today is 21.11.2026 (startWorkbench's clock): every dated item of the 2021–2022 sample is overdue.
  const session = useBrowserSession({ demo: false });

  it("imports a pasted sample, shows its rows and links an overdue item to its row", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(10000);
    const frame = await openSidebar(page, server.url);
    await frame.locator("#setup-workbook").click();
    await frame.locator(".msg.ok").waitFor();

    await frame.locator('button[data-view="roadmap"]').click();
    await frame.locator("#roadmap-text").waitFor();
    await frame.getByText("Лист «Дорожная карта» пока пуст.").waitFor();
    await frame.locator("#roadmap-text").fill(readSample("roadmap-oosh-talon.txt"));
    await frame.locator("#roadmap-import").click();
    await frame.locator("#roadmap-counts").waitFor();
    expect(await frame.locator("#roadmap-counts").textContent()).toBe(
      "Добавлено: 35 · обновлено: 0 · без изменений: 0",
    );

    // The page shows the roadmap sheet with its rows.
    const grid = page.locator('table[data-sheet="Дорожная карта"]');
    await grid.locator("tr", { hasText: "Формирование долгосрочной базы наставников" }).waitFor();
    const firstRow = await grid.locator("tr").nth(2).locator("td").allTextContents();
    expect(firstRow.slice(1, 7)).toEqual([
      "1.1",
      "Подготовка условий для запуска программы наставничества",
      expect.stringMatching(/^Информирование педагогического/),
      "Сентябрь 2021",
      "01.09.2021",
      "30.09.2021",
    ]);
    expect(firstRow[11]).toBe("просрочено");

    // The overdue list: all 35 items; the link of 4.1 selects its row.
    expect(await frame.locator("#roadmap-lists h2").first().textContent()).toBe("Просрочено (35)");
    const link = frame.locator("#roadmap-overdue a", { hasText: "Пункт 4.1 ·" });
    const row = Number(await link.getAttribute("data-row"));
    await link.click();
    // The grid may still show the previous selection: wait until the selected cell is in row 4.1.
    const activeRow = grid.locator("tr", { has: page.locator("td.active"), hasText: "Оценка участников-наставников" });
    await activeRow.waitFor();
    expect(await activeRow.locator("td").nth(1).textContent()).toBe("4.1");
    expect(await activeRow.locator("td").first().textContent()).toBe(String(row));
  });
});
