/**
 * «Документы» in the real sidebar on the demo school: the list of documents, one click makes the order
 * on the curator's appointment, its state and link appear, and the link opens the emulated Google Doc as
 * text in the workbench.
 */
import { browserSkipped } from "../support/browser";
import { openSidebar, useBrowserSession } from "../support/session";

const maybe = browserSkipped ? describe.skip : describe;

maybe("«Документы» in the sidebar", () => {
  const session = useBrowserSession();

  it("lists the documents, makes one in a click, and opens it", async () => {
    const { server, page } = session;
    // The workbench page redraws the grid after every call, and a demo-sized snapshot takes seconds.
    page.setDefaultTimeout(40000);
    const frame = await openSidebar(page, server.url);
    await frame.locator('button[data-view="documents"]').click();
    const items = frame.locator("#documents-list > li");
    await items.first().waitFor();
    expect(await items.count()).toBe(8);
    expect(await frame.locator("#documents-date").inputValue()).toBe("2026-11-21");
    const curator = frame.locator('li[data-document="curator-order"]');
    expect(await curator.textContent()).toContain("ещё не создан");
    expect(await curator.textContent()).toContain("Приказ о назначении куратора");

    await curator.locator('button[data-kind="curator-order"]').click();
    await frame
      .locator(".msg.ok", { hasText: "Документ «Приказ о назначении куратора — 21.11.2026» создан" })
      .waitFor();
    const made = frame.locator('li[data-document="curator-order"]');
    await made.locator(".badge.green", { hasText: "актуален" }).waitFor();
    expect(await made.textContent()).toContain("создан 21.11.2026");

    const [doc] = await Promise.all([
      page.context().waitForEvent("page"),
      made.locator("a", { hasText: "Открыть" }).click(),
    ]);
    await doc.locator("#document-text").waitFor();
    const text = (await doc.locator("#document-text").textContent()) ?? "";
    expect(text).toContain("О назначении куратора внедрения целевой модели наставничества");
    expect(text).toContain("№ ______ от 21 ноября 2026 г.");
    expect(await doc.locator("small").textContent()).toMatch(/папка «Документы ЦМН — /);
  });
});
