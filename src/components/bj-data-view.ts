import {html, LitElement, nothing, type PropertyValues} from "lit";
import type {DataRow, DataViewModel} from "../model/data-view-model.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {linkTo, type Filters, type SortKey, type UrlState} from "../model/url-state.ts";
import {emit, type StateChange} from "../app/events.ts";
import "./bj-cite-panel.ts";
import type {Citation} from "./bj-cite-panel.ts";
import "./bj-data-snippets.ts";
import type {DataSnippets} from "../model/data-snippets.ts";
import type {DataDownload} from "../app/events.ts";
import {marked} from "./marked.ts";
import {stackedTable, type TableColumn} from "./stacked-table.ts";
import {VirtualRows} from "../app/virtual-rows.ts";

export type {StateChange};

const COLUMNS: SortKey[] = ["indicator", "domain", "scope", "series", "year", "value", "source"];

/**
 * The researchers' table: filters with counts, search, a sortable table of
 * every observation with its quote, downloads and citations. It renders the
 * model and reports what the reader changes; the page owns the state. A long
 * table draws a window of its rows (src/app/virtual-rows.ts).
 */
export class BjDataView extends LitElement {
  static properties = {model: {attribute: false}, state: {attribute: false}, lang: {}, citations: {attribute: false}, snippets: {attribute: false}, snippetBase: {}};
  declare model: DataViewModel;
  declare state: UrlState;
  declare lang: Lang;
  declare citations: Citation[];
  /** Code that loads the whole dataset, and the data address it loads from. */
  declare snippets: DataSnippets | null;
  declare snippetBase: string;

  private readonly rows = new VirtualRows(this, {rows: () => this.model.rows.length, body: () => this.querySelector("table.stack tbody")});

  protected createRenderRoot() {
    return this;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    // Other rows, other heights.
    if (changed.has("model")) this.rows.reset();
  }

  private change(detail: StateChange) {
    emit(this, "state-change", detail);
  }

  private toggle(key: Exclude<keyof Filters, "q">, value: string, on: boolean) {
    const current = this.state.filters[key] as string[];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    this.change({filters: {[key]: next}, push: true});
  }

  private sortBy(key: SortKey) {
    const dir = this.state.sort.key === key && this.state.sort.dir === "asc" ? "desc" : "asc";
    this.change({sort: {key, dir}, push: true});
  }

  private download(kind: DataDownload) {
    emit(this, "download-data", kind);
  }

  /** A column of the table: a sort button in its header, its cells. */
  private column(key: SortKey): TableColumn<DataRow> {
    const m = messagesFor(this.lang);
    const {sort} = this.state;
    const active = sort.key === key;
    const label = m.dataView.columns[key];
    const cells: Record<SortKey, TableColumn<DataRow>["cell"]> = {
      indicator: (row) => html`<a href=${linkTo(this.lang, {indicator: row.indicator_id})}>${marked(row.name, this.lang)}</a>`,
      domain: (row) => m.domains[row.domain],
      scope: (row) => row.scopeName,
      series: (row) => m.seriesFilter[row.series],
      year: (row) => row.year,
      value: (row) => html`<strong>${marked(row.display, this.lang)}</strong>`,
      source: (row) => html`<span lang="zh-CN">“${row.quote}”</span>${this.lang === "en" && row.quote_en ? html`<br /><span class="translation"><span class="translation-label">${m.provenance.translation}:</span> <q>${row.quote_en}</q></span>` : ""}<br /><span class="muted">${marked(row.sourceTitle, this.lang)}</span> · <a href=${linkTo(this.lang, {view: "source", doc: row.source_id, hash: `q-${row.observation_id}`})}>${m.dataView.openSource}</a>`
    };
    return {
      label,
      sort: active ? (sort.dir === "asc" ? "ascending" : "descending") : "none",
      header: html`<button type="button" class="sort" aria-label=${interpolate(m.dataView.sortBy, {column: label})} @click=${() => this.sortBy(key)}>${label}<span aria-hidden="true">${active ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}</span></button>`,
      cell: cells[key]
    };
  }

  render() {
    const m = messagesFor(this.lang);
    const {rows, total, facets} = this.model;
    const {filters} = this.state;
    const back = linkTo(this.lang);
    const anyFilter = Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : v !== ""));
    return html`<main class="page data-view" id="main" tabindex="-1">
      <p class="back"><a href=${back}>← ${m.indicatorView.back}</a></p>
      <h1>${m.dataView.heading}</h1>
      <p>${m.dataView.intro}</p>
      <form class="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
        <label class="search">${m.dataView.search}
          <input type="search" name="q" maxlength="100" .value=${filters.q}
            @input=${(e: InputEvent) => this.change({filters: {q: (e.target as HTMLInputElement).value}, push: false})}
            @change=${(e: Event) => this.change({filters: {q: (e.target as HTMLInputElement).value}, push: true})} />
        </label>
        <div class="facets">
          ${(Object.keys(facets) as Array<keyof typeof facets>).map((key) => html`<fieldset class="facet-${key}">
            <legend>${m.dataView.facets[key]}</legend>
            ${facets[key].map((option) => html`<label class="option">
              <input type="checkbox" name=${key} value=${option.value} .checked=${option.checked} @change=${(e: Event) => this.toggle(key, option.value, (e.target as HTMLInputElement).checked)} />
              <span>${option.label}</span> <span class="count">(${option.count})</span>
            </label>`)}
          </fieldset>`)}
        </div>
        ${anyFilter ? html`<button type="button" @click=${() => this.change({filters: {domain: [], scope: [], series: [], status: [], source: [], q: ""}, push: true})}>${m.dataView.clear}</button>` : nothing}
      </form>
      <p class="result-count" role="status">${interpolate(m.dataView.count, {shown: rows.length, total})}</p>
      <div class="downloads" role="group" aria-label=${m.downloads.heading}>
        <button type="button" data-download="csv" @click=${() => this.download("csv")}>${m.downloads.csv}</button>
        <button type="button" data-download="json" @click=${() => this.download("json")}>${m.downloads.json}</button>
        <button type="button" data-download="selection" @click=${() => this.download("selection")}>${m.downloads.selection}</button>
        <button type="button" data-download="zip" @click=${() => this.download("zip")}>${m.downloads.datapackage}</button>
      </div>
      <div class="figures-table stack-wrap" tabindex="0" role="region" aria-label=${m.dataView.heading}>
        ${stackedTable(rows, COLUMNS.map((key) => this.column(key)), {
          rowObservation: (row) => row.observation_id,
          empty: m.dataView.empty,
          window: this.rows.window
        })}
      </div>
      <bj-cite-panel .citations=${this.citations} .lang=${this.lang}></bj-cite-panel>
      <bj-data-snippets .snippets=${this.snippets} .base=${this.snippetBase} .lang=${this.lang}></bj-data-snippets>
    </main>`;
  }
}

customElements.define("bj-data-view", BjDataView);

declare global {
  interface HTMLElementTagNameMap {
    "bj-data-view": BjDataView;
  }
}
