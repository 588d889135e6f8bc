import {html, LitElement, nothing} from "lit";
import type {DataViewModel} from "../model/data-view-model.ts";
import {interpolate} from "../model/narrative.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {linkTo, type Filters, type SortKey, type UrlState} from "../model/url-state.ts";
import {emit, type StateChange} from "../app/events.ts";
import "./bj-cite-panel.ts";
import type {Citation} from "./bj-cite-panel.ts";

export type {StateChange};

const COLUMNS: SortKey[] = ["indicator", "domain", "scope", "series", "year", "value", "source"];

/**
 * The researchers' table: filters with counts, search, a sortable table of
 * every observation with its quote, downloads and citations. It renders the
 * model and reports what the reader changes; the page owns the state.
 */
export class BjDataView extends LitElement {
  static properties = {model: {attribute: false}, state: {attribute: false}, lang: {}, citations: {attribute: false}};
  declare model: DataViewModel;
  declare state: UrlState;
  declare lang: Lang;
  declare citations: Citation[];

  protected createRenderRoot() {
    return this;
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

  private download(kind: "csv" | "json" | "zip") {
    emit(this, "download-data", kind);
  }

  render() {
    const m = messagesFor(this.lang);
    const {rows, total, facets} = this.model;
    const {filters, sort} = this.state;
    const back = linkTo(this.lang);
    const sourceHref = (doc: string, id: string) => linkTo(this.lang, {view: "source", doc, hash: `q-${id}`});
    const indicatorHref = (indicator: string) => linkTo(this.lang, {indicator});
    const anyFilter = Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : v !== ""));
    return html`<div class="page data-view">
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
        <button type="button" data-download="zip" @click=${() => this.download("zip")}>${m.downloads.datapackage}</button>
      </div>
      <div class="figures-table" tabindex="0" role="region" aria-label=${m.dataView.heading}>
        <table>
          <thead><tr>${COLUMNS.map((key) => {
            const active = sort.key === key;
            return html`<th scope="col" aria-sort=${active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}>
              <button type="button" class="sort" aria-label=${interpolate(m.dataView.sortBy, {column: m.dataView.columns[key]})} @click=${() => this.sortBy(key)}>${m.dataView.columns[key]}<span aria-hidden="true">${active ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}</span></button>
            </th>`;
          })}</tr></thead>
          <tbody>
            ${rows.length === 0 ? html`<tr><td colspan=${COLUMNS.length}>${m.dataView.empty}</td></tr>` : nothing}
            ${rows.map((row) => html`<tr data-observation=${row.observation_id}>
              <td><a href=${indicatorHref(row.indicator_id)}>${row.name}</a></td>
              <td>${m.domains[row.domain]}</td>
              <td>${m.scope[row.scope]}</td>
              <td>${m.seriesFilter[row.series]}</td>
              <td>${row.year}</td>
              <td><strong>${row.display}</strong></td>
              <td><span lang="zh-CN">“${row.quote}”</span><br /><span class="muted">${row.sourceTitle}</span> · <a href=${sourceHref(row.source_id, row.observation_id)}>${m.dataView.openSource}</a></td>
            </tr>`)}
          </tbody>
        </table>
      </div>
      <bj-cite-panel .citations=${this.citations} .lang=${this.lang}></bj-cite-panel>
    </div>`;
  }
}

customElements.define("bj-data-view", BjDataView);

declare global {
  interface HTMLElementTagNameMap {
    "bj-data-view": BjDataView;
  }
}
