import {css, html, LitElement} from "lit";
import type {Dataset} from "../data/load-dataset.ts";
import {observationRows} from "../data/observation-rows.ts";
import {formatFigure} from "../i18n/format-figure.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import "./bj-lang-toggle.ts";

/** The explainer page: renders what it is given. */
export class BjExplainer extends LitElement {
  static properties = {data: {attribute: false}, lang: {}};
  declare data: Dataset;
  declare lang: Lang;

  static styles = css`
    :host { display: block; max-width: 60rem; margin: 0 auto; padding: 1rem; }
    header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; justify-content: space-between; }
    table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
    th, td { text-align: start; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--rule, #d0d5dd); vertical-align: top; }
    .scroll { overflow-x: auto; }
  `;

  render() {
    const m = messagesFor(this.lang);
    const rows = observationRows(this.data);
    return html`
      <header>
        <h1>${m.title}</h1>
        <bj-lang-toggle .lang=${this.lang}></bj-lang-toggle>
      </header>
      <div class="scroll" tabindex="0" role="region" aria-label=${m.chart.table.indicator}>
        <table>
          <thead><tr><th>${m.chart.table.indicator}</th><th>${m.chart.table.series}</th><th>${m.chart.table.value}</th><th>${m.chart.table.source}</th></tr></thead>
          <tbody>
            ${rows.map((r) => html`<tr><td>${this.lang === "zh" ? r.indicator_zh : r.indicator_en}</td><td>${r.series} ${r.year}</td><td>${formatFigure(r, this.lang)}</td><td>${r.quote}</td></tr>`)}
          </tbody>
        </table>
      </div>
    `;
  }
}

customElements.define("bj-explainer", BjExplainer);
