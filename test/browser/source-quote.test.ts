/**
 * A link to a quote (`?view=source&doc=…#q-<observation>`) singles it out in
 * the source view: its figure is the one `aria-current` mark and has focus
 * (so a screen reader reads on from there), the whole quote is ringed (a
 * shape, not only a colour) and on screen; opened cold or followed from the
 * data view. The shell's landing is part of it, so this runs on the built site.
 */
import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Observation} from "../../src/schema/dataset.ts";
import {closeBuiltSite, DIST, openBuiltSite, type BuiltSite} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";

const PRESCHOOL = "plan-2021/preschool-enrolment-rate-2025";
let site: BuiltSite;
let observations: Observation[];

beforeAll(async () => {
  site = await openBuiltSite({needs: ["index.html", "data/observations.json"]});
  observations = JSON.parse(readFileSync(new URL("data/observations.json", DIST), "utf8"));
});
afterAll(() => closeBuiltSite(site));

const noSpace = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, "");

/** What the source view singles out, once focus has landed: the current marks, the focused element, the ring, what is on screen. */
function singledOut(page: Page) {
  return page.evaluate(() => {
    const current = [...document.querySelectorAll("bj-source-view [aria-current=true]")];
    const ring = document.querySelector("bj-source-view .source-text .linked");
    const style = ring && getComputedStyle(ring);
    const box = current[0]?.getBoundingClientRect();
    return {
      current: current.map((el) => `${el.localName}#${el.id}`),
      focused: document.activeElement?.id ?? "",
      ring: style ? {style: style.outlineStyle, width: parseFloat(style.outlineWidth)} : null,
      quote: ring?.textContent ?? "",
      onScreen: !!box && box.top >= 0 && box.bottom <= innerHeight
    };
  });
}

async function expectSingledOut(page: Page, id: string) {
  const o = observations.find((x) => x.observation_id === id)!;
  await expect.poll(() => singledOut(page).then((s) => s.focused)).toBe(`q-${id}`);
  const seen = await singledOut(page);
  expect(seen.current).toEqual([`mark#q-${id}`]);
  expect(seen.ring).toEqual({style: "solid", width: 3});
  expect(noSpace(seen.quote)).toContain(noSpace(o.quote));
  expect(seen.onScreen).toBe(true);
  // Focus on the figure's mark (tabindex=-1): the next Tab goes to its link, a reader's next stop.
  expect(await page.locator(`bj-source-view mark[id="q-${id}"]`).getAttribute("tabindex")).toBe("-1");
}

describe("a link to a quote", () => {
  for (const [lang, width] of [["zh", 375], ["en", 1280]] as const) {
    it(`opened cold, singles the quote out (${lang}, ${width} px)`, async () => {
      const query = lang === "en" ? "&lang=en" : "";
      const {page, errors, close} = await openPage(site.browser, `${site.server.url}?view=source&doc=plan-2021${query}#q-${PRESCHOOL}`, {viewport: {width, height: 800}, ready: "bj-source-view mark"});
      try {
        await expectSingledOut(page, PRESCHOOL);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it("followed from the data view, singles out that row's quote", async () => {
    const {page, errors, close} = await openPage(site.browser, `${site.server.url}?view=data&lang=en`, {viewport: {width: 1280, height: 800}, ready: "bj-data-view tbody tr[data-observation]"});
    try {
      const row = page.locator('bj-data-view tbody tr[data-observation]:has(a[href*="view=source"])').nth(3);
      const id = (await row.getAttribute("data-observation"))!;
      await row.locator('a[href*="view=source"]').click();
      await expectSingledOut(page, id);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
