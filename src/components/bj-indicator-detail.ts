import {html, LitElement, nothing, type TemplateResult} from "lit";
import {isOfflineCopy} from "../app/offline-copy.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {DataSnippets} from "../model/data-snippets.ts";
import type {IndicatorDetail} from "../model/indicator-detail.ts";
import {linkTo, siteHref} from "../model/url-state.ts";
import "./bj-chart-figure.ts";
import {marked} from "./marked.ts";
import {quoteTranslation} from "./quote-translation.ts";
import "./bj-data-snippets.ts";

export interface IndicatorPageOptions {
  lang: Lang;
  /** Where "back" leads (the explainer, with the reader's filters kept on the live page). */
  backHref: string;
  /** Code that loads this indicator's files, and the data address it loads from (the live page's: it knows its address). */
  snippets?: {snippets: DataSnippets; base: string} | null;
  /** The offline single file: an indicator's files live on the site, not beside it. */
  offline?: boolean;
  /** What the chart shows before it draws (the build's drawing, on the server). */
  drawing?: (chart: ChartWithTable) => unknown;
}

function about(d: IndicatorDetail, lang: Lang): TemplateResult {
  const m = messagesFor(lang).indicatorView;
  return html`<section class="indicator-about" aria-labelledby="ind-about-h">
    <h2 id="ind-about-h">${m.about}</h2>
    <dl>
      <dt>${m.definition}</dt><dd>${marked(d.definition, lang)}</dd>
      <dt>${m.unit}</dt><dd>${d.unit}</dd>
      <dt>${m.basis}</dt><dd>${d.basis}</dd>
      <dt>${m.direction}</dt><dd>${d.direction}</dd>
    </dl>
    ${d.mainTarget ? html`<p>${m.mainTarget}</p>` : nothing}
  </section>`;
}

function method({methods}: IndicatorDetail, lang: Lang): TemplateResult {
  const all = messagesFor(lang);
  const m = all.indicatorView;
  return html`<section class="indicator-method" aria-labelledby="ind-method-h">
    <h2 id="ind-method-h">${m.method}</h2>
    ${methods.length
      ? html`<p>${m.methodIntro}</p>
          <ul>${methods.map((t) => html`<li data-target=${t.id}><strong>${marked(t.target, lang)}</strong>${all.sep}${marked(t.status, lang)}${all.sentenceEnd}${marked(t.method, lang)}</li>`)}</ul>`
      : html`<p>${m.noTarget}</p>`}
    <p><a href=${linkTo(lang, {hash: "method"})}>${m.methodLink}</a></p>
  </section>`;
}

function related({related}: IndicatorDetail, lang: Lang): TemplateResult | typeof nothing {
  const all = messagesFor(lang);
  if (!related.length) return nothing;
  return html`<section class="indicator-related" aria-labelledby="ind-related-h">
    <h2 id="ind-related-h">${all.indicatorView.related}</h2>
    ${related.map((group) => html`<h3>${group.label}</h3>
      <ul data-relation=${group.relation}>${group.links.map((link) => html`<li><a href=${linkTo(lang, {indicator: link.id})}>${marked(link.name, lang)}</a>${all.sep}${marked(link.why, lang)}</li>`)}</ul>`)}
  </section>`;
}

/** The offline copy holds only the whole dataset: an indicator's files live on the site, whose address the snippets name. */
function downloads({downloads}: IndicatorDetail, lang: Lang, offline: boolean): TemplateResult | typeof nothing {
  if (offline) return nothing;
  const m = messagesFor(lang).indicatorView;
  return html`<section class="indicator-downloads" aria-labelledby="ind-downloads-h">
    <h2 id="ind-downloads-h">${m.downloads}</h2>
    <ul>
      <li><a href=${siteHref(downloads.csv, globalThis.location?.pathname ?? "/")} download data-file="csv">${m.csv}</a></li>
      <li><a href=${siteHref(downloads.metadata, globalThis.location?.pathname ?? "/")} data-file="metadata">${m.metadata}</a></li>
    </ul>
  </section>`;
}

/**
 * One indicator's page: what it counts, its status and how each of its
 * targets is judged, its chart, every figure with its quote in context, the
 * related and not-comparable indicators, its files and the code that loads
 * them. The one template of the page: the build renders it as
 * indicators/<id>/ (src/prerender/), the live page into bj-indicator-detail.
 */
export function indicatorPage(d: IndicatorDetail, {lang, backHref, snippets, offline = false, drawing}: IndicatorPageOptions): TemplateResult {
  const m = messagesFor(lang);
  const permalink = linkTo(lang, {indicator: d.id});
  return html`<main class="page indicator-detail" id="main" tabindex="-1">
    <p class="back"><a href=${backHref}>← ${m.indicatorView.back}</a></p>
    <p class="muted">${d.domain}</p>
    <h1>${marked(d.name, lang)}</h1>
    <p class="takeaway">${marked(d.status, lang)}</p>
    <p><a href=${permalink}>${m.indicatorView.permalink}</a></p>
    ${about(d, lang)}
    <bj-chart-figure id="chart-${d.chart.id}" heading-level="2" .chart=${d.chart} .lang=${lang} .prerendered=${drawing?.(d.chart)}></bj-chart-figure>
    ${method(d, lang)}
    <h2>${m.indicatorView.observations}</h2>
    ${d.observations.map((o) => html`<article class="observation" id="obs-${o.id}">
      <h3>${o.series}${m.sep}${marked(o.written, lang)}${o.formatted !== o.written ? ` (${o.formatted})` : ""}</h3>
      <p class="muted">${marked(`${o.issuer}${m.sep}${o.source}${o.documentNumber ? ` ${o.documentNumber}` : ""}, ${o.date}`, lang)}</p>
      ${o.ownStatus ? html`<p class="figure-status">${interpolate(m.indicatorView.figureStatus, {status: o.ownStatus})}</p>` : nothing}
      <blockquote lang="zh-CN">${o.paragraph.map((s) => (s.kind === "plain" ? s.text : s.kind === "quote" ? html`<mark>${s.text}</mark>` : html`<mark><strong>${s.text}</strong></mark>`))}</blockquote>
      ${quoteTranslation(o.translation, m.provenance.translation)}
      <p><a href=${linkTo(lang, {view: "source", doc: o.sourceId, hash: `q-${o.id}`})}>${m.provenance.openSource}</a></p>
    </article>`)}
    ${related(d, lang)}
    ${downloads(d, lang, offline)}
    ${snippets ? html`<bj-data-snippets .snippets=${snippets.snippets} .base=${snippets.base} .lang=${lang}></bj-data-snippets>` : nothing}
  </main>`;
}

/** The live indicator page: the template above, in the light DOM (its ids are fragments a link lands on). */
export class BjIndicatorDetail extends LitElement {
  static properties = {detail: {attribute: false}, snippets: {attribute: false}, snippetBase: {}, lang: {}, backHref: {}};
  declare detail: IndicatorDetail;
  /** Code that loads this indicator's files, and the data address it loads from. */
  declare snippets: DataSnippets | null;
  declare snippetBase: string;
  declare lang: Lang;
  declare backHref: string;

  constructor() {
    super();
    this.snippets = null;
    this.snippetBase = "";
  }

  protected createRenderRoot() {
    return this;
  }

  render() {
    return indicatorPage(this.detail, {lang: this.lang, backHref: this.backHref, snippets: this.snippets && {snippets: this.snippets, base: this.snippetBase}, offline: isOfflineCopy()});
  }
}

customElements.define("bj-indicator-detail", BjIndicatorDetail);

declare global {
  interface HTMLElementTagNameMap {
    "bj-indicator-detail": BjIndicatorDetail;
  }
}
