import {html, nothing, type TemplateResult} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {provenanceOf, type PageModel} from "../model/page-model.ts";
import {shareHref} from "../model/url-state.ts";
import type {Messages} from "../i18n/messages.ts";
import {withAbsoluteLinks} from "../model/absolute-links.ts";
import "./bj-chart-figure.ts";
import "./bj-provenance-panel.ts";

export interface EmbeddedChartOptions {
  model: PageModel;
  /** The chart, or a story element already drawn, shown above the credit. */
  content: TemplateResult | ChartWithTable;
  /** The open quote, if any. */
  selected: string | null;
  /** A download that failed, said in the reader's language. */
  notice: string;
  /** The explainer, absolute: every link in an embed leads there. */
  explainer: URL;
  /** Where "open in the explainer" lands (a chart's anchor, a story), absolute. */
  credit: string;
}

// The same chart object keeps the same absolute copy, so the figure is not redrawn on every render.
const copies = new WeakMap<ChartWithTable, ChartWithTable>();
function absolute(chart: ChartWithTable, explainer: URL): ChartWithTable {
  if (!copies.has(chart)) copies.set(chart, withAbsoluteLinks(chart, explainer));
  return copies.get(chart)!;
}

/** A link out of an embed: in a new tab, so the reader keeps the article; said to screen readers. */
export function outbound(href: string, text: string, m: Messages): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener">${text}<span class="visually-hidden"> ${m.embed.newTab}</span></a>`;
}

/**
 * What the embed page and the web component show around a chart: a notice
 * for a failed download, the chart, a credit linking to the explainer, and
 * the quote dialog, its "open in the source" link absolute.
 */
export function embeddedChart({model, content, selected, notice, explainer, credit}: EmbeddedChartOptions): TemplateResult {
  const lang: Lang = model.lang;
  const m = messagesFor(lang);
  const item = provenanceOf(model, selected);
  const source = item ? shareHref(explainer, lang, {view: "source", doc: item.sourceId, hash: `q-${item.id}`}) : "";
  return html`${notice ? html`<p class="notice" role="alert">${notice}</p>` : nothing}
    ${"rows" in content ? html`<bj-chart-figure hide-embed heading-level="1" .chart=${absolute(content, explainer)} .lang=${lang} .linkBase=${explainer.href}></bj-chart-figure>` : content}
    <p class="credit">${m.embed.credit} ${outbound(credit, m.title, m)}</p>
    <bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${source} .history=${false}></bj-provenance-panel>`;
}
