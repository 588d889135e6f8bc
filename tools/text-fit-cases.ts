/**
 * The pages the text-fit check measures, shared by the browser test
 * (test/browser/text-fit.test.ts) and the report script
 * (scripts/text-fit-report.ts): the explainer and print, which hold every
 * chart; a chart alone as embed.html; and the web component, every chart's
 * snippet on one host page; and a story's slides, each loaded and then paged
 * through with →. Each is opened at a width with every chart drawn, then
 * measured: the text boxes, and where Chromium broke the lines (./line-breaks.ts).
 */
import type {Browser, Page} from "playwright-core";
import {componentSnippet} from "../src/model/embed-snippet.ts";
import {brokenLines, measureLineBreaks} from "./line-breaks.ts";
import {newPage, settle, wholeExplainer} from "./page.ts";
import {measureTextFit, type TextFitOptions, type TextFitResult} from "./text-fit.ts";

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];
/** The explainer's widths, from the narrowest phone to a wide desktop. */
export const PAGE_WIDTHS = [320, 375, 600, 1280, 1920];
/** An embed is usually a column or less. */
export const EMBED_WIDTHS = [320, 600];
/** The printable width of A4 with Chrome's default margins, in CSS pixels. */
export const PRINT_WIDTH = 720;

/** A target reached in the page as it is: a key pressed (→ to a story's next step), and the step it lands on. */
export interface KeyTarget {
  press: string;
  step: number;
}

export interface TextFitCase {
  kind: "page" | "print" | "embed" | "component" | "story";
  lang: Lang;
  width: number;
  /** What is opened one after another in the same tab: paths from the site's root, (the component) the charts of one host page, or a key pressed in the page as it is. */
  targets: Array<string | KeyTarget>;
  /** How many charts the case draws. */
  charts: number;
  label: string;
}

const langQuery = (lang: Lang, joiner: string) => (lang === "en" ? `${joiner}lang=en` : "");

/** The explainer at each width, and printed: every chart of the explainer (`charts`, its ids) in one page. */
export function pageCases(charts: readonly string[]): TextFitCase[] {
  return LANGS.flatMap((lang) => [
    ...PAGE_WIDTHS.map((width) => ({kind: "page" as const, lang, width, targets: [langQuery(lang, "?")], charts: charts.length, label: `page ${lang} ${width}px`})),
    {kind: "print" as const, lang, width: PRINT_WIDTH, targets: [langQuery(lang, "?")], charts: charts.length, label: `print ${lang} ${PRINT_WIDTH}px`}
  ]);
}

/** These charts each alone, as embed.html: one page per chart. */
export function embedCases(ids: readonly string[]): TextFitCase[] {
  return LANGS.flatMap((lang) =>
    EMBED_WIDTHS.map((width) => ({kind: "embed" as const, lang, width, targets: ids.map((id) => `embed.html?chart=${id}${langQuery(lang, "&")}`), charts: ids.length, label: `embed ${lang} ${width}px`}))
  );
}

/** These charts as the web component, all on one plain host page a column wide. */
export function componentCases(ids: readonly string[]): TextFitCase[] {
  return LANGS.flatMap((lang) =>
    EMBED_WIDTHS.map((width) => ({kind: "component" as const, lang, width, targets: [ids.join(",")], charts: ids.length, label: `component ${lang} ${width}px`}))
  );
}

/** The presentation's slides at a phone's and a laptop's width. */
export const STORY_WIDTHS = [375, 1280];

/**
 * Every step of the given stories, one after another in one tab: each loaded (`?story=…&step=…`), then the first
 * again and the rest reached with →, as a presenter pages through them (a step so reached is drawn for its own
 * slide, not the last one's: its chart is measured as the room sees it).
 */
export function storyCases(stories: ReadonlyArray<{id: string; steps: number}>): TextFitCase[] {
  const targets = (lang: Lang) => stories.flatMap(({id, steps}): Array<string | KeyTarget> => {
    const numbers = Array.from({length: steps}, (_, i) => i + 1);
    const load = (step: number) => `?story=${id}&step=${step}${langQuery(lang, "&")}`;
    return [...numbers.map(load), load(1), ...numbers.slice(1).map((step) => ({press: "ArrowRight", step}))];
  });
  return LANGS.flatMap((lang) => STORY_WIDTHS.map((width) => ({kind: "story" as const, lang, width, targets: targets(lang), charts: targets(lang).length, label: `story ${lang} ${width}px`})));
}

/**
 * In the page: scrolls the index-th rendered `bj-chart-figure` (through open shadow roots, in page
 * order) into view; once its chart SVG is there, how many figures there are, else false.
 */
const showFigure = (index: number): number | false => {
  const found: Element[] = [];
  const roots: Array<Document | ShadowRoot> = [document];
  for (let root = roots.shift(); root; root = roots.shift()) {
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if (el.localName === "bj-chart-figure" && el.getClientRects().length) found.push(el);
    }
  }
  found[index]?.scrollIntoView({block: "center"});
  return found[index]?.shadowRoot?.querySelector("svg.indicator-chart") ? found.length : false;
};

/**
 * Resolves once the page is complete and every chart is drawn as a reader scrolling to it sees it.
 * Charts draw when near the screen, so each figure is brought into view in turn, its chart awaited,
 * and its redraws (at its real width) let happen.
 */
export async function waitForCharts(page: Page): Promise<void> {
  // The explainer's static page leaves only once the live page is fully built; the embed has none.
  await page.waitForFunction(() => !document.getElementById("prerendered"));
  // What follows the explainer's scoreboard loads as a reader scrolls near it.
  if (await page.locator("bj-explainer").count()) await wholeExplainer(page);
  for (let i = 0, count = 1; i < count; i++) {
    count = (await (await page.waitForFunction(showFigure, i, {polling: 100})).jsonValue()) as number;
    // Fonts in, and frames for the ResizeObserver and Lit updates that redraw it at its width.
    await settle(page);
  }
}

/** A plain host page with the snippet a newsroom pastes, once per chart, on the site's origin so the module finds its data. */
function componentPage(site: string, charts: string[], lang: Lang): string {
  return `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>component</title><link rel="icon" href="data:,"></head>
<body style="margin: 0 8px">${charts.map((chart) => componentSnippet({moduleUrl: `${site}bj-edu-chart.js`, chart, lang})).join("\n")}</body></html>`;
}

/** Opens each of a case's targets in one tab at the case's width, draws every chart, and measures. */
export async function measureCase(browser: Browser, site: string, c: TextFitCase, options: TextFitOptions = {}): Promise<TextFitResult> {
  const {page, close} = await newPage(browser, {viewport: {width: c.width, height: 900}, reducedMotion: "reduce"});
  const total: TextFitResult = {charts: 0, texts: 0, findings: []};
  try {
    // Print: the page laid out for paper at the paper's width (charts redraw at their new size).
    if (c.kind === "print") await page.emulateMedia({media: "print"});
    // The component's host page exists only in this tab, answered on the site's origin.
    await page.route(`${site}text-fit-component.html?*`, (route) => {
      const charts = (new URL(route.request().url()).searchParams.get("charts") ?? "").split(",");
      return route.fulfill({contentType: "text/html; charset=utf-8", body: componentPage(site, charts, c.lang)});
    });
    for (const target of c.targets) {
      if (typeof target !== "string") {
        await page.keyboard.press(target.press);
        await page.waitForFunction((step) => new URLSearchParams(location.search).get("step") === String(step), target.step);
      } else await page.goto(c.kind === "component" ? `${site}text-fit-component.html?charts=${target}` : site + target);
      await waitForCharts(page);
      const result = await page.evaluate(measureTextFit, options);
      const where = typeof target === "string" ? target : `${target.press} to step ${target.step}`;
      if (result.charts === 0) throw new Error(`${c.label}: no rendered chart SVG at ${where}`);
      total.charts += result.charts;
      total.texts += result.texts;
      total.findings.push(...result.findings);
      // And where lines broke: in every wrapped chart label and every wrapped text of the page.
      for (const broken of brokenLines(await page.evaluate(measureLineBreaks, {}))) total.findings.push({type: "broken", chart: broken.where, text: broken.text});
    }
    return total;
  } finally {
    await close();
  }
}
