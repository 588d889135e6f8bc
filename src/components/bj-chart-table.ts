import {html, LitElement} from "lit";
import {emit} from "../app/events.ts";
import type {Lang} from "../i18n/locale.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {chartTable} from "./chart-table.ts";
import {sharedStyles} from "./shared-styles.ts";
import {stackedTableStyles} from "./stacked-table.ts";

/**
 * A chart's figures as a table, in a shadow root of its own: a figure shows
 * it when a reader asks (bj-chart-figure), so the table's code and styles
 * load with the first table opened, not with the first view, and the static
 * page's figures do not each carry its styles.
 */
export class BjChartTable extends LitElement {
  static properties = {chart: {attribute: false}, lang: {}, linkBase: {attribute: false}};
  declare chart: ChartWithTable;
  declare lang: Lang;
  /** The explainer's address, when the chart is shown elsewhere (an embed): the table's links lead to it. */
  declare linkBase: string | undefined;

  static styles = [sharedStyles, stackedTableStyles];

  render() {
    return html`<div class="stack-wrap">${chartTable(this.chart, this.lang, (id) => emit(this, "open-provenance", id), this.linkBase)}</div>`;
  }
}

customElements.define("bj-chart-table", BjChartTable);

declare global {
  interface HTMLElementTagNameMap {
    "bj-chart-table": BjChartTable;
  }
}
