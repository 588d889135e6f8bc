/**
 * Component tests' side of the harness: the harness page in the run's shared
 * Chromium (built by ../global-setup.ts), and an element mounted on it alone
 * with the properties a test gives (plain data: a model made in the test).
 *
 *   const {page, close} = await openHarness(site.browser, {viewport: {width: 375, height: 800}});
 *   const menu = await mount(page, "bj-chart-menu", {chart, lang: "en", link: "…"});
 */
import type {Browser, BrowserContextOptions, Locator, Page} from "playwright-core";
import {inject} from "vitest";
import {newPage, type FreshPage} from "../page-helpers.ts";

/** The harness page, its elements defined, in a context of its own (reduced motion by default). */
export async function openHarness(browser: Browser, options: BrowserContextOptions = {}): Promise<FreshPage> {
  const opened = await newPage(browser, {reducedMotion: "reduce", ...options});
  await opened.page.goto(inject("components"));
  await opened.page.waitForFunction(() => (window as unknown as {harnessReady?: boolean}).harnessReady === true);
  return opened;
}

/** Creates `tag` with these properties, puts it on the stage (after what is there), and waits for its first render. */
export async function mount(page: Page, tag: string, properties: Record<string, unknown>, {id = tag}: {id?: string} = {}): Promise<Locator> {
  await page.evaluate(async ({tag, properties, id}) => {
    const el = Object.assign(document.createElement(tag), properties);
    el.id = id;
    document.getElementById("stage")!.append(el);
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  }, {tag, properties, id});
  return page.locator(`#stage > #${id}`);
}

/**
 * From now on, the events of these types that reach the window (they bubble
 * and cross shadow roots), seen before anyone handles them, with their detail.
 */
export async function recordEvents(page: Page, types: string[]): Promise<() => Promise<Array<{type: string; detail: unknown}>>> {
  await page.evaluate((types) => {
    const w = window as unknown as {__events: Array<{type: string; detail: unknown}>};
    w.__events = [];
    for (const type of types) addEventListener(type, (e) => w.__events.push({type, detail: JSON.parse(JSON.stringify((e as CustomEvent).detail ?? null, (k, v) => (v instanceof Node ? `<${v.nodeName}>` : v)))}), true);
  }, types);
  return () => page.evaluate(() => (window as unknown as {__events: Array<{type: string; detail: unknown}>}).__events.splice(0));
}
