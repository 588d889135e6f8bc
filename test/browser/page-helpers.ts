/**
 * What browser test files share on top of tools/page.ts (which scripts use too): a page opened and
 * ready, axe with a readable report, a download's bytes, a chart's menu used as a reader uses it.
 */
import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {AxeBuilder} from "@axe-core/playwright";
import type {Browser, BrowserContextOptions, Locator, Page} from "playwright-core";
import {expect} from "vitest";
import {HYDRATED, newPage, settle, wholeExplainer, type FreshPage} from "../../tools/page.ts";

export {collectErrors, HYDRATED, newPage, settle, wholeExplainer, type FreshPage} from "../../tools/page.ts";

/** axe-core at WCAG 2.2 AA finds nothing; a failure lists each violation with where it is. */
export async function expectNoAxeViolations(page: Page, label: string, {include}: {include?: string} = {}): Promise<void> {
  // Every WCAG 2.x A and AA rule axe has (wcag21a included: label-in-name), and its best practices.
  const axe = new AxeBuilder({page})
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    // Only violations fail a test: every node of them is still reported, while passes and the like keep one
    // node a rule, sparing axe a unique selector for each of the page's thousands of passing nodes.
    .options({resultTypes: ["violations"]})
    // A page of one frame is checked in place (axe.run): the default opens a blank page in the context to merge
    // each frame's partial results, which costs more than the audit itself. With frames, the default, so that a
    // frame of another origin is checked too (legacy mode checks frames of the page's own origin only).
    // On the whole explainer the two together take 2.5–3 s, not 6–7 s.
    .setLegacyMode(page.frames().length === 1);
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

/**
 * A file the page downloads when `click` runs: its suggested name, its path on disk and its bytes.
 * Saved by the test (the shared Chromium is another process, whose own copy a test cannot read).
 */
export async function download(page: Page, click: () => Promise<unknown>): Promise<{name: string; path: string; bytes: Buffer}> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  expect(await file.failure()).toBeNull();
  const path = join(mkdtempSync(join(tmpdir(), "bj-download-")), file.suggestedFilename());
  await file.saveAs(path);
  return {name: file.suggestedFilename(), path, bytes: readFileSync(path)};
}

/**
 * Brings a chart into view and waits until the live page has drawn it at its column's width; `inChart`
 * is its SVG or something in it (a mark). A figure holds the static page's drawing, or the build's
 * narrower one, until the live page's part arrives and the chart nears the screen, and is redrawn then:
 * a click on a mark of a drawing about to be replaced can land on nothing. The element may be replaced
 * while it is brought into view (the redraw it waits for): each look finds it afresh and scrolls to it.
 */
export async function settledChart(inChart: Locator): Promise<void> {
  await expect.poll(() => inChart.evaluate((el) => {
    el.scrollIntoView({block: "nearest"});
    const svg = el.closest("svg")!;
    // The live figure (a static copy's element has no drawing of its own), its drawing at the width it is shown.
    const figure = (svg.getRootNode() as ShadowRoot).host as (Element & {drawn?: boolean}) | undefined;
    return figure?.drawn === true && Math.abs(svg.viewBox.baseVal.width - svg.getBoundingClientRect().width) <= 4;
  }).catch(() => false)).toBe(true);
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

/**
 * What the page writes to the clipboard, once the browser has taken it (the
 * real `writeText` resolved). Read this, not the clipboard: the clipboard is
 * the whole browser's, and other files' pages in the run's one Chromium copy
 * at the same moment. Null until the page copies something.
 */
export async function recordClipboard(page: Page): Promise<() => Promise<string | null>> {
  await page.evaluate(() => {
    const w = window as unknown as {__copied: string | null};
    w.__copied = null;
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = async (text: string) => {
      await write(text);
      w.__copied = text;
    };
  });
  return () => page.evaluate(() => (window as unknown as {__copied: string | null}).__copied);
}
