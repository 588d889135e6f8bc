/**
 * Runs after `vite build`: draws the scoreboard and each chapter's first chart
 * with the same pure builders the page uses (in a server-side DOM), and writes
 * them, with the text around them, into dist/index.html. The first paint then
 * carries the first chart, and the page reads without JavaScript.
 * scripts/build-single.ts puts the same static page into the single file.
 */
import {readFileSync, writeFileSync} from "node:fs";
import {pathToFileURL} from "node:url";
import {JSDOM} from "jsdom";
import {indicatorChart} from "../src/charts/indicator-chart.ts";
import {explainerModel} from "../src/model/explainer-model.ts";
import type {Dataset} from "../src/model/load-dataset.ts";
import {pageData} from "../src/model/page-data.ts";
import {readPublished} from "./read-published.ts";
import {LANGS} from "../src/i18n/locale.ts";
import {PRERENDER_WIDTHS, prerenderId, type PrerenderWidth} from "../src/app/prerendered.ts";
import {staticPage} from "../src/prerender/static-page.ts";

/** The static page in every language, each with its charts at each width: the `<bj-edu-app>` content. */
export function prerenderPages(dataset: Dataset): string[] {
  const {document} = new JSDOM("<!doctype html><html><body></body></html>").window;
  const data = pageData(dataset);
  return LANGS.map((lang) => {
    const model = explainerModel(data, lang);
    const charts = [model.scoreboard.chart, ...model.chapters.map((c) => c.charts[0]).filter(Boolean)];
    const svgs = new Map<string, string>();
    for (const chart of charts) {
      for (const width of Object.keys(PRERENDER_WIDTHS) as PrerenderWidth[]) {
        const id = prerenderId(lang, width, chart.id);
        const svg = indicatorChart(chart, {document, width: PRERENDER_WIDTHS[width], id});
        svgs.set(id, svg.outerHTML);
      }
    }
    return staticPage(model, {svgs});
  });
}

/** The page's HTML with the static pages inside its (empty) `<bj-edu-app>`. */
export function withPrerendered(html: string, pages: string[], file = "index.html"): string {
  const marker = "<bj-edu-app></bj-edu-app>";
  if (!html.includes(marker)) throw new Error(`${file} has no <bj-edu-app></bj-edu-app> to pre-render into`);
  return html.replace(marker, () => `<bj-edu-app><div id="prerendered" class="prerendered">\n${pages.join("\n")}\n</div></bj-edu-app>`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = new URL("../dist/", import.meta.url);
  const pages = prerenderPages(readPublished(new URL("data/", dist)));
  const index = new URL("index.html", dist);
  writeFileSync(index, withPrerendered(readFileSync(index, "utf8"), pages, "dist/index.html"));
  console.log(`pre-rendered ${pages.length} languages into dist/index.html (${Math.round(readFileSync(index, "utf8").length / 1024)} KB)`);
}
