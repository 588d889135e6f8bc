/**
 * The printed handout's titles (bj-story-handout, mounted alone with the
 * published story and printed: print media at the printable width of A4 and
 * US Letter): the cover's title, its list of findings and every step's title
 * break between phrases, never inside a word: a Chinese line ends only after
 * punctuation (or before an opening mark), an English one at a space.
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "../built-site.ts";
import {mount, openHarness} from "./mount.ts";
import {publishedStory} from "./published-story.ts";

/** Printable widths in CSS pixels: the paper less page.css's 15 mm side margins (as story-handout.test.ts). */
const PRINTABLE = {A4: Math.floor(((210 - 30) / 25.4) * 96), Letter: Math.floor(((215.9 - 30) / 25.4) * 96)};

let site: BuiltSite;
beforeAll(async () => (site = await openBuiltSite({needs: ["data/page/en/stories/plan.json"]})));
afterAll(() => closeBuiltSite(site));

/** Each title's lines as drawn, and the places a line was broken where the text allows none. */
function titleBreaks() {
  const root = document.querySelector("bj-story-handout")!.shadowRoot!;
  const bad: string[] = [];
  let broken = 0;
  for (const el of root.querySelectorAll(".cover h1, .cover li, section.step h2")) {
    const chars: Array<{ch: string; top: number}> = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) chars.push({ch: node.textContent![i], top: rect.top});
      }
    }
    for (let i = 1; i < chars.length; i++) {
      if (chars[i].top - chars[i - 1].top < 4) continue;
      broken++;
      const [before, after] = [chars[i - 1].ch, chars[i].ch];
      if (!/[\s，。、：；！？）”’,.:;!?)]/u.test(before) && !/[\s“‘（(]/u.test(after)) bad.push(`${el.localName}: …${chars.slice(Math.max(0, i - 6), i).map((c) => c.ch).join("")}|${chars.slice(i, i + 6).map((c) => c.ch).join("")}…`);
    }
  }
  return {broken, bad};
}

describe("the handout's titles", () => {
  for (const lang of ["zh", "en"] as const) {
    for (const [paper, width] of Object.entries(PRINTABLE)) {
      it(`break between phrases only, printed on ${paper} in ${lang}`, async () => {
        const {page, close} = await openHarness(site.browser, {viewport: {width, height: 1000}});
        try {
          await page.emulateMedia({media: "print"});
          await mount(page, "bj-story-handout", {model: publishedStory(lang), lang, options: {perPage: 1, presenter: "", occasion: "", date: ""}});
          await page.evaluate(() => document.fonts.ready);
          const {broken, bad} = await page.evaluate(titleBreaks);
          expect(bad).toEqual([]);
          // Some title is long enough to take two lines: the check has looked at a break.
          expect(broken).toBeGreaterThan(0);
        } finally {
          await close();
        }
      });
    }
  }
});
