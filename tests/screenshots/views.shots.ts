/**
 * `npm run screenshots`: every view of the panel at 300 px, on an empty workbook and on the demo school,
 * into screenshots/ (ignored by git) for a person to review. Not part of `npm test`; it prints what the
 * layout check finds on each view (tests/support/layout.ts) and fails if anything is found.
 */
import fs from "node:fs";
import path from "node:path";
import type { Frame, Page } from "playwright-core";
import { panelProblems } from "../support/layout";
import { openSidebar, useBrowserSession } from "../support/session";
import { startWorkbench } from "../support/server";

jest.setTimeout(300000);

const OUT = path.resolve(__dirname, "../../screenshots");
/** What to click on a view before the shot, so it shows its results. */
const ACTIONS: Record<string, { click: string; wait: string }> = {
  pairs: { click: "#match-run", wait: "#match-summary" },
  check: { click: "#check-workbook", wait: "#check-result .msg" },
  report: { click: "#build-report", wait: ".msg.ok" },
};

const panel = (page: Page): Frame => page.frames().find((f) => new URL(f.url()).pathname === "/sidebar")!;

describe("screenshots of the panel at 300 px", () => {
  const session = useBrowserSession({ demo: false });
  const found: string[] = [];

  beforeAll(() => fs.mkdirSync(OUT, { recursive: true }));
  afterAll(() => {
    if (found.length) process.stdout.write(`${found.join("\n")}\n`);
  });

  async function shoot(page: Page, name: string): Promise<void> {
    await page.locator("#sidebar").screenshot({ path: path.join(OUT, `${name}.png`) });
    for (const p of await panelProblems(panel(page))) found.push(`${name}: ${p}`);
  }

  async function everyView(page: Page, prefix: string): Promise<void> {
    const frame = page.frameLocator("#sidebar-frame");
    await frame.locator("#tab-overview").waitFor();
    // Every tab the panel has, in its order (views other features add included).
    const views = (await frame.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.id))).map((id) =>
      id.replace(/^tab-/, ""),
    );
    for (const [i, view] of views.entries()) {
      await frame.locator(`#tab-${view}`).click();
      await frame.locator("#status").getByText("Готово").waitFor();
      const action = ACTIONS[view];
      if (action && prefix === "demo") {
        await frame.locator(action.click).click();
        await frame.locator(action.wait).first().waitFor();
      }
      await shoot(page, `${prefix}-${i + 1}-${view}`);
    }
  }

  it("shoots every view of an empty workbook and of the demo school", async () => {
    const { server, page } = session;
    page.setDefaultTimeout(120000);
    // Tall enough that the panel shows a whole view.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await openSidebar(page, server.url);
    await everyView(page, "empty");

    const demo = await startWorkbench({ seed: 2026 });
    try {
      await openSidebar(page, demo.url);
      await everyView(page, "demo");
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.click('.tabs button[data-sheet="Отчёт"]');
      await page.locator(".chart canvas").waitFor();
      await page.screenshot({ path: path.join(OUT, "demo-workbench-report.png") });
    } finally {
      await demo.close();
    }
    expect(found).toEqual([]);
  });
});
