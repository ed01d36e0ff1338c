/**
 * The «Анкеты» view in Chromium against the emulator: a refused answer whose text carries markup and a
 * script is shown literally as text in the latest log entries; nothing runs (no dialog), and the forms
 * are listed with links that open in a new tab. Personal links, possible duplicates and the history are
 * listed as text, the links export as CSV, and a duplicate is kept apart from the panel.
 */
import { browserSkipped } from "../support/browser";
import { useBrowserSession } from "../support/session";
import { createForms, formIds, seedBases, title } from "../../fixtures/forms";

const maybe = browserSkipped ? describe.skip : describe;

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";

maybe("«Анкеты» view in Chromium", () => {
  const session = useBrowserSession({ demo: false });

  it("shows a log entry holding markup and a script as plain text, and no dialog fires", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(30000);
    const { emulator: emu, bundle } = server.bench;
    bundle.run("setupWorkbook", {});
    seedBases(emu, 3, 3, 2);
    createForms(bundle);
    const ids = formIds(bundle);
    const t = (k: string) => title("mentee", k);
    // A birth date of this year is refused: the whole answer, markup included, goes to the log.
    emu.forms.submit(
      ids.mentee,
      {
        // Free text shown in the excerpt (names are not: pseudonymous mode is the default).
        [t("name")]: "Тестова Анна",
        [t("category")]: "педагог",
        [t("birthDate")]: "2026-01-01",
        [t("subject")]: IMG,
        [t("requests")]: ["методика", SCRIPT],
        [t("adult")]: "Да",
        [t("consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
      },
      { timestamp: new Date("2026-11-21T10:00:00+03:00") },
    );

    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url);
    await page.click('[data-menu="Наставничество (ЦМН)"]');
    await page.click('[data-fn="menuCreateForms"]');
    const frame = page.frameLocator("#sidebar-frame");
    const log = frame.locator("#forms-log li").first();
    await log.waitFor();
    const excerpt = await log.locator(".excerpt").textContent();
    expect(excerpt).toContain(IMG);
    expect(excerpt).toContain(SCRIPT);
    expect(await log.locator(".reason").textContent()).toContain("2026-01-01");
    // Text, not elements: no <img> or <script> was made from the answer.
    expect(await frame.locator("#forms-log img").count()).toBe(0);
    expect(await frame.locator("#forms-log script").count()).toBe(0);
    await frame.getByText(IMG, { exact: false }).first().waitFor();
    // The seven forms with links that open in a new tab.
    const links = frame.locator("a[data-form]");
    expect(await links.count()).toBe(7);
    expect(await links.first().getAttribute("target")).toBe("_blank");
    // Nothing could fire later either: no element anywhere in the panel carries an inline handler, and
    // no script holds the answer's text (a fixed wait for a dialog would prove less, slower).
    expect(await frame.locator("[onerror], [onload], [onclick]").count()).toBe(0);
    const scripts = await frame.locator("script").allTextContents();
    expect(scripts.filter((text) => text.includes("alert("))).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it("lists personal links, a possible duplicate and the history as text; «Разные люди» closes the entry", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(10000);
    const { emulator: emu, bundle } = server.bench;
    const ids = formIds(bundle);
    const t = (k: string) => title("mentee", k);
    const namesake = (grade: string) => ({
      [t("name")]: IMG,
      [t("category")]: "обучающийся",
      [t("grade")]: grade,
      [t("birthDate")]: "2013-03-10",
      [t("requests")]: ["математика"],
      [t("adult")]: "Нет",
      [t("guardianName")]: "Родитель",
      [t("consentGuardian")]: "Да, я — родитель (законный представитель) и даю согласие",
    });
    const when = { timestamp: new Date("2026-11-21T10:00:00+03:00") };
    emu.forms.submit(ids.mentee, namesake("7А"), when);
    emu.forms.submit(ids.mentee, namesake("7Б"), when);
    // Names shown in the panel: the curator switched pseudonymous mode off.
    const settings = emu.spreadsheet.getSheetByName("Настройки")!;
    const labels = settings
      .getRange(2, 1, settings.getLastRow() - 1, 1)
      .getValues()
      .map((r) => r[0]);
    settings.getRange(2 + labels.indexOf("Режим псевдонимов"), 2).setValue("нет");

    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url);
    await page.click('[data-menu="Наставничество (ЦМН)"]');
    await page.click('[data-fn="menuCreateForms"]');
    const frame = page.frameLocator("#sidebar-frame");

    await frame.locator(".tabs button", { hasText: "Анкеты" }).click();
    const duplicate = frame.locator("#duplicates-list li").first();
    await duplicate.waitFor();
    expect(await duplicate.textContent()).toContain("НЯ-0005 похож на НЯ-0004");
    expect(await duplicate.textContent()).toContain("класс: 7А → 7Б");
    expect(await duplicate.textContent()).toContain(`${IMG} / ${IMG}`);

    await frame.locator("#links-show").click();
    const entries = frame.locator("#links-list li");
    await entries.first().waitFor();
    expect(await entries.count()).toBe(8);
    const ivan = frame.locator('#links-list li[data-id="НЯ-0004"]');
    expect(await ivan.textContent()).toContain(IMG);
    expect(await ivan.locator("a").count()).toBe(5);
    expect(await frame.locator("#links-csv").getAttribute("download")).toBe("personal-links.csv");

    await duplicate.locator('[data-action="apart"]').click();
    await frame.locator("#duplicates-list").waitFor({ state: "detached" });
    expect(bundle.run("listDuplicates", {})).toMatchObject({ pending: 0 });
    expect(await frame.locator("#forms-history").textContent()).toContain("История изменений");
    // Text, not elements: the name made no <img> anywhere in the panel, and nothing ran.
    expect(await frame.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
