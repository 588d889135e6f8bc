import {html} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {linkTo} from "../model/url-state.ts";

/** A chart's figures as a table: indicator (a link to its page), series, the figure (opens its quote), status, source. */
export function chartTable(chart: ChartWithTable, lang: Lang, open: (id: string) => void) {
  const m = messagesFor(lang);
  return html`<table>
    <caption>${chart.title}</caption>
    <thead><tr><th scope="col">${m.chart.table.indicator}</th><th scope="col">${m.chart.table.series}</th><th scope="col">${m.chart.table.value}</th><th scope="col">${m.chart.table.status}</th><th scope="col">${m.chart.table.source}</th></tr></thead>
    <tbody>
      ${chart.table.map((row) => html`<tr>
        <td><a href=${linkTo(lang, {indicator: row.indicatorId})}>${row.indicator}</a></td><td>${row.series}</td>
        <td><a href="#q-${row.id}" @click=${(e: Event) => (e.preventDefault(), open(row.id))}>${row.figure}</a></td>
        <td>${row.status}</td><td>${row.source}</td>
      </tr>`)}
    </tbody>
  </table>`;
}
