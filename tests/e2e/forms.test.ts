/**
 * The «Анкеты» view in Chromium against the emulator: a refused answer whose text carries markup and a
 * script is shown literally as text in the latest log entries; nothing runs (no dialog), and the forms
 * are listed with links that open in a new tab.
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
});
