/**
 * Dialogs that follow the reader: a link inside the quote dialog that changes
 * the view closes it (by mouse or keyboard), and Back from there returns to
 * the view without the dialog; Back with a dialog open closes the dialog and
 * stays on the view; a dialog closed with Escape leaves no history entry
 * behind. Run `npm run build` first.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "./built-site.ts";
import {chartMenuAction, openPage} from "./page-helpers.ts";

const MARK = "bj-chart-figure#chart-scoreboard svg#plot-scoreboard a[data-observation]";
const QUOTE = "bj-provenance-panel dialog";
let site: BuiltSite;

beforeAll(async () => {
  site = await openBuiltSite();
});
afterAll(() => closeBuiltSite(site));

const isOpen = (page: Page, dialog: string) => page.locator(dialog).evaluate((d) => (d as HTMLDialogElement).open).catch(() => false);
const search = (page: Page) => new URL(page.url()).search;

/** The explainer, after a first page in the tab (so Back has somewhere to go), the quote of the first mark open. */
async function withQuoteOpen(key: "mouse" | "keyboard") {
  const opened = await openPage(site.browser, `${site.server.url}en/`, {hydrated: true, ready: MARK});
  const {page} = opened;
  const mark = page.locator(MARK).first();
  if (key === "mouse") await mark.click();
  else await (await mark.focus(), page.keyboard.press("Enter"));
  await page.locator(`${QUOTE}[open] blockquote`).waitFor();
  return opened;
}

describe("the quote dialog", () => {
  for (const key of ["mouse", "keyboard"] as const) {
    it(`closes when its link to the full source is followed (${key}); Back returns to the explainer without it`, async () => {
      const {page, errors, close} = await withQuoteOpen(key);
      try {
        const before = search(page);
        const link = page.locator(`${QUOTE} a`).last();
        if (key === "mouse") await link.click();
        else await (await link.focus(), page.keyboard.press("Enter"));
        await page.locator("bj-source-view mark").first().waitFor();
        expect(new URL(page.url()).searchParams.get("view")).toBe("source");
        await expect.poll(() => isOpen(page, QUOTE)).toBe(false);
        await page.goBack();
        await expect.poll(() => search(page)).toBe(before);
        await page.locator(MARK).first().waitFor();
        expect(await isOpen(page, QUOTE)).toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it("closes on Back and stays on the view; closed with Escape, it leaves no history entry behind", async () => {
    const {page, errors, close} = await withQuoteOpen("mouse");
    try {
      const url = page.url();
      const length = await page.evaluate(() => history.length);
      await page.goBack();
      await expect.poll(() => isOpen(page, QUOTE)).toBe(false);
      expect(page.url()).toBe(url);
      // Opened again and closed with Escape: the history is as it was.
      await page.locator(MARK).first().click();
      await page.locator(`${QUOTE}[open] blockquote`).waitFor();
      await page.keyboard.press("Escape");
      await expect.poll(() => isOpen(page, QUOTE)).toBe(false);
      await expect.poll(() => page.evaluate(() => (history.state as Record<string, unknown> | null)?.bjDialog)).toBeUndefined();
      expect(page.url()).toBe(url);
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(length);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("the embed dialog", () => {
  it("closes on Back and stays on the view", async () => {
    const {page, errors, close} = await openPage(site.browser, site.server.url, {hydrated: true, ready: MARK});
    try {
      const url = page.url();
      await chartMenuAction(page, "#chart-scoreboard", "embed");
      await page.locator("bj-embed-dialog dialog[open]").waitFor();
      await page.goBack();
      await expect.poll(() => isOpen(page, "bj-embed-dialog dialog")).toBe(false);
      expect(page.url()).toBe(url);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
