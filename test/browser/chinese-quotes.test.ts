/**
 * Chinese sets its quotation marks full width (“十四五”), English narrow: the page takes Chinese
 * quotes, and only those, from a Chinese face (src/styles/theme.css). Checked on the static page,
 * before any script, and on the live page, in regular and bold text, and on the English page, whose
 * quotes must stay narrow. Run `npm run build` first.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";

let site: BuiltSite;
beforeAll(async () => {
  site = await openBuiltSite({needs: ["index.html", "en/index.html"]});
});
afterAll(() => closeBuiltSite(site));

interface Quote {
  /** The quote mark with a few characters either side. */
  at: string;
  weight: string;
  /** The language its element is in. */
  lang: string;
  /** Its advance as a share of its font size: about 1 full width, about 0.3–0.5 narrow. */
  em: number;
}

/** Runs in the page: every curly quote shown in the text of the elements `selector` matches, with its width in em. */
function quotesIn(page: Page, selector: string): Promise<Quote[]> {
  return page.evaluate((selector) => {
    const out: Quote[] = [];
    const range = document.createRange();
    for (const el of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const style = getComputedStyle(node.parentElement!);
        for (let i = 0; i < node.data.length; i++) {
          if (!/[“”‘’]/.test(node.data[i])) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const width = range.getBoundingClientRect().width;
          // Not shown: the live page's copy, still hidden while the static one stands.
          if (width === 0) continue;
          const lang = node.parentElement!.closest("[lang]")?.getAttribute("lang") ?? "";
          out.push({at: node.data.slice(Math.max(0, i - 3), i + 4), weight: style.fontWeight, lang, em: width / parseFloat(style.fontSize)});
        }
      }
    }
    return out;
  }, selector);
}

const wide = (quotes: Quote[]) => quotes.filter((q) => q.em >= 0.85);
const notWide = (quotes: Quote[]) => quotes.filter((q) => q.em < 0.85);

describe("quotation marks", () => {
  it.each([
    ["the static page", false],
    ["the live page", true]
  ])("are full width in Chinese, in regular and bold text: %s", async (_name, hydrated) => {
    const {page, close} = await openPage(site.browser, site.server.url, {viewport: {width: 375, height: 800}, hydrated});
    try {
      // The headline is bold, the dek regular; both name “十四五”.
      const quotes = (await quotesIn(page, "h1, p.dek")).filter((q) => q.lang.startsWith("zh"));
      expect(new Set(quotes.map((q) => q.weight)).size, JSON.stringify(quotes)).toBeGreaterThan(1);
      expect(notWide(quotes), JSON.stringify(quotes)).toEqual([]);
      expect(quotes.length).toBeGreaterThanOrEqual(4);
    } finally {
      await close();
    }
  });

  it("stay narrow in English", async () => {
    const {page, close} = await openPage(site.browser, `${site.server.url}en/`, {viewport: {width: 1280, height: 800}, hydrated: true, whole: true});
    try {
      // A source's sentence quoted in Chinese on the English page is set as Chinese.
      const quotes = (await quotesIn(page, "main")).filter((q) => q.lang.startsWith("en"));
      expect(quotes.length).toBeGreaterThan(3);
      expect(wide(quotes), JSON.stringify(quotes)).toEqual([]);
    } finally {
      await close();
    }
  });
});
