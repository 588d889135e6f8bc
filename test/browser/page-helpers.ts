/** What every browser test file needs: errors collected as they happen, a settled page, axe with a readable report. */
import {readFileSync} from "node:fs";
import {AxeBuilder} from "@axe-core/playwright";
import type {Browser, BrowserContext, BrowserContextOptions, Locator, Page} from "playwright-core";
import {expect} from "vitest";

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

/** axe-core at WCAG 2.2 AA finds nothing; a failure lists each violation with where it is. */
export async function expectNoAxeViolations(page: Page, label: string, {include}: {include?: string} = {}): Promise<void> {
  // Every WCAG 2.x A and AA rule axe has (wcag21a included: label-in-name), and its best practices.
  const axe = new AxeBuilder({page}).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]);
  const results = await (include ? axe.include(include) : axe).analyze();
  const report = results.violations.map(
    (v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n` +
      v.nodes.slice(0, 4).map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary?.split("\n").join(" / ")}`).join("\n") +
      (v.nodes.length > 4 ? `\n    … and ${v.nodes.length - 4} more` : "")
  );
  expect(results.violations.length, `axe violations in ${label}:\n${report.join("\n")}`).toBe(0);
}

export interface OpenOptions extends BrowserContextOptions {
  /** A selector to wait for once the page has loaded (default: none). */
  ready?: string;
  /** Wait until the live page has replaced the static one (default: false). */
  hydrated?: boolean;
  /** Run before any script of the page (in every frame of the context). */
  initScript?: () => void;
  /** On the explainer: load and draw all of it, not only the first screen (default: false). */
  whole?: boolean;
}

/** The live page, rendered and with the static page gone. */
export const HYDRATED = "bj-edu-app .app-root:not([hidden])";

/**
 * The whole explainer, as a reader who scrolls down gets it: what follows the
 * scoreboard loads as its placeholder comes near the screen and is drawn a
 * block per task; this brings the placeholder near, then waits until the
 * explainer says it is whole (its footer is the last block).
 */
export async function wholeExplainer(page: Page): Promise<void> {
  await page.waitForSelector("bj-explainer main#main");
  await expect
    .poll(async () => {
      const pending = page.locator("bj-explainer .rest-pending");
      if (await pending.count()) await pending.first().evaluate((el) => el.scrollIntoView({block: "start"})).catch(() => {});
      return page.locator("bj-explainer footer.footer").count();
    }, {timeout: 15000, interval: 100})
    .toBe(1);
  await page.evaluate(() => (document.querySelector("bj-explainer") as unknown as {fullyRendered: Promise<void>}).fullyRendered);
  await settle(page);
}

/**
 * Opens a URL in a page of its own (reduced motion and downloads on by default),
 * waits for what the test says the page is ready with, and lets it settle.
 */
export async function openPage(browser: Browser, url: string, {ready, hydrated = false, initScript, whole = false, ...options}: OpenOptions = {}): Promise<FreshPage> {
  const opened = await newPage(browser, {reducedMotion: "reduce", acceptDownloads: true, ...options});
  if (initScript) await opened.context.addInitScript(initScript);
  await opened.page.goto(url);
  if (hydrated) {
    await opened.page.waitForSelector(HYDRATED, {state: "attached"});
    await opened.page.waitForSelector("#prerendered", {state: "detached"});
  }
  if (ready) await opened.page.waitForSelector(ready);
  if (whole) await wholeExplainer(opened.page);
  await settle(opened.page);
  return opened;
}

/** A file the page downloads when `click` runs: its suggested name, its path on disk and its bytes. */
export async function download(page: Page, click: () => Promise<unknown>): Promise<{name: string; path: string; bytes: Buffer}> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  expect(await file.failure()).toBeNull();
  const path = (await file.path())!;
  return {name: file.suggestedFilename(), path, bytes: readFileSync(path)};
}

/** What a chart's menu offers: its downloads, its link to copy, and the embed dialog. */
export type ChartMenuAction = "csv" | "svg" | "png" | "embed" | "copy-link";

/**
 * Opens the menu of the chart figure `figure` (a selector that reaches a
 * bj-chart-figure, through shadow roots) and clicks one of its items, as a
 * reader does; returns the item. The item is found only once the menu says it
 * is open, so a test can never click one a reader could not see.
 */
export async function chartMenuAction(page: Page, figure: string, action: ChartMenuAction): Promise<Locator> {
  const menu = page.locator(`${figure} bj-chart-menu`);
  const toggle = menu.locator("button[aria-expanded]");
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
  const item = menu.locator(action === "embed" ? "button[data-embed]" : action === "copy-link" ? "button[data-copy-link]" : `button[data-download=${action}]`);
  await item.click();
  return item;
}
