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

export type {StateChange};

const COLUMNS: SortKey[] = ["indicator", "domain", "scope", "series", "year", "value", "source"];

/** Up to this many rows the table is drawn whole; above, only a window of rows around the screen (the rest is space). */
export const VIRTUAL_FROM = 200;
/** The window covers this many screens' height of rows, and at least MIN_WINDOW rows. */
const SCREENS = 2.5;
const MIN_WINDOW = 12;

/**
 * The researchers' table: filters with counts, search, a sortable table of
 * every observation with its quote, downloads and citations. It renders the
 * model and reports what the reader changes; the page owns the state.
 */
export class BjDataView extends LitElement {
  static properties = {model: {attribute: false}, state: {attribute: false}, lang: {}, citations: {attribute: false}, snippets: {attribute: false}, snippetBase: {}, start: {state: true}};
  declare model: DataViewModel;
  declare state: UrlState;
  declare lang: Lang;
  declare citations: Citation[];
  /** Code that loads the whole dataset, and the data address it loads from. */
  declare snippets: DataSnippets | null;
  declare snippetBase: string;

  /**
   * A long table (more than VIRTUAL_FROM rows) draws a window of rows from here:
   * those around the screen, or around the row that has focus, so Tab and a
   * screen reader's cursor still reach every row (each says its place,
   * aria-rowindex). The browser's find-in-page sees only the rows drawn: the
   * search box above the table searches them all.
   */
  declare start: number;
  /** The height of a drawn row, measured (a guess until then), for the space of those not drawn. */
  private rowHeight = 48;
  /**
   * Every window measured so far, by its first row: rows differ in height (a card with a long quote), so
   * the estimate is the mean of all rows seen, not the last window's, which would move the space above
   * the window each time it moves, and could send it back and forth between two places.
   */
  private measured = new Map<number, {rows: number; height: number}>();
  private frame = 0;

  constructor() {
    super();
    this.start = 0;
  }

  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    addEventListener("scroll", this.onScroll, {passive: true});
    addEventListener("resize", this.onScroll, {passive: true});
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener("scroll", this.onScroll);
    removeEventListener("resize", this.onScroll);
    cancelAnimationFrame(this.frame);
  }

  private get virtual(): boolean {
    return this.model.rows.length > VIRTUAL_FROM;
  }

  /** How many rows the window draws: enough for SCREENS screens (stacked cards are taller than table rows). */
  private get size(): number {
    return Math.max(MIN_WINDOW, Math.ceil((SCREENS * innerHeight) / this.rowHeight));
  }

  /** The first row to draw so that the window covers what is on screen. */
  private onScroll = () => {
    if (!this.virtual || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const body = this.querySelector("table.stack tbody");
      if (!body) return;
      const above = Math.max(0, -body.getBoundingClientRect().top);
      const first = Math.floor(above / this.rowHeight);
      const start = Math.max(0, Math.min(first - Math.floor(this.size / 4), this.model.rows.length - this.size));
      if (Math.abs(start - this.start) >= this.size / 8) this.start = start;
    });
  };

  /** Focus on a row near the window's edge moves the window, so the next Tab finds a row, not the end of the table. */
  private onFocus(event: FocusEvent) {
    if (!this.virtual) return;
    const row = (event.target as Element).closest?.("tr[aria-rowindex]");
    const index = Number(row?.getAttribute("aria-rowindex")) - 2;
    if (!(index >= 0)) return;
    if (index < this.start + 5 || index > this.start + this.size - 10) this.start = Math.max(0, Math.min(index - Math.floor(this.size / 2), this.model.rows.length - this.size));
  }

  /**
   * Where focus is in the table before a window moves: a row's elements are
   * re-used for whichever row comes to their place, so focus would be left on
   * another row. updated() puts it back on the same control of the same row.
   */
  private focusWas: {row: string; control: number} | null = null;

  protected willUpdate(changed: PropertyValues<this>) {
    // Other rows, other heights.
    if (changed.has("model")) this.measured.clear();
    const active = document.activeElement;
    const row = active?.closest("tr[data-observation]");
    this.focusWas = this.virtual && row && this.contains(row) ? {row: row.getAttribute("data-observation")!, control: [...row.querySelectorAll("a, button, input")].indexOf(active!)} : null;
  }

  protected updated() {
    if (!this.virtual) return;
    const was = this.focusWas;
    if (was && document.activeElement?.closest("tr[data-observation]")?.getAttribute("data-observation") !== was.row) {
      const row = [...this.querySelectorAll("tbody tr[data-observation]")].find((tr) => tr.getAttribute("data-observation") === was.row);
      row?.querySelectorAll<HTMLElement>("a, button, input")[was.control]?.focus();
    }
    // Measure the rows drawn, so the space of the others matches them (stacked cards are taller than table rows).
    const drawn = [...this.querySelectorAll<HTMLElement>("table.stack tbody tr[aria-rowindex]")];
    if (drawn.length === 0) return;
    const total = drawn.at(-1)!.getBoundingClientRect().bottom - drawn[0].getBoundingClientRect().top;
    if (total > 0) this.measured.set(Number(drawn[0].getAttribute("aria-rowindex")), {rows: drawn.length, height: total});
    const seen = [...this.measured.values()].reduce((a, b) => ({rows: a.rows + b.rows, height: a.height + b.height}), {rows: 0, height: 0});
    const height = seen.rows ? seen.height / seen.rows : 0;
    if (height > 0 && Math.abs(height - this.rowHeight) / this.rowHeight > 0.1) {
      this.rowHeight = height;
      this.requestUpdate();
      // The space above the window changes with it, so what is on screen may now be another part of the
      // table, with no scroll to say so: place the window again.
      this.onScroll();
    }
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
      <div class="figures-table stack-wrap" tabindex="0" role="region" aria-label=${m.dataView.heading} @focusin=${this.onFocus}>
        ${stackedTable(rows, COLUMNS.map((key) => this.column(key)), {
          rowObservation: (row) => row.observation_id,
          empty: m.dataView.empty,
          ...(this.virtual ? {window: {start: Math.min(this.start, Math.max(0, rows.length - this.size)), end: Math.min(this.start, Math.max(0, rows.length - this.size)) + this.size, rowHeight: this.rowHeight}} : {})
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
