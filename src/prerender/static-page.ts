import type {ChartWithTable} from "../model/chart-rows.ts";
import type {ExplainerModel} from "../model/explainer-model.ts";
import type {Piece} from "../model/narrative.ts";
import {prerenderId} from "../app/prerendered.ts";
import {keyMarkup} from "../charts/legend-keys.ts";
import {escapeHtml as e} from "../formats/escape-html.ts";
import {staticSummary} from "./static-summary.ts";

export interface StaticPageOptions {
  /** SVG markup of each pre-rendered chart, by prerenderId. */
  svgs: ReadonlyMap<string, string>;
}

const paragraph = (pieces: Piece[]) => `<p>${pieces.map((p) => (typeof p === "string" ? e(p) : `<strong>${e(p.text)}</strong>`)).join("")}</p>`;

/** A chart as the live figure lays it out (title, subtitle, legend, plot, source line, the actions' space), so nothing moves at the swap. */
function figure(chart: ChartWithTable, {lang, messages: m}: ExplainerModel, {svgs}: StaticPageOptions): string {
  const variants = (["narrow", "wide"] as const)
    .map((w) => `<div class="pre-chart pre-${w}">${svgs.get(prerenderId(lang, w, chart.id)) ?? ""}</div>`)
    .join("");
  const ringed = chart.rows.some((r) => r.marks.some((k) => k.highlight));
  return `<figure class="pre-figure" id="pre-chart-${lang}-${e(chart.id)}">
<h3>${e(chart.title)}</h3>
<p class="subtitle">${e(chart.subtitle)}</p>
<ul class="legend">${chart.legend.map((l) => `<li class="series-${l.series}"><svg width="18" height="18" aria-hidden="true">${keyMarkup(l.series)}</svg><span>${e(l.label)}</span></li>`).join("")}${ringed ? `<li class="ring"><svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="7.5" fill="none" stroke="currentColor" stroke-width="1.5"/></svg><span>${e(m.chart.ring)}</span></li>` : ""}</ul>
${variants}
<figcaption>${e(chart.sourceLine)}</figcaption>
<div class="pre-actions" aria-hidden="true"></div>
</figure>`;
}

/**
 * The explainer as static HTML for the first paint and for readers without
 * JavaScript: the answer (status summary), the scoreboard with the targets it
 * cannot show, each chapter's text and first chart, and the way to the data.
 * Built from the same model and chart builders as the page; every string from
 * the data is escaped.
 */
export function staticPage(model: ExplainerModel, options: StaticPageOptions): string {
  const {messages: m, lang, byline, scoreboard} = model;
  const other = lang === "zh" ? "?lang=en" : "?";
  const query = (view: string) => `?view=${view}${lang === "en" ? "&amp;lang=en" : ""}`;
  const pending = scoreboard.pending;
  return `<div class="page pre-${lang}" lang="${lang === "zh" ? "zh-CN" : "en"}">
<header class="masthead"><h1>${e(m.title)}</h1><a class="pre-lang" href="${other}" hreflang="${lang === "zh" ? "en" : "zh-CN"}" aria-describedby="pre-switch-${lang}"><span lang="${lang === "zh" ? "en" : "zh-CN"}">${e(m.lang.switchTo)}</span></a><span id="pre-switch-${lang}" hidden>${e(m.lang.switchLabel)}</span></header>
<main>
${staticSummary(model.summary, m)}
<p class="dek">${e(model.dek)}</p>
<p class="byline"><span>${e(byline.by)}</span>${byline.data ? `<span>${e(byline.data)}</span>` : ""}<a href="${e(byline.report.href)}">${e(byline.report.text)}</a></p>
<nav class="toc" aria-label="${e(m.nav.label)}"><ul>
<li><a href="#pre-scoreboard-${lang}">${e(m.nav.scoreboard)}</a></li>
<li><a href="#pre-chapters-${lang}">${e(m.nav.chapters)}</a></li>
<li><a href="#pre-data-${lang}">${e(m.nav.comparisons)}</a></li>
<li><a href="#pre-data-${lang}">${e(m.nav.method)}</a></li>
<li><a href="${query("data")}">${e(m.nav.data)}</a></li>
<li><a href="${query("source")}">${e(m.nav.sources)}</a></li>
</ul></nav>
<section id="pre-scoreboard-${lang}">
<h2>${e(scoreboard.heading)}</h2>
<p>${e(scoreboard.intro)}</p>
${figure(scoreboard.chart, model, options)}
${pending.targets.length ? `<h3>${e(pending.title)}</h3>
<p>${e(pending.intro)}</p>
<ul class="pending">${pending.targets.map((t) => `<li><strong>${e(t.name)}</strong><span class="pending-target">${e(t.figure)}</span><span class="muted">${e(t.why)}</span></li>`).join("")}</ul>` : ""}
</section>
<div id="pre-chapters-${lang}">
${model.chapters
  .map((chapter) => `<section>
<h2>${e(chapter.title)}</h2>
${chapter.narrative.map(paragraph).join("\n")}
${chapter.charts[0] ? figure(chapter.charts[0], model, options) : ""}
</section>`)
  .join("\n")}
</div>
<section id="pre-data-${lang}">
<h2>${e(m.dataView.heading)}</h2>
<ul>
<li><a href="${query("data")}">${e(m.dataView.open)}</a></li>
<li><a href="data/observations-excel.csv" download>${e(m.footer.csv)}</a></li>
<li><a href="data/datapackage.json">${e(m.footer.datapackage)}</a></li>
</ul>
</section>
</main>
</div>`;
}
