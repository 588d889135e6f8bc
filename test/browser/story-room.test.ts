/**
 * A story in a room (dist/, real Chromium): at 1920×1080, 1366×768, 1280×720
 * and 1024×768 every step fills the screen without scrolling, its chart (with
 * its legend and source line) takes at least half the slide, and at 1920×1080
 * no text on the slide is under 24 px. Steps move their marks unless reduced
 * motion is asked for, reveal no status before an actual, and a key press
 * leaves no focus ring. Run `npm run build` before running this file alone.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type Served} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";
import {storySteps} from "./support/story-steps.ts";

const SCREENS = [[1920, 1080], [1366, 768], [1280, 720], [1024, 768]] as const;
const STEPS = storySteps("plan");
const TOTAL = STEPS.length;

let browser: Browser;
let server: Served;

beforeAll(async () => ({browser, server} = await openBuiltSite()));
afterAll(() => closeBuiltSite({browser}));

/** The slide's chart is drawn for this step (its marks are the step's). */
async function slideDrawn(page: Page, step: number): Promise<void> {
  await page.waitForFunction((id) => {
    const svg = document.querySelector("bj-story")?.shadowRoot?.querySelector("bj-chart-figure")?.shadowRoot?.querySelector("svg.indicator-chart");
    return svg?.id === `plot-story-plan-${id}` && svg.getBoundingClientRect().width > 0;
  }, STEPS[step - 1]);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

/** Sizes of what a reader sees on the slide: scrolling, the figure's share of the screen, the smallest text. */
function measureSlide() {
  const story = document.querySelector("bj-story")!.shadowRoot!;
  const figure = story.querySelector("bj-chart-figure")!;
  const box = figure.getBoundingClientRect();
  const texts: Array<{text: string; size: number}> = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.closest(".visually-hidden") || el.closest("bj-story-handout")) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const r = el.getBoundingClientRect();
      if (!own || r.width === 0 || r.height === 0 || getComputedStyle(el).visibility !== "visible") continue;
      // Text in an SVG drawn at a design width and scaled: its size on screen.
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
      const scale = svg && svg.viewBox.baseVal.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
      texts.push({text: el.textContent!.trim().slice(0, 40), size: parseFloat(getComputedStyle(el).fontSize) * scale});
    }
  };
  walk(story);
  const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a));
  return {
    scrolls: document.documentElement.scrollHeight > innerHeight + 1 || document.documentElement.scrollWidth > innerWidth + 1,
    share: (box.width * box.height) / (innerWidth * innerHeight),
    inside: box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5,
    texts: texts.length,
    smallest
  };
}

describe("slides that fit", () => {
  it.each(SCREENS.map(([w, h]) => [`${w}×${h}`, w, h] as const))("every step at %s: no scroll, the chart half the slide or more, text at least 24 px at 1920×1080", async (_, width, height) => {
    for (const lang of ["zh", "en"] as const) {
      const {page, errors, close} = await openPage(browser, `${server.url}?story=plan&step=1${lang === "en" ? "&lang=en" : ""}`, {viewport: {width, height}});
      try {
        for (let step = 1; step <= TOTAL; step++) {
          if (step > 1) await page.keyboard.press("ArrowRight");
          await slideDrawn(page, step);
          const m = await page.evaluate(measureSlide);
          const where = `${lang} ${width}×${height} step ${step}`;
          expect(m.scrolls, `${where} scrolls`).toBe(false);
          expect(m.inside, `${where}: the chart leaves the screen`).toBe(true);
          expect(m.share, `${where}: chart share`).toBeGreaterThanOrEqual(0.5);
          if (width === 1920) expect(m.smallest.size, `${where}: "${m.smallest.text}"`).toBeGreaterThanOrEqual(24);
          expect(m.texts, where).toBeGreaterThan(10);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});

describe("steps that move, and reveal only what they talk about", () => {
  it("moves the marks that stay and fades in the new ones; with reduced motion, nothing animates", async () => {
    for (const reducedMotion of ["no-preference", "reduce"] as const) {
      const {page, close} = await openPage(browser, `${server.url}?story=plan&step=1&lang=en`, {viewport: {width: 1280, height: 720}, reducedMotion});
      try {
        await slideDrawn(page, 1);
        await page.keyboard.press("ArrowRight");
        const keys = await page.waitForFunction(() => {
          const root = document.querySelector("bj-story")!.shadowRoot!.querySelector("bj-chart-figure")!.shadowRoot!;
          return new URLSearchParams(location.search).get("step") === "2" && root.querySelector("svg [data-key^='tick:plan-2021/nearby']")
            ? root.getAnimations().map((a) => ((a.effect as KeyframeEffect).target as Element).getAttribute("data-key") ?? "")
            : null;
        }, undefined, {polling: "raf"});
        const animated = (await keys.jsonValue()) as string[];
        if (reducedMotion === "reduce") expect(animated).toEqual([]);
        else {
          // The axis under the new lane moves down; the target enters; the baseline, whose place does not change, stays still.
          expect(animated).toEqual(expect.arrayContaining(["axis:nearby-enrolment-rate", "tick:plan-2021/nearby-enrolment-rate-2025", "label:plan-2021/nearby-enrolment-rate-2025"]));
          expect(animated).not.toContain("dot:plan-2021/nearby-enrolment-rate-2020");
        }
      } finally {
        await close();
      }
    }
  });

  it("shows no status until the step that reveals the actuals, and leaves no focus ring on the heading", async () => {
    const {page, close} = await openPage(browser, `${server.url}?story=plan&step=1&lang=en`, {viewport: {width: 1280, height: 720}});
    try {
      const statuses = () => page.evaluate(() => document.querySelector("bj-story")!.shadowRoot!.querySelector("bj-chart-figure")!.shadowRoot!.querySelectorAll(".status-key, .chart-note").length);
      await slideDrawn(page, 1);
      expect(await statuses()).toBe(0);
      await page.keyboard.press("ArrowRight");
      await slideDrawn(page, 2);
      expect(await statuses()).toBe(0);
      const focus = await page.evaluate(() => {
        const h1 = document.querySelector("bj-story")!.shadowRoot!.activeElement as HTMLElement;
        return {tag: h1?.localName, outline: getComputedStyle(h1).outlineStyle};
      });
      expect(focus).toEqual({tag: "h1", outline: "none"});
      await page.keyboard.press("ArrowRight");
      await slideDrawn(page, 3);
      expect(await statuses()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});
