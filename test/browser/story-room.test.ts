/**
 * A story in a room (dist/, real Chromium): at 1920×1080, 1366×768, 1280×720
 * and 1024×768, in both languages, every step fills the screen without
 * scrolling, its title and caption are the largest text on the slide (each
 * larger than every chart label), no highlighted figure breaks across lines,
 * and at 1920×1080 no text on the slide is under 24 px. Steps move their
 * marks unless reduced motion is asked for, reveal no status before an
 * actual, and a key press leaves no focus ring. On a landscape phone and at
 * 400 % zoom the slide reflows and scrolls, its chart keeps a readable size
 * and every control is in reach. A step reached with → is drawn at the width the same step loaded
 * directly is. Run `npm run build` before running this file alone.
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

/** The slide's chart is drawn for this step (its marks are the step's) at its final width. */
async function slideDrawn(page: Page, step: number): Promise<void> {
  await page.waitForFunction((id) => {
    const svg = document.querySelector("bj-story")?.shadowRoot?.querySelector("bj-chart-figure")?.shadowRoot?.querySelector("svg.indicator-chart");
    return svg?.id === `plot-story-plan-${id}` && svg.getBoundingClientRect().width > 0;
  }, STEPS[step - 1]);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });
}

/** What a reader sees on the slide: scrolling, sizes of the title, caption and chart text, figures split over lines. */
function measureSlide() {
  const story = document.querySelector("bj-story")!.shadowRoot!;
  const figure = story.querySelector("bj-chart-figure")!;
  const box = figure.getBoundingClientRect();
  const size = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
  const texts: Array<{text: string; size: number; chart: boolean}> = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.closest(".visually-hidden") || el.closest("bj-story-handout") || el.closest("dialog")) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const r = el.getBoundingClientRect();
      if (!own || r.width === 0 || r.height === 0 || getComputedStyle(el).visibility !== "visible") continue;
      // Text in an SVG drawn at a design width and scaled: its size on screen.
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
      const scale = svg && svg.viewBox.baseVal.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
      texts.push({text: el.textContent!.trim().slice(0, 40), size: size(el) * scale, chart: !!svg});
    }
  };
  walk(story.querySelector(".slide")!);
  const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a));
  const chartLabels = texts.filter((t) => t.chart);
  const largestLabel = chartLabels.reduce((a, b) => (b.size > a.size ? b : a), {text: "", size: 0, chart: true});
  // A figure breaks when its text draws more than one line box.
  const broken = [...story.querySelectorAll(".caption .figure")].filter((f) => f.getClientRects().length > 1).map((f) => f.textContent);
  return {
    scrolls: document.documentElement.scrollHeight > innerHeight + 1 || document.documentElement.scrollWidth > innerWidth + 1,
    inside: box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5,
    title: size(story.querySelector(".slide-title")),
    caption: size(story.querySelector(".caption")),
    largestLabel,
    smallest,
    labels: chartLabels.length,
    broken
  };
}

describe("slides that fit and read title first", () => {
  it.each(SCREENS.map(([w, h]) => [`${w}×${h}`, w, h] as const))("every step at %s, zh and en: no scroll, title and caption above every chart label, no figure broken, 24 px or more at 1920×1080", async (_, width, height) => {
    for (const lang of ["zh", "en"] as const) {
      const {page, errors, close} = await openPage(browser, `${server.url}?story=plan&step=1${lang === "en" ? "&lang=en" : ""}`, {viewport: {width, height}, reducedMotion: "reduce"});
      try {
        for (let step = 1; step <= TOTAL; step++) {
          if (step > 1) await page.keyboard.press("ArrowRight");
          await slideDrawn(page, step);
          const m = await page.evaluate(measureSlide);
          const where = `${lang} ${width}×${height} step ${step}`;
          expect(m.scrolls, `${where} scrolls`).toBe(false);
          expect(m.inside, `${where}: the chart leaves the screen`).toBe(true);
          expect(m.labels, where).toBeGreaterThan(3);
          expect(m.title, `${where}: title against "${m.largestLabel.text}"`).toBeGreaterThan(m.largestLabel.size);
          expect(m.caption, `${where}: caption against "${m.largestLabel.text}"`).toBeGreaterThan(m.largestLabel.size);
          expect(m.broken, `${where}: figures across lines`).toEqual([]);
          if (width === 1920) expect(m.smallest.size, `${where}: "${m.smallest.text}"`).toBeGreaterThanOrEqual(24);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});

/** The width the slide's chart is drawn at (its viewBox's; the SVG is then scaled to the space it is shown in). */
function drawnWidth(): number {
  return document.querySelector("bj-story")!.shadowRoot!.querySelector("bj-chart-figure")!.shadowRoot!.querySelector<SVGSVGElement>("svg.indicator-chart")!.viewBox.baseVal.width;
}

/**
 * From now on, every drawing of the slide's chart, as the chart's id and its width: the figure stays from step to
 * step while its drawing is replaced, so a drawing made for a step and replaced before the next frame is seen too.
 */
function recordDrawings(): void {
  const figure = document.querySelector("bj-story")!.shadowRoot!.querySelector("bj-chart-figure")!;
  const w = window as unknown as {__drawings: Array<[string, number]>};
  w.__drawings = [];
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof SVGSVGElement && node.matches("svg.indicator-chart")) w.__drawings.push([node.id, node.viewBox.baseVal.width]);
    }
  }).observe(figure.shadowRoot!, {childList: true, subtree: true});
}

describe("a step reached with → is drawn as the same step loaded directly", () => {
  // The room's screens, and the reflowed slide of a phone upright and sideways (where the chart's box grows with its drawing).
  const CASES = [["en", 1920, 1080], ["zh", 1920, 1080], ["en", 1024, 768], ["zh", 1024, 768], ["zh", 375, 667], ["en", 844, 390]] as const;
  it.each(CASES)("%s %i×%i: every drawing of a step's chart is at the width of the step loaded directly", async (lang, width, height) => {
    const url = (step: number) => `${server.url}?story=plan&step=${step}${lang === "en" ? "&lang=en" : ""}`;
    const {page, errors, close} = await openPage(browser, url(1), {viewport: {width, height}, reducedMotion: "reduce"});
    try {
      const direct: number[] = [];
      for (let step = 1; step <= TOTAL; step++) {
        if (step > 1) await page.goto(url(step));
        await slideDrawn(page, step);
        direct.push(await page.evaluate(drawnWidth));
      }
      await page.goto(url(1));
      await slideDrawn(page, 1);
      await page.evaluate(recordDrawings);
      for (let step = 2; step <= TOTAL; step++) {
        await page.keyboard.press("ArrowRight");
        await slideDrawn(page, step);
        const id = `plot-story-plan-${STEPS[step - 1]}`;
        const drawn = await page.evaluate((id) => (window as unknown as {__drawings: Array<[string, number]>}).__drawings.filter(([of]) => of === id).map(([, w]) => w), id);
        // Drawn once at that width, or again at it (never first for another box and then corrected).
        expect(drawn.length, `step ${step} drawn`).toBeGreaterThan(0);
        expect(drawn, `step ${step}: widths of its drawings, against ${direct[step - 1]} loaded directly`).toEqual(drawn.map(() => direct[step - 1]));
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("slides on a phone held sideways and at 400 % zoom", () => {
  it.each([["a landscape phone", 844, 390], ["400 % zoom of 1280×1024", 320, 256]] as const)("on %s the slide scrolls, its chart keeps a readable size, every control is in reach", async (_, width, height) => {
    const {page, errors, close} = await openPage(browser, `${server.url}?story=plan&step=2&lang=en`, {viewport: {width, height}, reducedMotion: "reduce"});
    try {
      await slideDrawn(page, 2);
      const m = await page.evaluate(() => {
        const story = document.querySelector("bj-story")!.shadowRoot!;
        const svg = story.querySelector("bj-chart-figure")!.shadowRoot!.querySelector<SVGSVGElement>("svg.indicator-chart")!;
        const box = svg.getBoundingClientRect();
        const scale = box.width / svg.viewBox.baseVal.width;
        const labels = [...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        return {width: box.width, height: box.height, smallestLabel: Math.min(...labels), scrollHeight: document.documentElement.scrollHeight, scrollWidth: document.documentElement.scrollWidth};
      });
      expect(m.width, "the chart's width").toBeGreaterThanOrEqual(Math.min(280, width - 40));
      expect(m.height, "the chart's height").toBeGreaterThan(150);
      expect(m.smallestLabel, "chart text").toBeGreaterThanOrEqual(12);
      // It reflows: taller than the screen, scrolled down rather than clipped; never wider.
      expect(m.scrollHeight).toBeGreaterThan(height);
      expect(m.scrollWidth).toBeLessThanOrEqual(width + 1);
      // Every control can be reached (by Tab) and seen (scrolled to): the step buttons and the menu with its items.
      const bar = page.locator("bj-story .bar");
      for (const name of ["Previous", "Next", "⋯ More"]) {
        const button = bar.getByRole("button", {name, exact: true});
        await button.scrollIntoViewIfNeeded();
        expect(await button.isVisible(), name).toBe(true);
      }
      await bar.getByRole("button", {name: "⋯ More"}).click();
      for (const item of await bar.locator("#story-menu li > *").all()) {
        await item.scrollIntoViewIfNeeded();
        const box = (await item.boundingBox())!;
        expect(box.x, await item.textContent() ?? "").toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, await item.textContent() ?? "").toBeLessThanOrEqual(width + 1);
      }
      await bar.getByRole("button", {name: "Next", exact: true}).click();
      await slideDrawn(page, 3);
      expect(errors).toEqual([]);
    } finally {
      await close();
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
          return new URLSearchParams(location.search).get("step") === "2" && root.querySelector("svg [data-key^='dot:plan-2021/nearby']")
            ? root.getAnimations().map((a) => ((a.effect as KeyframeEffect).target as Element).getAttribute("data-key") ?? "")
            : null;
        }, undefined, {polling: "raf"});
        const animated = (await keys.jsonValue()) as string[];
        if (reducedMotion === "reduce") expect(animated).toEqual([]);
        else expect(animated).toEqual(expect.arrayContaining(["dot:plan-2021/nearby-enrolment-rate-2020"]));
      } finally {
        await close();
      }
    }
  });

  it("shows a status only on a step that reveals what it is judged on, and leaves no focus ring on the heading", async () => {
    const {page, close} = await openPage(browser, `${server.url}?story=plan&step=1&lang=en`, {viewport: {width: 1280, height: 720}});
    try {
      const statuses = () => page.evaluate(() => document.querySelector("bj-story")!.shadowRoot!.querySelector("bj-chart-figure")!.shadowRoot!.querySelectorAll(".status-key, .chart-note").length);
      await slideDrawn(page, 1);
      expect(await statuses()).toBeGreaterThan(0);
      await page.keyboard.press("ArrowRight");
      await slideDrawn(page, 2);
      const focus = await page.evaluate(() => {
        const h1 = document.querySelector("bj-story")!.shadowRoot!.activeElement as HTMLElement;
        return {tag: h1?.localName, outline: getComputedStyle(h1).outlineStyle};
      });
      expect(focus).toEqual({tag: "h1", outline: "none"});
    } finally {
      await close();
    }
  });
});
