import {html, nothing, type TemplateResult} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {Provenance} from "../model/provenance.ts";
import {linkTo, shareHref, type StatePatch} from "../model/url-state.ts";
import type {Messages} from "../i18n/messages.ts";
import "./bj-chart-figure.ts";
import "./bj-provenance-panel.ts";

export interface EmbeddedChartOptions {
  lang: Lang;
  /** The chart, or a story element already drawn, shown above the credit. */
  content: TemplateResult | ChartWithTable;
  /** The open quote, if any (null while none is open or its file loads). */
  item: Provenance | null;
  /** A download that failed, said in the reader's language. */
  notice: string;
  /** The explainer, absolute: every link in an embed leads there, in a new tab (null on the server: links stay as made, within the static site). */
  explainer: URL | null;
  /** Where "open in the explainer" lands (a chart's anchor, a story). */
  credit: string;
  /** What the chart shows before it draws (the build's drawing of a static embed page, on the server). */
  prerendered?: unknown;
}

/** A link out of an embed: in a new tab, so the reader keeps the article; said to screen readers. */
export function outbound(href: string, text: string, m: Messages): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener">${text}<span class="visually-hidden"> ${m.embed.newTab}</span></a>`;
}

/**
 * What the embed page and the web component show around a chart: a notice
 * for a failed download, the chart (its marks and links leading to the
 * explainer by absolute URL), a credit linking to the explainer, and the
 * quote dialog, its "open in the source" link absolute.
 */
export function embeddedChart({lang, content, item, notice, explainer, credit, prerendered}: EmbeddedChartOptions): TemplateResult {
  const m = messagesFor(lang);
  const absolute = (href: string) => (explainer ? new URL(href, explainer).href : href);
  // As a reader shares it (the language's page file, no lang=), or within the static site on the server.
  const to = (patch: StatePatch) => (explainer ? shareHref(explainer, lang, patch) : linkTo(lang, patch));
  const source = item ? to({view: "source", doc: item.sourceId, hash: `q-${item.id}`}) : "";
  return html`${notice ? html`<p class="notice" role="alert">${notice}</p>` : nothing}
    ${"rows" in content ? html`<bj-chart-figure hide-embed heading-level="1" .chart=${content} .lang=${lang} .linkBase=${explainer?.href} .prerendered=${prerendered}></bj-chart-figure>` : content}
    <p class="credit">${m.embed.credit} ${outbound(absolute(credit), m.title, m)}</p>
    <bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${source} .history=${false}></bj-provenance-panel>`;
}
