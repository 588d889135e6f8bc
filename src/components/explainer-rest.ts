import {html, nothing, type TemplateResult} from "lit";
import {site} from "../app/site.ts";
// The chapters' charts keep their space until drawn: their layout comes with them (src/app/chart-drawing.ts).
import "../charts/chart-heights.ts";
import type {ExplainerModel} from "../model/explainer-model.ts";
import type {Piece} from "../model/narrative.ts";
import type {ExplainerView} from "../model/page-parts.ts";
import {TRACKER_DEFAULT, trackerView} from "../model/tracker-model.ts";
import {linkTo} from "../model/url-state.ts";
import "./bj-tracker.ts";
import {narrativeParagraphs} from "./bj-narrative.ts";
import {figure, scoreboardSection, type Drawing} from "./explainer-charts.ts";
import {marked} from "./marked.ts";
import {trackerTable} from "./tracker-table.ts";

/**
 * Everything below the first screen, as templates: the scoreboard, the tracker, then chapters,
 * comparisons, method, the way to every figure, the footer. A module of its own, which the live
 * page loads with the rest's part (the first view carries no chart or table code); the build
 * renders it into the static page whole.
 */

/** The places the rest's part stands in the page, each a block of its own: the scoreboard, the tracker, and what follows. */
export type RestPart = "scoreboard" | "tracker" | "rest";

/** The blocks drawn before the chapters: the scoreboard, then the tracker. */
const LEADING_BLOCKS = 2;

/** The rest of an explainer: its view once the rest's part is there. */
export type ExplainerRestView = ExplainerView & Required<Pick<ExplainerView, "scoreboard" | "tracker" | "chapters" | "comparisons" | "method">>;

export interface RestOptions {
  /** How many blocks are drawn (the scoreboard, the tracker, each chapter, comparisons, method): the live page draws a block per task. */
  drawn: number;
  drawing?: Drawing;
  /** The build's render, on the server. */
  server?: boolean;
}

/** How many blocks the rest's part draws: the scoreboard, the tracker, each chapter, comparisons, method. */
export const blocksOf = (rest: Pick<ExplainerRestView, "chapters">) => LEADING_BLOCKS + rest.chapters.length + 2;

/** The scoreboard in its container: the chart that follows the answer (the swap moves the static copy of its container into the live page's pending block). */
export function scoreboardBlock(rest: ExplainerRestView, drawing?: Drawing): TemplateResult {
  return html`<div class="rest-block" data-part=${"scoreboard" satisfies RestPart}>${scoreboardSection(rest, drawing)}</div>`;
}

/**
 * Every target in one table, in its container: on the live page sortable and filterable
 * (bj-tracker), on the server the same template as a plain table that holds the controls' place.
 */
export function trackerBlock({tracker, lang, messages}: ExplainerRestView, {server = false}: {server?: boolean} = {}): TemplateResult {
  const table = server
    ? trackerTable(tracker, trackerView(tracker, TRACKER_DEFAULT, messages), {lang, messages, state: TRACKER_DEFAULT, reserve: true})
    : html`<bj-tracker .model=${tracker} .lang=${lang}></bj-tracker>`;
  return html`<div class="rest-block" data-part=${"tracker" satisfies RestPart}>${table}</div>`;
}

/** The blocks below the tracker drawn so far, in their container: each chapter, comparisons, then method and the way to every figure. */
export function restSections(rest: ExplainerRestView, {drawn, drawing, server = false}: RestOptions): TemplateResult {
  const chapters = rest.chapters.slice(0, Math.max(0, drawn - LEADING_BLOCKS));
  const after = drawn - LEADING_BLOCKS - rest.chapters.length;
  return html`<div class="rest" data-part=${"rest" satisfies RestPart}><div id="chapters">${chapters.map((chapter) => chapterSection(chapter, rest, drawing, server))}</div>
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
