import {html, nothing, type TemplateResult} from "lit";
import type {ExplainerView} from "../model/page-parts.ts";
import {linkTo} from "../model/url-state.ts";
import "./bj-lang-toggle.ts";
import {marked} from "./marked.ts";
import {statusSummary} from "./status-summary.ts";

/**
 * The explainer's first sections as templates (what follows the first screen is
 * explainer-rest.ts's): bj-explainer decides which are drawn yet. Links are
 * made here, as they render, never in the model: the build renders the same
 * template into the static site, whose links lead to static pages
 * (url-state.ts, renderingStatic).
 */
/** The page's banner: its question as the heading, and the other language. */
export function masthead({messages: m, lang}: ExplainerView, langHref: string): TemplateResult {
  // The skip link leads the banner: inside a landmark, and still the first thing Tab reaches.
  return html`<header class="masthead">
    <a class="skip" href="#main">${m.skipToContent}</a>
    <h1>${marked(m.title, lang)}</h1>
    <bj-lang-toggle .lang=${lang} .href=${langHref}></bj-lang-toggle>
  </header>`;
}

/**
 * The first screen answers before it explains: how many targets can be
 * checked and what those with a figure show, then what the page compares,
 * who made it and from which data, and the way around.
 */
export function firstScreen(model: ExplainerView): TemplateResult {
  const {messages: m, lang, byline} = model;
  return html`${statusSummary(model.summary, m, lang)}
    <p class="dek">${marked(model.dek, lang)}</p>
    <p class="byline"><span>${marked(byline.by, lang)}</span>${byline.data ? html`<span>${marked(byline.data, lang)}</span>` : nothing}${byline.report ? html`<a href=${byline.report.href}>${marked(byline.report.text, lang)}</a>` : nothing}</p>
    <nav class="toc" aria-label=${m.nav.label}>
      <ul>
        <li><a href="#scoreboard">${m.nav.scoreboard}</a></li>
        <li><a href="#tracker">${m.nav.tracker}</a></li>
        <li><a href="#chapters">${m.nav.chapters}</a></li>
        <li><a href="#comparisons">${m.nav.comparisons}</a></li>
        <li><a href="#method">${m.nav.method}</a></li>
        <li><a href=${linkTo(lang, {view: "data"})}>${m.nav.data}</a></li>
        ${model.stories.slice(0, 1).map((id) => html`<li><a href=${linkTo(lang, {story: id})}>${m.story.open}</a></li>`)}
        <li><a href=${linkTo(lang, {view: "source"})}>${m.nav.sources}</a></li>
      </ul>
    </nav>`;
}

