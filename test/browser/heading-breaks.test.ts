/**
 * A Chinese heading (and a briefing slide's title) breaks between words, at its
 * punctuation when it can, never inside a word ("北京教育“十四五”规 | 划" was the h1 on a phone). Each
 * heading's lines are read from its characters' boxes across its text nodes
 * (a figure's kept run is a node of its own), and every break is checked in
 * Node against the word boundaries of Intl.Segmenter.
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";

let site: BuiltSite;
beforeAll(async () => {
  site = await openBuiltSite({needs: ["index.html"]});
});
afterAll(() => closeBuiltSite(site));

interface Heading {
  text: string;
  /** Where each line after the first starts, as an index into text. */
  starts: number[];
}

/** Runs in the page: every h1, h2, h3 and chart title shown (through open shadow roots), with its line starts. */
function headingLines(): Heading[] {
  const out: Heading[] = [];
  const roots: Array<Document | ShadowRoot> = [document];
  for (let root = roots.shift(); root; root = roots.shift()) {
    for (const el of root.querySelectorAll("*")) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const heading of root.querySelectorAll("h1, h2, h3, .chart-title")) {
      if (heading.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let text = "";
      const starts: number[] = [];
      let lastTop: number | null = null;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) {
          const at = text.length + i;
          if (/\s/.test(node.data[i])) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          if (lastTop !== null && rect.top > lastTop + rect.height / 2) starts.push(at);
          lastTop = rect.top;
        }
        text += node.data;
      }
      out.push({text, starts});
    }
  }
  return out;
}

/** Where keep-all lets a Chinese line break: at white space and around punctuation. */
const PHRASE_END = /[\s，。、：；！？）”’》」』】〕,.:;!?)\]（“‘《「『【〔([]/u;

/**
 * The breaks that fall inside a word, "规 | 划", unless forced: a line with no
 * punctuation or space in it is one phrase wider than the line, which must break
 * somewhere inside (overflow-wrap).
 */
function insideWords({text, starts}: Heading): string[] {
  const boundaries = new Set<number>([0, text.length]);
  for (const {index, segment} of new Intl.Segmenter("zh", {granularity: "word"}).segment(text)) {
    boundaries.add(index);
    boundaries.add(index + segment.length);
  }
  const lineStarts = [0, ...starts];
  return starts
    .filter((at, i) => !boundaries.has(at) && PHRASE_END.test(text.slice(lineStarts[i], at)))
    .map((at) => `${text.slice(Math.max(0, at - 8), at)} | ${text.slice(at, at + 8)}`);
}

describe("Chinese headings", () => {
  it.each([320, 375, 1280])("break between words at %i px", async (width) => {
    // The live page with every part in (chapters, comparisons): it draws what the static page drew.
    const {page, close} = await openPage(site.browser, site.server.url, {viewport: {width, height: 900}, hydrated: true, whole: true});
    try {
      const headings = (await page.evaluate(headingLines)) as Heading[];
      expect(headings.length).toBeGreaterThan(3);
      const h1 = headings.find((h) => h.text.startsWith("北京教育"));
      expect(h1?.starts.length, "the h1 wraps on a phone, not on a laptop").toSatisfy((n: number) => (width < 400 ? n > 0 : n === 0));
      expect(headings.flatMap(insideWords)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("Chinese slide titles", () => {
  // Seen: "2022年，入园率90%，达到目标；就 | 近入学率…" on slide 2 at 1024×768.
  it.each([1024, 1920])("break between words at %i px, on every slide", async (width) => {
    const {page, close} = await openPage(site.browser, `${site.server.url}?story=plan&step=1`, {viewport: {width, height: width === 1024 ? 768 : 1080}, ready: "bj-story h1.slide-title"});
    try {
      const steps = await page.locator("bj-story").evaluate((story) => Number(story.shadowRoot?.querySelector("progress")?.getAttribute("max") ?? 0));
      expect(steps).toBeGreaterThan(3);
      for (let step = 1; step <= steps; step++) {
        if (step > 1) {
          await page.keyboard.press("ArrowRight");
          await page.waitForFunction((n) => (document.querySelector("bj-story")?.shadowRoot?.querySelector("progress") as HTMLProgressElement | null)?.value === n, step);
          await page.locator("bj-story h1.slide-title").waitFor();
        }
        const title = ((await page.evaluate(headingLines)) as Heading[]).filter((h) => /[\u4e00-\u9fff]/.test(h.text));
        expect(title.length, `slide ${step}: a Chinese title`).toBeGreaterThan(0);
        expect(title.flatMap(insideWords), `slide ${step}`).toEqual([]);
      }
    } finally {
      await close();
    }
  });
});
