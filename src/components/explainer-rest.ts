import {html, nothing, type TemplateResult} from "lit";
import {site} from "../app/site.ts";
// The chapters' charts keep their space until drawn: their layout comes with them (src/app/chart-drawing.ts).
import "../charts/chart-heights.ts";
import type {ExplainerModel} from "../model/explainer-model.ts";
import type {Piece} from "../model/narrative.ts";
import type {ExplainerView} from "../model/page-parts.ts";
import {linkTo} from "../model/url-state.ts";
import {narrativeParagraphs} from "./bj-narrative.ts";
import {figure, scoreboardSection, type Drawing} from "./explainer-charts.ts";
import {marked} from "./marked.ts";

/**
 * What follows the tracker, as templates: the scoreboard, chapters, comparisons,
 * method, the way to every figure, the footer. A module of its own, which the live
 * page loads with the rest's part (the first view does not carry it); the
 * build renders it into the static page whole.
 */

/** The rest of an explainer: its view once the rest's part is there. */
export type ExplainerRestView = ExplainerView & Required<Pick<ExplainerView, "scoreboard" | "chapters" | "comparisons" | "method">>;

export interface RestOptions {
  /** How many blocks are drawn (the scoreboard, each chapter, comparisons, method): the live page draws a block per task. */
  drawn: number;
  drawing?: Drawing;
  /** Laid out only once the first screen has painted (the static page's; page.css). */
  deferRest?: boolean;
  /** The build's render, on the server. */
  server?: boolean;
}

/** The blocks drawn so far, in their container: the scoreboard, each chapter, comparisons, then method and the way to every figure. */
export function restSections(rest: ExplainerRestView, {drawn, drawing, deferRest = false, server = false}: RestOptions): TemplateResult {
  const chapters = rest.chapters.slice(0, Math.max(0, drawn - 1));
  const after = drawn - 1 - rest.chapters.length;
  return html`<div class="rest ${deferRest ? "deferred" : ""}">${drawn >= 1 ? scoreboardSection(rest, drawing) : nothing}<div id="chapters">${chapters.map((chapter) => chapterSection(chapter, rest, drawing, server))}</div>
    ${after >= 1 ? comparisonsSection(rest, drawing, server) : nothing}
    ${after >= 2 ? html`${methodSection(rest)}${allFigures(rest)}` : nothing}</div>`;
}

function allFigures({messages: m, lang}: ExplainerView): TemplateResult {
  return html`<section id="all-figures" aria-labelledby="all-figures-h">
    <h2 id="all-figures-h">${m.allFigures.heading}</h2>
    <p>${m.allFigures.intro}</p>
    <p><a href=${linkTo(lang, {view: "data"})}>${m.dataView.open}</a></p>
  </section>`;
}

/** The offline copy's note, its {url} a link to the hosted page. */
const offlineNote = (text: string, url: string) => {
  const [before, after = ""] = text.split("{url}");
  return html`${before}<a href=${url}>${url}</a>${after}`;
};

/** A narrative: the live page's element, the static page's paragraphs as they are (the build has no light-DOM elements). */
const narrative = (paragraphs: Piece[][], label: string, lang: ExplainerModel["lang"], tips: string, server = false) =>
  server
    ? html`<div class="narrative">${narrativeParagraphs(paragraphs, {label, lang, tips})}</div>`
    : html`<bj-narrative class="narrative" .paragraphs=${paragraphs} .label=${label} .lang=${lang} .tips=${tips}></bj-narrative>`;

export function chapterSection(chapter: ExplainerModel["chapters"][number], {lang, messages: m}: ExplainerView, drawing?: Drawing, server = false): TemplateResult {
  return html`<section id="chapter-${chapter.id}" aria-labelledby="chapter-${chapter.id}-h">
    <h2 id="chapter-${chapter.id}-h">${marked(chapter.title, lang)}</h2>
    ${narrative(chapter.narrative, m.provenance.heading, lang, chapter.id, server)}
    ${chapter.charts.map((c) => figure(c, lang, drawing))}
  </section>`;
}

export function comparisonsSection({comparisons, lang, messages: m}: Pick<ExplainerModel, "comparisons" | "lang" | "messages">, drawing?: Drawing, server = false): TemplateResult {
  const {texts} = comparisons;
  return html`<section id="comparisons" aria-labelledby="comparisons-h">
    <h2 id="comparisons-h">${marked(texts.heading, lang)}</h2>
    ${comparisons.scopes.map((c) => html`<h3>${marked(c.title, lang)}</h3>
      ${narrative([c.body], m.provenance.heading, lang, `comparisons-${c.scope}`, server)}`)}
    <h3>${marked(texts.noCounterpart.title, lang)}</h3>
    <p>${marked(texts.noCounterpart.body, lang)} <a href=${linkTo(lang, {view: "data", filters: {series: ["baseline"]}})}>${marked(texts.noCounterpart.link, lang)}</a></p>
  </section>`;
}

export function methodSection({method, messages: m, lang}: Pick<ExplainerModel, "method" | "messages" | "lang">): TemplateResult {
  return html`<section id="method" aria-labelledby="method-h" class="method">
    <h2 id="method-h">${marked(m.method.heading, lang)}</h2>
    <p>${marked(method.intro, lang)}</p>
    <ul>${method.items.map((item) => html`<li>${marked(item, lang)}</li>`)}</ul>
  </section>`;
}

export function footer({messages: m, byline, lang}: ExplainerView, {offline = false}: {offline?: boolean} = {}): TemplateResult {
  return html`<footer class="footer">
    ${offline ? html`<p class="offline">${m.offline}${byline.homepage ? html` ${offlineNote(m.offlineHosted, byline.homepage)}` : nothing}</p>` : nothing}
    <p>${m.footer.data}</p>
    <ul>
      <li><a href=${site("data/observations-excel.csv")} download>${m.footer.csv}</a></li>
      <li><a href=${site("data/observations.json")} download>${m.footer.json}</a></li>
      <li><a href=${site("data/datapackage.json")}>${m.footer.datapackage}</a></li>
    </ul>
    <p>${marked(m.footer.note, lang)}</p>
  </footer>`;
}
