/**
 * The explainer printed (Ctrl+P, or a PDF) before a reader has scrolled to every chart: each chart
 * is drawn for the print, not left as the empty space it keeps until it nears the screen; no printed
 * page ends on a heading, or on a heading and the paragraph that leads into its chart or table; and the
 * tracker's sort buttons are not printed.
 * Run `npm run build` before running this file alone.
 */
import {join} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {messagesFor} from "../../src/i18n/messages.ts";
import {builtSiteWithFolder} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";
import {pagesText, squash} from "./support/pdf-text.ts";

const site = builtSiteWithFolder("bj-print-");

/** Each chart figure's id, and whether it holds a drawing (the live page's or the build's). */
const drawings = (page: Page) =>
  page.locator("bj-explainer bj-chart-figure").evaluateAll((figures) => figures.map((f) => ({id: f.id, drawn: f.shadowRoot?.querySelector(".plot svg") != null})));

/** The page emulating print, once every chart is drawn for it. */
async function printMedia(page: Page): Promise<void> {
  await page.emulateMedia({media: "print"});
  await expect.poll(async () => (await drawings(page)).filter((f) => !f.drawn).map((f) => f.id)).toEqual([]);
}

/**
 * In the page, as printed (print media): each heading the print shows (the explainer's h2 and h3, and
 * each chart's title in its figure's shadow root), in the order printed, with the first words printed
 * after it, past a lead-in (the heading's one paragraph before what it introduces: a chart, a table, a
 * list). A page must not fall between the two.
 */
function headingsAndWhatFollows(explainer: Element): Array<{heading: string; next: string}> {
  // Few enough to fit on a printed line: pdftotext may read what a page draws between two lines of a heading (a chart) in between them.
  const WORDS = 14;
  // Printed: not hidden, not a screen reader's 1 px, not parked off the page (the skip link until focused).
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return el.checkVisibility() && box.width > 1 && box.height > 1 && box.right > 0;
  };
  const letters = (text: string) => text.replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g, "").length;
  /**
   * The words an element's text starts with, up to WORDS letters, as far as they run on in one line of
   * text: pdftotext reads a box that is laid out as a whole (a figure in a sentence, an inline block) apart.
   */
  const words = (el: Element): string => {
    let text = "";
    let done = false;
    const walk = (node: Node) => {
      for (const child of ((node instanceof Element && node.shadowRoot) || node).childNodes) {
        if (done || letters(text) >= WORDS) return;
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
        else if (child instanceof Element && shown(child)) {
          if (getComputedStyle(child).display === "inline") walk(child);
          else done = text.trim() !== "";
        }
      }
    };
    walk(el);
    // Cut at the WORDS-th letter.
    let count = 0;
    const end = [...text].findIndex((c) => letters(c) > 0 && ++count > WORDS);
    return (end < 0 ? text : [...text].slice(0, end).join("")).trim();
  };
  /** The first words printed inside an element: those of its first block of text (a table's caption, not its caption and its header cells). */
  const firstWords = (el: Element): string => {
    const first = (node: Node): Element | null => {
      for (const child of ((node instanceof Element && node.shadowRoot) || node).childNodes) {
        if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) return child.parentElement;
        const found = child instanceof Element && shown(child) ? first(child) : null;
        if (found) return found;
      }
      return null;
    };
    let block = first(el);
    while (block && block !== el && getComputedStyle(block).display.startsWith("inline") && block.parentElement) block = block.parentElement;
    return block ? words(block) : "";
  };
  const nextShown = (el: Element) => {
    let next = el.nextElementSibling;
    while (next && !shown(next)) next = next.nextElementSibling;
    return next;
  };
  const headings = [...explainer.querySelectorAll("h2, h3, bj-chart-figure")].flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll(".chart-title")] : [el]));
  return headings.filter(shown).flatMap((heading) => {
    const next = nextShown(heading);
    const past = next?.localName === "p" ? (nextShown(next) ?? next) : next;
    return past ? [{heading: firstWords(heading), next: firstWords(past)}] : [];
  });
}

describe("printing the explainer", () => {
  it("draws every chart for the print, those never scrolled to included", async () => {
    const {page, close} = await openPage(site.browser, site.server.url, {viewport: {width: 375, height: 812}, hydrated: true});
    try {
      // The rest's part loads once the page is idle; the reader stays at the top.
      await page.locator("bj-explainer footer.footer").waitFor({state: "attached"});
      const before = await drawings(page);
      expect(before.length, "chart figures on the page").toBeGreaterThan(2);
      expect(before.filter((f) => !f.drawn).length, "charts not yet drawn at the top of a phone's page").toBeGreaterThan(0);
      await printMedia(page);
      const pdf = await page.pdf({format: "A4"});
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await close();
    }
  });

  // Seen: the scoreboard's heading and lead-in at a page's foot, its chart overleaf (zh), and the tracker's, its table overleaf (en).
  // A4 where Chinese is read; English on both A4 and US Letter (its readers use either).
  it.each([
    ["zh", 1280, "A4", ""],
    ["en", 1280, "A4", "en/"],
    ["en", 1280, "Letter", "en/"],
    ["zh", 375, "A4", ""],
    ["en", 375, "Letter", "en/"]
  ] as const)("%s printed from %d px wide on %s: every heading on the page of what follows it, and no sort buttons", async (lang, width, format, path) => {
    const {page, close} = await openPage(site.browser, site.server.url + path, {viewport: {width, height: 900}, hydrated: true, whole: true});
    try {
      await printMedia(page);
      const pairs = await page.locator("bj-explainer").evaluate(headingsAndWhatFollows);
      expect(pairs.length, "headings printed").toBeGreaterThan(10);
      const file = join(site.dir, `${lang}-${width}-${format}.pdf`);
      await page.pdf({path: file, format});
      const pages = pagesText(file);
      const text = pages.join("");
      // No control a reader of paper cannot use: the tracker's row of sort buttons (its filters are hidden too).
      expect(text.includes(squash(messagesFor(lang).tracker.sortRow)), "the tracker's sort row printed").toBe(false);
      const starts = pages.map((_, i) => pages.slice(0, i).join("").length);
      const pageAt = (at: number) => starts.findLastIndex((start) => start <= at) + 1;
      const apart: string[] = [];
      // Each heading is looked for after the one before it (a phrase may come again in a table), what follows it after it.
      let from = 0;
      for (const {heading, next} of pairs) {
        const at = text.indexOf(squash(heading), from);
        expect(at, `"${heading}" printed`).toBeGreaterThanOrEqual(0);
        const after = text.indexOf(squash(next), at + squash(heading).length);
        expect(after, `"${next}" printed after "${heading}"`).toBeGreaterThanOrEqual(0);
        if (pageAt(at) !== pageAt(after)) apart.push(`"${heading}" on page ${pageAt(at)}, "${next}" on page ${pageAt(after)}`);
        from = at + 1;
      }
      expect(apart).toEqual([]);
    } finally {
      await close();
    }
  });
});
