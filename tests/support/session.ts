/**
 * What every browser test file needs: one Chromium, one workbench (the `npm start` server) and one page,
 * started before its tests and closed after; and the curator's way into the sidebar, through the menu.
 */
import type { Browser, FrameLocator, Page } from "playwright-core";
import type { AppOptions } from "../../emulator/app";
import { launchBrowser } from "./browser";
import { startWorkbench } from "./server";

export interface BrowserSession {
  browser: Browser;
  server: Awaited<ReturnType<typeof startWorkbench>>;
  page: Page;
}

export function useBrowserSession(options: AppOptions = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.server = await startWorkbench(options);
    session.page = await session.browser.newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** Open the page and the sidebar from the add-on menu, as a curator would. */
export async function openSidebar(page: Page, url: string): Promise<FrameLocator> {
  await page.goto(url);
  await page.click('[data-menu="Наставничество (ЦМН)"]');
  await page.click('[data-fn="showSidebar"]');
  return page.frameLocator("#sidebar-frame");
}
