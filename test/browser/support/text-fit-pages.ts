/**
 * The pages the text-fit check measures, shared by the browser test and the
 * report script: the explainer, each chart's embed, the web component and print,
 * each opened at a width with every chart drawn, then measured.
 */
import type {Browser, Page} from "playwright-core";
import {componentSnippet} from "../../../src/model/embed-snippet.ts";
import {pageModel} from "../../../src/model/page-model.ts";
import {realData} from "../../real-data.ts";
import {newPage, settle, wholeExplainer} from "../page-helpers.ts";
import {brokenLines, measureLineBreaks} from "./line-breaks.ts";
import {measureTextFit, type TextFitOptions, type TextFitResult} from "./text-fit.ts";

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];
/** The explainer's widths, from the narrowest phone to a wide desktop. */
export const PAGE_WIDTHS = [320, 375, 600, 1280, 1920];
/** An embed is usually a column or less. */
export const EMBED_WIDTHS = [320, 600];
/** The printable width of A4 with Chrome's default margins, in CSS pixels. */
export const PRINT_WIDTH = 720;
/** Every chart the explainer shows, each of which can be embedded alone. */
export const CHART_IDS = [...pageModel(realData().data, "zh").charts.keys()];

export interface TextFitCase {
  kind: "page" | "print" | "embed" | "component" | "story";
  lang: Lang;
  width: number;
  /** What is opened one after another in the same tab: paths from the site's root, or chart ids for the component. */
  targets: string[];
  label: string;
}

const langQuery = (lang: Lang, joiner: string) => (lang === "en" ? `${joiner}lang=en` : "");

/** The explainer at each width, and printed. */
export function pageCases(): TextFitCase[] {
  return LANGS.flatMap((lang) => [
    ...PAGE_WIDTHS.map((width) => ({kind: "page" as const, lang, width, targets: [langQuery(lang, "?")], label: `page ${lang} ${width}px`})),
    {kind: "print" as const, lang, width: PRINT_WIDTH, targets: [langQuery(lang, "?")], label: `print ${lang} ${PRINT_WIDTH}px`}
  ]);
}

/** Every chart on its own, as embed.html or as the web component on a plain page. */
export function embedCases(kind: "embed" | "component", ids: readonly string[] = CHART_IDS): TextFitCase[] {
  return LANGS.flatMap((lang) =>
    EMBED_WIDTHS.map((width) => ({
      kind, lang, width,
      targets: ids.map((id) => (kind === "embed" ? `embed.html?chart=${id}${langQuery(lang, "&")}` : id)),
      label: `${kind} ${lang} ${width}px`
    }))
  );
}

/** The presentation's slides: every step of every story, one after another, at a laptop's and a phone's width. */
export const STORY_WIDTHS = [375, 1280];
export function storyCases(): TextFitCase[] {
  const steps = realData().data.content.stories.flatMap((story) => story.steps.map((_, i) => `?story=${story.id}&step=${i + 1}`));
  return LANGS.flatMap((lang) => STORY_WIDTHS.map((width) => ({kind: "story" as const, lang, width, targets: steps.map((t) => `${t}${langQuery(lang, "&")}`), label: `story ${lang} ${width}px`})));
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
export async function waitForCharts(page: Page, {timeout = 60000} = {}): Promise<void> {
  // The explainer's static page leaves only once the live page is fully built; the embed has none.
  await page.waitForFunction(() => !document.getElementById("prerendered"), undefined, {timeout});
  // What follows the explainer's scoreboard loads as a reader scrolls near it.
  if (await page.locator("bj-explainer").count()) await wholeExplainer(page);
  for (let i = 0, count = 1; i < count; i++) {
    count = (await (await page.waitForFunction(showFigure, i, {timeout, polling: 100})).jsonValue()) as number;
    // Fonts in, and frames for the ResizeObserver and Lit updates that redraw it at its width.
    await settle(page);
  }
}

/** A plain host page with the snippet a newsroom pastes, on the site's origin so the module finds its data. */
function componentPage(site: string, chart: string, lang: Lang): string {
  return `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>component</title><link rel="icon" href="data:,"></head>
<body style="margin: 0 8px">${componentSnippet({moduleUrl: `${site}bj-edu-chart.js`, chart, lang})}</body></html>`;
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
      const chart = new URL(route.request().url()).searchParams.get("chart") ?? "";
      return route.fulfill({contentType: "text/html; charset=utf-8", body: componentPage(site, chart, c.lang)});
    });
    for (const target of c.targets) {
      await page.goto(c.kind === "component" ? `${site}text-fit-component.html?chart=${target}` : site + target);
      await waitForCharts(page);
      const result = await page.evaluate(measureTextFit, options);
      if (result.charts === 0) throw new Error(`${c.label}: no rendered chart SVG at ${target}`);
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
