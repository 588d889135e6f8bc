/**
 * Pages of the built site in Chromium, for tests and scripts alike (Node only,
 * no test runner): a page in a context of its own with its errors collected,
 * a settled page, the whole explainer drawn. The tests' assertions on top of
 * these live in test/browser/page-helpers.ts.
 */
import type {Browser, BrowserContext, BrowserContextOptions, Page} from "playwright-core";

/** Console errors and uncaught exceptions of a page, collected as they happen (into a list several pages may share). */
export function collectErrors(page: Page, {into = [], label = ""}: {into?: string[]; label?: string} = {}): string[] {
  page.on("console", (message) => {
    if (message.type() === "error") into.push(`${label}console.error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => into.push(`${label}pageerror: ${error.message}`));
  return into;
}

export interface FreshPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, as they happen. */
  errors: string[];
  close(): Promise<void>;
}

/** A page in a context of its own (so viewport, colour scheme and downloads are its own), its errors collected. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<FreshPage> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, ...options});
  const page = await context.newPage();
  return {context, page, errors: collectErrors(page), close: () => context.close()};
}

/** Fonts loaded and a few frames drawn, so ResizeObserver redraws have happened. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });
}

/** The live page, rendered and with the static page gone. */
export const HYDRATED = "bj-edu-app .app-root:not([hidden])";

/**
 * The whole explainer, as a reader who scrolls down gets it: what follows the
 * scoreboard loads as its placeholder comes near the screen and is drawn a
 * block per task; this brings the placeholder near (again at each poll, as a
 * reader keeps scrolling), then waits until the explainer says it is whole
 * (its footer is the last block).
 */
export async function wholeExplainer(page: Page): Promise<void> {
  await page.waitForSelector("bj-explainer main#main");
  await page.waitForFunction(() => {
    const explainer = document.querySelector("bj-explainer");
    explainer?.querySelector(".rest-pending")?.scrollIntoView({block: "start"});
    return explainer?.querySelector("footer.footer") != null;
  }, undefined, {polling: 100});
  await page.evaluate(() => (document.querySelector("bj-explainer") as unknown as {fullyRendered: Promise<void>}).fullyRendered);
  await settle(page);
}
