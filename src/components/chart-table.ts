import {html} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable, TableRow} from "../model/chart-rows.ts";
import {linkTo} from "../model/url-state.ts";
import {stackedTable} from "./stacked-table.ts";

/** A chart's figures as a table: indicator (a link to its page), series, the figure (opens its quote), status, source. */
export function chartTable(chart: ChartWithTable, lang: Lang, open: (id: string) => void) {
  const t = messagesFor(lang).chart.table;
  return stackedTable<TableRow>(chart.table, [
    {label: t.indicator, cell: (row) => html`<a href=${linkTo(lang, {indicator: row.indicatorId})}>${row.indicator}</a>`},
    {label: t.series, cell: (row) => row.series},
    {label: t.value, cell: (row) => html`<a href="#q-${row.id}" @click=${(e: Event) => (e.preventDefault(), open(row.id))}>${row.figure}</a>`},
    {label: t.status, cell: (row) => row.status},
    {label: t.source, cell: (row) => row.source}
  ], {caption: chart.title, rowObservation: (row) => row.id});
}
