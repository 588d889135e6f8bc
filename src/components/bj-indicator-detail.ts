import {html, LitElement, nothing} from "lit";
import {isOfflineCopy} from "../app/offline-copy.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {DataSnippets} from "../model/data-snippets.ts";
import type {IndicatorDetail} from "../model/indicator-detail.ts";
import {linkTo} from "../model/url-state.ts";
import "./bj-chart-figure.ts";
import {marked} from "./marked.ts";
import {quoteTranslation} from "./quote-translation.ts";
import "./bj-data-snippets.ts";

/**
 * One indicator's page: what it counts, its status and how each of its
 * targets is judged, its chart, every figure with its quote in context, the
 * related and not-comparable indicators, its files and the code that loads them.
 */
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

  private about() {
    const m = messagesFor(this.lang).indicatorView;
    const d = this.detail;
    return html`<section class="indicator-about" aria-labelledby="ind-about-h">
      <h2 id="ind-about-h">${m.about}</h2>
      <dl>
        <dt>${m.definition}</dt><dd>${marked(d.definition, this.lang)}</dd>
        <dt>${m.unit}</dt><dd>${d.unit}</dd>
        <dt>${m.basis}</dt><dd>${d.basis}</dd>
        <dt>${m.direction}</dt><dd>${d.direction}</dd>
      </dl>
      ${d.mainTarget ? html`<p>${m.mainTarget}</p>` : nothing}
    </section>`;
  }

  private method() {
    const m = messagesFor(this.lang).indicatorView;
    const {methods} = this.detail;
    return html`<section class="indicator-method" aria-labelledby="ind-method-h">
      <h2 id="ind-method-h">${m.method}</h2>
      ${methods.length
        ? html`<p>${m.methodIntro}</p>
            <ul>${methods.map((t) => html`<li data-target=${t.id}><strong>${marked(t.target, this.lang)}</strong>${messagesFor(this.lang).sep}${marked(t.status, this.lang)}${this.lang === "zh" ? "。" : ". "}${marked(t.method, this.lang)}</li>`)}</ul>`
        : html`<p>${m.noTarget}</p>`}
      <p><a href="${linkTo(this.lang)}#method">${m.methodLink}</a></p>
    </section>`;
  }

  private related() {
    const m = messagesFor(this.lang).indicatorView;
    const {related} = this.detail;
    if (!related.length) return nothing;
    return html`<section class="indicator-related" aria-labelledby="ind-related-h">
      <h2 id="ind-related-h">${m.related}</h2>
      ${related.map((group) => html`<h3>${group.label}</h3>
        <ul data-relation=${group.relation}>${group.links.map((link) => html`<li><a href=${link.href}>${marked(link.name, this.lang)}</a>${messagesFor(this.lang).sep}${marked(link.why, this.lang)}</li>`)}</ul>`)}
    </section>`;
  }

  /** The offline copy holds only the whole dataset: an indicator's files live on the site, whose address the snippets name. */
  private downloads() {
    if (isOfflineCopy()) return nothing;
    const m = messagesFor(this.lang).indicatorView;
    const {downloads} = this.detail;
    return html`<section class="indicator-downloads" aria-labelledby="ind-downloads-h">
      <h2 id="ind-downloads-h">${m.downloads}</h2>
      <ul>
        <li><a href=${downloads.csv} download data-file="csv">${m.csv}</a></li>
        <li><a href=${downloads.metadata} data-file="metadata">${m.metadata}</a></li>
      </ul>
    </section>`;
  }

  render() {
    const m = messagesFor(this.lang);
    const d = this.detail;
    const permalink = linkTo(this.lang, {indicator: d.id});
    return html`<main class="page indicator-detail" id="main" tabindex="-1">
      <p class="back"><a href=${this.backHref}>← ${m.indicatorView.back}</a></p>
      <p class="muted">${d.domain}</p>
      <h1>${marked(d.name, this.lang)}</h1>
      <p class="takeaway">${marked(d.status, this.lang)}</p>
      <p><a href=${permalink}>${m.indicatorView.permalink}</a></p>
      ${this.about()}
      <bj-chart-figure id="chart-${d.chart.id}" heading-level="2" .chart=${d.chart} .lang=${this.lang}></bj-chart-figure>
      ${this.method()}
      <h2>${m.indicatorView.observations}</h2>
      ${d.observations.map((o) => html`<article class="observation" id="obs-${o.id}">
        <h3>${o.series}${m.sep}${marked(o.written, this.lang)}${o.formatted !== o.written ? ` (${o.formatted})` : ""}</h3>
        <p class="muted">${marked(`${o.issuer}${m.sep}${o.source}${o.documentNumber ? ` ${o.documentNumber}` : ""}, ${o.date}`, this.lang)}</p>
        ${o.ownStatus ? html`<p class="figure-status">${interpolate(m.indicatorView.figureStatus, {status: o.ownStatus})}</p>` : nothing}
        <blockquote lang="zh-CN">${o.paragraph.map((s) => (s.kind === "plain" ? s.text : s.kind === "quote" ? html`<mark>${s.text}</mark>` : html`<mark><strong>${s.text}</strong></mark>`))}</blockquote>
        ${quoteTranslation(o.translation, m.provenance.translation)}
        <p><a href=${linkTo(this.lang, {view: "source", doc: o.sourceId, hash: `q-${o.id}`})}>${m.provenance.openSource}</a></p>
      </article>`)}
      ${this.related()}
      ${this.downloads()}
      <bj-data-snippets .snippets=${this.snippets} .base=${this.snippetBase} .lang=${this.lang}></bj-data-snippets>
    </main>`;
  }
}

customElements.define("bj-indicator-detail", BjIndicatorDetail);

declare global {
  interface HTMLElementTagNameMap {
    "bj-indicator-detail": BjIndicatorDetail;
  }
}
