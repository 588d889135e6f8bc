import {html} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable, TableRow} from "../model/chart-rows.ts";
import {linkTo} from "../model/url-state.ts";
import {marked} from "./marked.ts";
import {stackedTable} from "./stacked-table.ts";

/** A chart's figures as a table: indicator (a link to its page), series, the figure (opens its quote), status, source. */
export function chartTable(chart: ChartWithTable, lang: Lang, open: (id: string) => void, linkBase?: string) {
  // In an embed, links lead to the explainer by absolute URL, whatever page the chart sits on.
  const link = (href: string) => (linkBase ? new URL(href, linkBase).href : href);
  const t = messagesFor(lang).chart.table;
  return stackedTable<TableRow>(chart.table, [
    {label: t.indicator, cell: (row) => html`<a href=${link(linkTo(lang, {indicator: row.indicatorId}))}>${marked(row.indicator, lang)}</a>`},
    {label: t.series, cell: (row) => row.series},
    {label: t.value, cell: (row) => html`<a href="#q-${row.id}" @click=${(e: Event) => (e.preventDefault(), open(row.id))}>${marked(row.figure, lang)}</a>`},
    {label: t.status, cell: (row) => marked(row.status, lang)},
    {label: t.source, cell: (row) => marked(row.source, lang)}
  ], {caption: marked(chart.title, lang), rowObservation: (row) => row.id});
}
