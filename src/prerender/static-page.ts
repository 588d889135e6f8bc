import type {ChartWithTable} from "../model/chart-rows.ts";
import type {ExplainerModel} from "../model/explainer-model.ts";
import type {Piece} from "../model/narrative.ts";
import {prerenderId} from "../app/prerendered.ts";
import {keyMarkup} from "../charts/legend-keys.ts";
import {escapeHtml as e} from "../formats/escape-html.ts";

export interface StaticPageOptions {
  /** SVG markup of each pre-rendered chart, by prerenderId. */
  svgs: ReadonlyMap<string, string>;
}

const paragraph = (pieces: Piece[]) => `<p>${pieces.map((p) => (typeof p === "string" ? e(p) : `<strong>${e(p.text)}</strong>`)).join("")}</p>`;

function figure(chart: ChartWithTable, lang: string, {svgs}: StaticPageOptions): string {
  const variants = (["narrow", "wide"] as const)
    .map((w) => `<div class="pre-chart pre-${w}">${svgs.get(prerenderId(lang, w, chart.id)) ?? ""}</div>`)
    .join("");
  return `<figure class="pre-figure" id="pre-chart-${lang}-${e(chart.id)}">
<h3>${e(chart.title)}</h3>
<ul class="legend">${chart.legend.map((l) => `<li class="series-${l.series}"><svg width="18" height="18" aria-hidden="true">${keyMarkup(l.series)}</svg><span>${e(l.label)}</span></li>`).join("")}</ul>
${variants}
<p class="readout"></p>
<figcaption>${e(chart.sourceLine)}</figcaption>
<div class="pre-actions" aria-hidden="true"></div>
</figure>`;
}

/**
 * The explainer as static HTML for the first paint and for readers without
 * JavaScript: title, scoreboard, each chapter's text and first chart, and the
 * way to the data. Built from the same model and chart builders as the page;
 * every string from the data is escaped.
 */
export function staticPage(model: ExplainerModel, options: StaticPageOptions): string {
  const {messages: m, lang} = model;
  const other = lang === "zh" ? "?lang=en" : "?";
  return `<div class="page pre-${lang}" lang="${lang === "zh" ? "zh-CN" : "en"}">
<header class="masthead"><h1>${e(m.title)}</h1><a class="pre-lang" href="${other}">${e(m.lang.switchTo)}</a></header>
<p class="dek">${e(model.dek)}</p>
<nav class="toc" aria-label="${e(m.nav.label)}"><ul>
<li><a href="#pre-scoreboard-${lang}">${e(m.nav.scoreboard)}</a></li>
<li><a href="#pre-chapters-${lang}">${e(m.nav.chapters)}</a></li>
<li><a href="#pre-data-${lang}">${e(m.nav.comparisons)}</a></li>
<li><a href="#pre-data-${lang}">${e(m.nav.method)}</a></li>
<li><a href="?view=data${lang === "en" ? "&amp;lang=en" : ""}">${e(m.nav.data)}</a></li>
<li><a href="?view=source${lang === "en" ? "&amp;lang=en" : ""}">${e(m.nav.sources)}</a></li>
</ul></nav>
<section id="pre-scoreboard-${lang}">
<h2>${e(m.scoreboard.heading)}</h2>
<p>${e(model.scoreboard.intro)}</p>
<p class="takeaway">${e(model.scoreboard.takeaway)} <a href="#pre-data-${lang}">${e(m.method.heading)}</a></p>
${model.scoreboard.charts.map((c) => figure(c, lang, options)).join("\n")}
</section>
<div id="pre-chapters-${lang}">
${model.chapters
  .map((chapter) => `<section>
<h2>${e(chapter.title)}</h2>
${chapter.narrative.map(paragraph).join("\n")}
${chapter.charts[0] ? figure(chapter.charts[0], lang, options) : ""}
</section>`)
  .join("\n")}
</div>
<section id="pre-data-${lang}">
<h2>${e(m.dataView.heading)}</h2>
<ul>
<li><a href="?view=data${lang === "en" ? "&amp;lang=en" : ""}">${e(m.dataView.open)}</a></li>
<li><a href="data/observations-excel.csv" download>${e(m.footer.csv)}</a></li>
<li><a href="data/datapackage.json">${e(m.footer.datapackage)}</a></li>
</ul>
</section>
</div>`;
}
