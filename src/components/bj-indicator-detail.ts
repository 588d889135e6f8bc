import {html, LitElement} from "lit";
import type {IndicatorDetail} from "../model/indicator-detail.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {linkTo} from "../model/url-state.ts";
import "./bj-chart-figure.ts";

/** One indicator's page: status, chart, and every figure with its quote in context. */
export class BjIndicatorDetail extends LitElement {
  static properties = {detail: {attribute: false}, lang: {}, backHref: {}};
  declare detail: IndicatorDetail;
  declare lang: Lang;
  declare backHref: string;

  protected createRenderRoot() {
    return this;
  }

  render() {
    const m = messagesFor(this.lang);
    const d = this.detail;
    const permalink = linkTo(this.lang, {indicator: d.id});
    return html`<main class="page indicator-detail" id="main" tabindex="-1">
      <p class="back"><a href=${this.backHref}>← ${m.indicatorView.back}</a></p>
      <p class="muted">${d.domain}</p>
      <h1>${d.name}</h1>
      <p class="takeaway">${d.status}</p>
      <p><a href=${permalink}>${m.indicatorView.permalink}</a></p>
      <bj-chart-figure id="chart-${d.chart.id}" heading-level="2" .chart=${d.chart} .lang=${this.lang}></bj-chart-figure>
      <h2>${m.indicatorView.observations}</h2>
      ${d.observations.map((o) => html`<article class="observation" id="obs-${o.id}">
        <h3>${o.series}${m.sep}${o.written}${o.formatted !== o.written ? ` (${o.formatted})` : ""}</h3>
        <p class="muted">${o.issuer}${m.sep}${o.source}${o.documentNumber ? ` ${o.documentNumber}` : ""}, ${o.date}</p>
        <blockquote lang="zh-CN">${o.paragraph.map((s) => (s.kind === "plain" ? s.text : s.kind === "quote" ? html`<mark>${s.text}</mark>` : html`<mark><strong>${s.text}</strong></mark>`))}</blockquote>
        <p><a href=${linkTo(this.lang, {view: "source", doc: o.sourceId, hash: `q-${o.id}`})}>${m.provenance.openSource}</a></p>
      </article>`)}
    </main>`;
  }
}

customElements.define("bj-indicator-detail", BjIndicatorDetail);

declare global {
  interface HTMLElementTagNameMap {
    "bj-indicator-detail": BjIndicatorDetail;
  }
}
