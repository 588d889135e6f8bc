import type {ChartWithTable} from "../model/chart-rows.ts";
import type {ExplainerModel} from "../model/explainer-model.ts";
import type {Piece} from "../model/narrative.ts";
import {keyMarkup} from "../charts/legend-keys.ts";
import {escapeHtml as e} from "../formats/escape-html.ts";
import {htmlLang} from "../i18n/locale.ts";
import type {StaticLinks} from "./static-links.ts";
import {staticSummary} from "./static-summary.ts";
import {staticTracker} from "./static-tracker.ts";

export interface StaticPageOptions {
  /** The first screen's chart (the scoreboard) as SVG markup: the one chart drawn into the page. */
  scoreboardSvg: string;
  /** Where each chapter chart's static picture is (an SVG file, fetched as it comes near), by chart id. */
  chartImage?: (chartId: string) => {src: string; width: number; height: number} | undefined;
  links: StaticLinks;
}

/** A paragraph whose figures link to the sentence they were read from (the live page opens a dialog instead). */
const paragraph = (pieces: Piece[], links: StaticLinks) =>
  `<p>${pieces.map((p) => (typeof p === "string" ? e(p) : `<a class="figure-link" href="${e(links.quote(p.observation))}"><strong>${e(p.text)}</strong></a>`)).join("")}</p>`;

/** A chart's title, subtitle and legend, as the live figure lays them out. */
function figureHead(chart: ChartWithTable, {messages: m}: ExplainerModel): string {
  const ringed = chart.rows.some((r) => r.marks.some((k) => k.highlight));
  return `<h3>${e(chart.title)}</h3>
<p class="subtitle">${e(chart.subtitle)}</p>
<ul class="legend">${chart.legend.map((l) => `<li class="series-${l.series}"><svg width="18" height="18" aria-hidden="true">${keyMarkup(l.series)}</svg><span>${e(l.label)}</span></li>`).join("")}${ringed ? `<li class="ring"><svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="7.5" fill="none" stroke="currentColor" stroke-width="1.5"/></svg><span>${e(m.chart.ring)}</span></li>` : ""}</ul>`;
}

/** The first screen's chart, drawn into the page, laid out as the live figure is (so nothing moves at the swap). */
function scoreboardFigure(chart: ChartWithTable, model: ExplainerModel, svg: string): string {
  return `<figure class="pre-figure" id="chart-${e(chart.id)}">
${figureHead(chart, model)}
<div class="pre-chart">${svg}</div>
<figcaption>${e(chart.sourceLine)}</figcaption>
<div class="pre-actions" aria-hidden="true"></div>
</figure>`;
}

/** A chapter's chart without JavaScript: its picture, fetched as it comes near (the live page draws it). */
function chapterFigure(chart: ChartWithTable, model: ExplainerModel, {chartImage}: StaticPageOptions): string {
  const image = chartImage?.(chart.id);
  return `<figure class="pre-figure" id="chart-${e(chart.id)}">
${figureHead(chart, model)}
${image ? `<img class="pre-chart-image" src="${e(image.src)}" width="${image.width}" height="${image.height}" loading="lazy" decoding="async" alt="${e(chart.description)}">` : ""}
<figcaption>${e(chart.sourceLine)}</figcaption>
</figure>`;
}

/**
 * A place held in the menu for a link of the live menu (src/components/explainer-sections.ts) that the
 * static page has no page for: unseen and silent, the same size, so the menu wraps as the live one will
 * and nothing below it moves at the swap. Without scripts it takes no room (page.css).
 */
const reserve = (label: string) => `<li class="pre-reserve" aria-hidden="true"><span>${e(label)}</span></li>`;

/**
 * The explainer as static HTML, in one language: what the first paint shows
 * and what a reader without JavaScript reads. The first screen (the answer,
 * the scoreboard with its chart) in full; after it (`.pre-rest`, which the
 * live page keeps until its own copy has loaded) each chapter's text with its
 * charts as pictures that load as they come near, and the way to the
 * indicators, the sources and the data, each a static page too. Built from
 * the same model as the page; every string from the data is escaped.
 */
export function staticPage(model: ExplainerModel, options: StaticPageOptions): string {
  const {messages: m, lang, byline, scoreboard} = model;
  const {links} = options;
  const pending = scoreboard.pending;
  const other = lang === "zh" ? "en" : "zh-CN";
  return `<div class="page" lang="${htmlLang(lang)}">
<header class="masthead"><h1>${e(m.title)}</h1><a class="pre-lang" href="${e(links.other)}" hreflang="${other}" aria-describedby="pre-switch-${lang}"><span lang="${other}">${e(m.lang.switchTo)}</span></a><span id="pre-switch-${lang}" hidden>${e(m.lang.switchLabel)}</span></header>
<main>
${staticSummary(model.summary, m)}
<p class="dek">${e(model.dek)}</p>
<p class="byline"><span>${e(byline.by)}</span>${byline.data ? `<span>${e(byline.data)}</span>` : ""}${byline.report ? `<a href="${e(byline.report.href)}">${e(byline.report.text)}</a>` : ""}</p>
<nav class="toc" aria-label="${e(m.nav.label)}"><ul>
<li><a href="#tracker">${e(m.nav.tracker)}</a></li>
<li><a href="#scoreboard">${e(m.nav.scoreboard)}</a></li>
<li><a href="#chapters">${e(m.nav.chapters)}</a></li>
${reserve(m.nav.comparisons)}
${reserve(m.nav.method)}
<li><a href="${e(links.home)}indicators/">${e(m.nav.data)}</a></li>
${model.stories.length ? reserve(m.story.open) : ""}
<li><a href="${e(links.home)}sources/">${e(m.nav.sources)}</a></li>
</ul></nav>
${staticTracker(model.tracker, m, links)}
<section id="scoreboard">
<h2>${e(scoreboard.heading)}</h2>
<p>${e(scoreboard.intro)}</p>
${scoreboardFigure(scoreboard.chart, model, options.scoreboardSvg)}
${pending.targets.length ? `<h3>${e(pending.title)}</h3>
<p>${e(pending.intro)}</p>
<ul class="pending">${pending.targets.map((t) => `<li><strong><a href="${e(links.indicator(t.id))}">${e(t.name)}</a></strong><span class="pending-target">${e(t.figure)}</span><span class="muted">${e(t.why)}</span></li>`).join("")}</ul>` : ""}
</section>
<div class="pre-rest">
<div id="chapters">
${model.chapters
  .map((chapter) => `<section id="chapter-${e(chapter.id)}">
<h2>${e(chapter.title)}</h2>
${chapter.narrative.map((p) => paragraph(p, links)).join("\n")}
${chapter.charts.map((chart) => chapterFigure(chart, model, options)).join("\n")}
</section>`)
  .join("\n")}
</div>
<section id="pre-data">
<h2>${e(m.allFigures.heading)}</h2>
<ul>
<li><a href="${e(links.home)}indicators/">${e(m.staticPages.indicators)}</a></li>
<li><a href="${e(links.home)}sources/">${e(m.sourceView.heading)}</a></li>
<li><a href="${e(links.site)}data/observations-excel.csv" download>${e(m.footer.csv)}</a></li>
<li><a href="${e(links.site)}data/datapackage.json">${e(m.footer.datapackage)}</a></li>
</ul>
</section>
</div>
</main>
</div>`;
}
