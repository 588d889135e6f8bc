import {html, nothing, type TemplateResult} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {provenanceOf, type PageModel} from "../model/page-model.ts";
import {linkTo} from "../model/url-state.ts";
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
  /** Where links open: the host's whole tab from an iframe (`_top`), the same tab from the web component. */
  target: "_top" | "_self";
}

// The same chart object keeps the same absolute copy, so the figure is not redrawn on every render.
const copies = new WeakMap<ChartWithTable, ChartWithTable>();
function absolute(chart: ChartWithTable, explainer: URL): ChartWithTable {
  if (!copies.has(chart)) copies.set(chart, withAbsoluteLinks(chart, explainer));
  return copies.get(chart)!;
}

/**
 * What the embed page and the web component show around a chart: a notice
 * for a failed download, the chart, a credit linking to the explainer, and
 * the quote dialog, its "open in the source" link absolute.
 */
export function embeddedChart({model, content, selected, notice, explainer, credit, target}: EmbeddedChartOptions): TemplateResult {
  const lang: Lang = model.lang;
  const m = messagesFor(lang);
  const item = provenanceOf(model, selected);
  const source = item ? new URL(linkTo(lang, {view: "source", doc: item.sourceId, hash: `q-${item.id}`}), explainer).href : "";
  return html`${notice ? html`<p class="notice" role="alert">${notice}</p>` : nothing}
    ${"rows" in content ? html`<bj-chart-figure hide-embed heading-level="1" .chart=${absolute(content, explainer)} .lang=${lang} .linkBase=${explainer.href}></bj-chart-figure>` : content}
    <p class="credit">${m.embed.credit} <a href=${credit} target=${target}>${m.title}</a></p>
    <bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${source}></bj-provenance-panel>`;
}
