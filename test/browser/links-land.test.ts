/**
 * Links that land: a reader who follows a link to a chart (shared, cited, or
 * the "open in the explainer" link of an embed) or to a section of the table
 * of contents sees it at the top of the screen once the page has settled.
 * What lands does not depend on the chart, so a cold load is made for a few
 * charts that stand for the rest (the first, one from the middle and the
 * last), and every chart's link is followed in one loaded page,
 * which holds them all. Each in two states that cover both languages and both
 * sizes: zh on a phone, en on a desktop. The page hydrates from a static
 * pre-render and builds its blocks progressively, so each case waits for the
 * target to stop moving, never for a fixed time.
 * Run `npm run build` before running this file alone.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Lang} from "../../src/i18n/locale.ts";
import {pageModel} from "../../src/model/page-model.ts";
import {realData} from "../real-data.ts";
import {closeBuiltSite, openBuiltSite, type Served} from "./built-site.ts";
import {collectErrors, HYDRATED, newPage, type FreshPage} from "./page-helpers.ts";

/** A language on a phone, the other on a desktop: between them, each language and each size. */
const STATES = [
  {lang: "zh", viewport: {width: 375, height: 812}},
  {lang: "en", viewport: {width: 1280, height: 900}}
] as const satisfies ReadonlyArray<{lang: Lang; viewport: {width: number; height: number}}>;
const label = ({lang, viewport}: (typeof STATES)[number]) => `${lang}, ${viewport.width}×${viewport.height}`;
/** How far below the viewport's top a target may land (its scroll margin, a sticky bar): 0–80 px. */
const NEAR_TOP = 80;

/** Every chart of the explainer, in page order. */
const CHARTS = [...pageModel(realData().data, "zh").charts.keys()];
/** The charts that stand for the rest: the first, one from the middle and the last (of three today: all of them). */
const REPRESENTATIVE = [...new Set([CHARTS[0], CHARTS[Math.floor(CHARTS.length / 2)], CHARTS.at(-1)!])];
/** The embeds whose link back is followed: the first chart and the last. */
const EMBEDDED = [...new Set([CHARTS[0], CHARTS.at(-1)!])];
const TOC = ["scoreboard", "chapters", "comparisons", "method"];

let browser: Browser;
let server: Served;

beforeAll(async () => ({browser, server} = await openBuiltSite({needs: ["index.html", "embed.html"]})));
afterAll(() => closeBuiltSite({browser}));

/** The explainer's address for a fragment, as the page itself writes it (Chinese needs no query). */
const explainerUrl = (lang: Lang, hash: string) => `${server.url}${lang === "en" ? "?lang=en" : ""}#${hash}`;

/** A page of its own at a size, reduced motion so scrolling is instant; its errors collected. */
const fresh = (viewport: {width: number; height: number}): Promise<FreshPage> => newPage(browser, {viewport, reducedMotion: "reduce"});

/**
 * Waits until the live page has replaced the static one, the target (and, for
 * a chart, its drawing) is there, and its top has held still within 0–80 px of
 * the viewport's top (or the page is scrolled to its end) for three samples in a row. A failure names where it was.
 */
async function expectLanded(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(HYDRATED, {state: "attached"});
  await page.waitForSelector("#prerendered", {state: "detached"});
  const seen: string[] = [];
  await expect
    .poll(async () => {
      const at = await page.locator(selector).evaluate((el) => ({
        top: Math.round(el.getBoundingClientRect().top),
        y: Math.round(scrollY),
        drawn: el.localName !== "bj-chart-figure" || el.shadowRoot?.querySelector(".plot svg.indicator-chart") != null,
        // Why a chart is not drawn, if it is not: never near the screen, or its module failed to load.
        drawing: JSON.stringify((el as unknown as {drawing?: {near: boolean; failed: boolean}}).drawing ?? {}, ["near", "failed"]),
        fonts: document.fonts.status,
        // Scrolled as far as the page goes: a section near the end lands as high as it can.
        end: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1
      }));
      seen.push(`${at.top}/${at.y}`);
      const still = seen.length >= 3 && seen.slice(-3).every((s) => s === seen.at(-1));
      const near = at.top >= 0 && (at.top <= NEAR_TOP || at.end);
      return still && near && at.drawn && at.fonts === "loaded" ? "landed" : `top ${at.top} px at scrollY ${at.y}${still ? "" : ", moving"}${at.drawn ? "" : `, not drawn ${at.drawing}`}`;
    }, {interval: 100})
    .toBe("landed");
}

/** The explainer in a state, loaded and live; its errors collected. */
async function explainer({lang, viewport}: (typeof STATES)[number]): Promise<FreshPage> {
  const opened = await fresh(viewport);
  await opened.page.goto(`${server.url}${lang === "en" ? "?lang=en" : ""}`);
  await opened.page.waitForSelector(HYDRATED, {state: "attached"});
  await opened.page.waitForSelector("#prerendered", {state: "detached"});
  return opened;
}

describe("a cold load of a chart's link lands on the chart", () => {
  for (const state of STATES) {
    it.each(REPRESENTATIVE)(`${label(state)}: #chart-%s`, async (id) => {
      const {page, errors, close} = await fresh(state.viewport);
      try {
        await page.goto(explainerUrl(state.lang, `chart-${id}`));
        await expectLanded(page, `bj-chart-figure#chart-${id}`);
        expect(new URL(page.url()).hash, "the fragment stays in the address").toBe(`#chart-${id}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe("in the page, every chart's link lands on its chart", () => {
  it.each(STATES.map((state) => [label(state), state] as const))("%s", async (_, state) => {
    const {page, errors, close} = await explainer(state);
    try {
      for (const id of CHARTS) {
        await page.evaluate((hash) => (location.hash = hash), `chart-${id}`);
        await expectLanded(page, `bj-chart-figure#chart-${id}`);
        expect(new URL(page.url()).hash, "the fragment is in the address").toBe(`#chart-${id}`);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("an embed's link to the explainer lands on its chart", () => {
  for (const state of STATES) {
    it.each(EMBEDDED)(`${label(state)}: embed.html?chart=%s`, async (id) => {
      const {page, errors, close} = await fresh(state.viewport);
      try {
        await page.goto(`${server.url}embed.html?chart=${id}&lang=${state.lang}`);
        const back = page.locator("bj-edu-embed .credit a");
        await back.waitFor();
        // The shared address: the language's page file, no query (links out of an embed open a new tab).
        const href = `${server.url}${state.lang === "en" ? "en/" : ""}#chart-${id}`;
        expect(await back.getAttribute("href")).toBe(href);
        const [tab] = await Promise.all([page.context().waitForEvent("page"), back.click()]);
        collectErrors(tab, {into: errors});
        await tab.waitForURL(href);
        await expectLanded(tab, `bj-chart-figure#chart-${id}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe("the table of contents lands on each section", () => {
  it.each(STATES.map((state) => [label(state), state] as const))("%s", async (_, state) => {
    const {page, errors, close} = await explainer(state);
    try {
      for (const section of TOC) {
        const link = page.locator(`bj-explainer main#main nav.toc a[href="#${section}"]`);
        await link.click();
        await expect.poll(() => new URL(page.url()).hash).toBe(`#${section}`);
        await expectLanded(page, `bj-explainer #${section}`);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
