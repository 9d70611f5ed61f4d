import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export { type RunningServer, startServer } from "../support/server";

const ROOT = new URL("../..", import.meta.url).pathname;
/** Debian's chromium (apt-get install chromium); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Where screenshots go: test artifacts, ignored by git. */
export const SCREENSHOTS = join(ROOT, "test-results", "screenshots");

export interface OfflineBrowser {
  browser: Browser;
  context: BrowserContext;
  /** Every request the pages tried to make off the loopback interface (each was aborted). */
  blocked: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Headless Chromium with the network cut off: every request that does not go to the loopback
 * interface is aborted and recorded, so a page that needed anything from outside would show it.
 */
export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH).`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const context = await browser.newContext({ serviceWorkers: "block", locale: "en-GB" });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === "http:" || url.protocol === "https:") && LOOPBACK.has(url.hostname)) return route.continue();
    if (url.protocol === "data:" || url.protocol === "about:") return route.continue();
    blocked.push(url.href);
    return route.abort("internetdisconnected");
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    browser,
    context,
    blocked,
    newPage: async (viewport = { width: 1280, height: 900 }) => {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      return page;
    },
  };
}

/** Saves a full-page screenshot of `page` as `name`.png among the test artifacts. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
