/**
 * The roadmap view in Chromium against the emulator: paste a real sample, see the preview (nothing
 * written yet), import, see the rows in the page's grid, follow a link of the overdue list to its row; then
 * a fragment without a header: the preview says how its columns were read, a column changed by the
 * curator re-reads it, and «Отменить импорт» gives the roadmap back.
 */
import { browserSkipped } from "../support/browser";
import { openSidebar, useBrowserSession } from "../support/session";
import { readSample } from "../../fixtures/samples";

const maybe = browserSkipped ? describe.skip : describe;

const FRAGMENT = [
  "8.1\tАнкетирование выпускников программы наставничества\tмай 2022\tПедагог-психолог\tАналитическая справка",
  "8.2\tПубликация лучших практик на сайте школы\tиюнь 2022\tЗаместитель директора по ВР\tПубликация",
].join("\n");

maybe("roadmap view in Chromium", () => {
  // Today is 21.11.2026 (startWorkbench's clock): every dated item of the 2021–2022 sample is overdue.
  const session = useBrowserSession({ demo: false });

  it("previews a pasted sample, imports it, shows its rows and links an overdue item to its row", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(30000);
    const frame = await openSidebar(page, server.url);
    await frame.locator("#setup-workbook").click();
    await frame.locator(".msg.ok").waitFor();

    await frame.locator('button[data-view="roadmap"]').click();
    await frame.locator("#roadmap-text").waitFor();
    await frame.getByText("Лист «Дорожная карта» пока пуст.").waitFor();
    await frame.locator("#roadmap-text").fill(readSample("roadmap-oosh-talon.txt"));
    await frame.locator("#roadmap-preview-button").click();
    await frame.locator("#roadmap-preview-counts").waitFor();
    expect(await frame.locator("#roadmap-preview-counts").textContent()).toBe(
      "Новых: 35 · изменится: 0 · без изменений: 0 · нет в документе: 0",
    );
    const first = frame.locator('#roadmap-preview-items li.preview-item[data-number="1.1"]');
    expect(await first.textContent()).toContain("Москвина Т.Н., директор школы");
    expect(await first.textContent()).toContain("01.09.2021 – 30.09.2021");
    // Nothing is written before the curator confirms.
    const grid = page.locator('table[data-sheet="Дорожная карта"]');
    expect(await grid.locator("tr", { hasText: "Информирование педагогического" }).count()).toBe(0);

    await frame.locator("#roadmap-apply").click();
    await frame.locator("#roadmap-counts").waitFor();
    expect(await frame.locator("#roadmap-counts").textContent()).toBe(
      "Добавлено: 35 · обновлено: 0 · без изменений: 0",
    );
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
    // The section is shown once, on its first row.
    const secondRow = await grid.locator("tr").nth(3).locator("td").allTextContents();
    expect(secondRow.slice(1, 3)).toEqual(["1.2", ""]);

    // The overdue list: all 35 items; the link of 4.1 selects its row.
    await frame.locator("#roadmap-lists h2").first().waitFor();
    expect(await frame.locator("#roadmap-lists h2").first().textContent()).toBe("Просрочено (35)");
    const link = frame.locator("#roadmap-overdue a", { hasText: "Пункт 4.1 ·" });
    const row = Number(await link.getAttribute("data-row"));
    await link.click();
    const activeRow = grid.locator("tr", { has: page.locator("td.active"), hasText: "Оценка участников-наставников" });
    await activeRow.waitFor();
    expect(await activeRow.locator("td").nth(1).textContent()).toBe("4.1");
    expect(await activeRow.locator("td").first().textContent()).toBe(String(row));
  });

  it("reads a fragment without a header, lets the curator change a column, and undoes the import", async () => {
    const { page } = session;
    const frame = page.frameLocator("#sidebar-frame");
    const grid = page.locator('table[data-sheet="Дорожная карта"]');
    await frame.locator("#roadmap-text").fill(FRAGMENT);
    await frame.locator("#roadmap-preview-button").click();
    await frame.locator("#roadmap-preview .msg.warn").waitFor();
    expect(await frame.locator("#roadmap-preview .msg.warn").first().textContent()).toBe(
      "Заголовок не найден, столбцы определены по содержимому: № · Мероприятие · Срок · Ответственные · Результат. Проверьте их и при необходимости поправьте.",
    );
    expect(await frame.locator("#roadmap-preview-counts").textContent()).toBe(
      "Новых: 2 · изменится: 0 · без изменений: 0 · нет в документе: 35",
    );
    // The curator says the last column is not to be imported: the preview is read again.
    await frame.locator('#roadmap-columns select[data-column="4"]').selectOption("");
    await frame.getByText("Столбцы заданы вручную: № · Мероприятие · Срок · Ответственные.").waitFor();
    expect(await frame.locator('#roadmap-preview-items li[data-number="8.1"]').textContent()).not.toContain(
      "Результат:",
    );

    await frame.locator("#roadmap-apply").click();
    await frame.locator("#roadmap-counts").waitFor();
    await grid.locator("tr", { hasText: "Публикация лучших практик" }).waitFor();

    await frame.locator("#roadmap-undo-button").click();
    await frame.getByText(/Импорт от .* отменён/).waitFor();
    await grid.locator("tr", { hasText: "Формирование долгосрочной базы наставников" }).waitFor();
    expect(await grid.locator("tr", { hasText: "Публикация лучших практик" }).count()).toBe(0);
  });
});
