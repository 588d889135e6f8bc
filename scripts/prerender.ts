/**
 * Runs after `vite build`: draws the scoreboard and each chapter's first chart
 * with the same pure builders the page uses (in a server-side DOM), and writes
 * them, with the text around them, into dist/index.html. The first paint then
 * carries the first chart, and the page reads without JavaScript.
 */
import {readFileSync, writeFileSync} from "node:fs";
import {JSDOM} from "jsdom";
import {indicatorChart} from "../src/charts/indicator-chart.ts";
import {explainerModel} from "../src/data/explainer-model.ts";
import type {Indicator, Observation, Source} from "../src/data/types.ts";
import {formatNumber} from "../src/i18n/format-number.ts";
import {LANGS} from "../src/i18n/locale.ts";
import {PRERENDER_WIDTHS, prerenderId, staticPage, type PrerenderWidth} from "../src/prerender/static-page.ts";

const dist = new URL("../dist/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dist), "utf8");
const observations: Observation[] = JSON.parse(read("data/observations.json"));
const indicators = new Map<string, Indicator>(JSON.parse(read("data/catalogue.json")).map((i: Indicator) => [i.id, i]));
const sources = new Map<string, Source>(JSON.parse(read("data/sources.json")).map((s: Source) => [s.id, s]));
const {document} = new JSDOM("<!doctype html><html><body></body></html>").window;

const pages = LANGS.map((lang) => {
  const model = explainerModel({observations, indicators, sources}, lang);
  const charts = [...model.scoreboard.charts, ...model.chapters.map((c) => c.charts[0]).filter(Boolean)];
  const svgs = new Map<string, string>();
  for (const chart of charts) {
    for (const width of Object.keys(PRERENDER_WIDTHS) as PrerenderWidth[]) {
      const id = prerenderId(lang, width, chart.id);
      const svg = indicatorChart(chart, {document, width: PRERENDER_WIDTHS[width], id, tickFormat: chart.unit === "%" ? (d) => `${d}%` : (d) => formatNumber(d, lang)});
      svgs.set(id, svg.outerHTML);
    }
  }
  return staticPage(model, {svgs});
});

const html = read("index.html");
const marker = "<bj-edu-app></bj-edu-app>";
if (!html.includes(marker)) throw new Error("dist/index.html has no <bj-edu-app></bj-edu-app> to pre-render into");
writeFileSync(new URL("index.html", dist), html.replace(marker, `<bj-edu-app><div id="prerendered" class="prerendered">\n${pages.join("\n")}\n</div></bj-edu-app>`));
console.log(`pre-rendered ${pages.length} languages into dist/index.html (${Math.round(read("index.html").length / 1024)} KB)`);
