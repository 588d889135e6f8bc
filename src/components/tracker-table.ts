import {html, nothing, type TemplateResult} from "lit";
import {ifDefined} from "lit/directives/if-defined.js";
import type {Lang} from "../i18n/locale.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Messages} from "../i18n/messages.ts";
import type {TrackerModel, TrackerSortKey, TrackerState, TrackerView} from "../model/tracker-model.ts";
import type {TrackerCell, TrackerRow} from "../model/tracker-rows.ts";
import {trackerRowId} from "../model/summary-model.ts";
import {linkTo} from "../model/url-state.ts";
import {marked} from "./marked.ts";
import {statusIcon} from "./status-icon.ts";

/** What the reader can do, when the table is live: without these the template is a plain table (the static page, a server render). */
export interface TrackerHandlers {
  sort: (key: TrackerSortKey) => void;
  filter: (key: "area" | "status", value: string) => void;
  reset: () => void;
}

export interface TrackerTableOptions {
  lang: Lang;
  messages: Messages;
  state: TrackerState;
  handlers?: TrackerHandlers;
  /**
   * Without handlers, hold the controls' place, unseen (the static page under
   * the live one: nothing moves when the live table takes over; without
   * scripts the place is not held, tracker.css).
   */
  reserve?: boolean;
}

const COLUMNS = ["target", "area", "baseline", "latest", "goal", "status", "sentence"] as const;
type Column = (typeof COLUMNS)[number];
/** The columns a reader can sort by, and the sort each one is. */
const SORTS: Partial<Record<Column, TrackerSortKey>> = {target: "name", area: "area", status: "status"};

/** An empty cell, said as such to a screen reader. */
const none = (m: Messages) => html`<span class="val" aria-hidden="true">—</span><span class="visually-hidden">${m.chart.missing}</span>`;

/** A figure, then its year and a note on lines of their own, in one box (a stacked card lays out a label and one value). */
const figure = (c: TrackerCell | undefined, m: Messages, lang: Lang, note?: string) =>
  c ? html`<span class="val">${marked(c.text, lang)} <span class="yr">${interpolate(m.seriesYear.actual, {year: c.year})}</span>${note ? html` <span class="note">${marked(note, lang)}</span>` : nothing}</span>` : none(m);

function header(column: Column, columns: TrackerModel["columns"], {messages: m, state, handlers, reserve}: TrackerTableOptions) {
  const label = columns[column];
  const key = SORTS[column];
  const active = key !== undefined && state.sort.key === key;
  const sort = key === undefined ? undefined : active ? (state.sort.dir === "asc" ? "ascending" : "descending") : "none";
  const content = handlers && key
    ? html`<button type="button" class="sort" aria-label=${interpolate(m.tracker.sortBy, {column: label})} @click=${() => handlers.sort(key)}>${label}<span aria-hidden="true">${active ? (state.sort.dir === "asc" ? " ▲" : " ▼") : ""}</span></button>`
    : reserve && key
      ? html`<span class="sort">${label}<span aria-hidden="true">${active ? (state.sort.dir === "asc" ? " ▲" : " ▼") : ""}</span></span>`
      : label;
  return html`<th role="columnheader" scope="col" class="col-${column}${handlers && key ? " sortable" : ""}" aria-sort=${ifDefined(handlers ? sort : undefined)}>${content}</th>`;
}

function row(r: TrackerRow, c: TrackerModel["columns"], {messages: m, lang}: TrackerTableOptions) {
  return html`<tr role="row" id=${trackerRowId(r.id)} data-target=${r.id} data-status=${r.status} data-area=${r.area}>
    <th role="rowheader" scope="row" class="col-target"><a href=${linkTo(lang, {indicator: r.indicatorId})}>${marked(r.name, lang)}</a></th>
    <td role="cell" class="col-area" data-label=${c.area}>${marked(m.domains[r.area], lang)}</td>
    <td role="cell" class="col-baseline${r.baseline ? "" : " empty"}" data-label=${c.baseline}>${figure(r.baseline, m, lang)}</td>
    <td role="cell" class="col-latest${r.latest ? "" : " empty"}" data-label=${c.latest}>${figure(r.latest, m, lang, r.latest?.note)}</td>
    <td role="cell" class="col-goal" data-label=${c.goal}>${figure(r.target, m, lang)}</td>
    <td role="cell" class="col-status" data-label=${c.status}><span class="verdict status-${r.status}">${statusIcon(r.status)}<span>${m.status[r.status]}</span></span></td>
    <td role="cell" class="col-sentence" data-label=${c.sentence}>${marked(r.sentence, lang)}</td>
  </tr>`;
}

function controls(view: TrackerView, {messages: m, state, handlers}: TrackerTableOptions) {
  const t = m.tracker;
  const select = (key: "area" | "status", label: string) => html`<label class="tracker-filter">${label}
    <select name=${key} ?disabled=${!handlers} @change=${(e: Event) => handlers?.filter(key, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!state[key]}>${interpolate(t.option, {label: t.any, count: view.total})}</option>
      ${view.options[key].map((o) => html`<option value=${o.value} ?selected=${state[key] === o.value}>${interpolate(t.option, {label: o.label, count: o.count})}</option>`)}
    </select>
  </label>`;
  if (!handlers) return html`<div class="tracker-controls pre-reserve" aria-hidden="true">${select("area", t.area)}${select("status", t.status)}</div>`;
  return html`<div class="tracker-controls" role="group" aria-label=${t.filters}>
    ${select("area", t.area)}${select("status", t.status)}
    ${state.area || state.status ? html`<button type="button" class="tracker-reset" @click=${handlers.reset}>${t.reset}</button>` : nothing}
  </div>`;
}

/** What the table shows now, in words: for the live region that tells a screen reader what a sort or filter did. */
export function trackerStatusText(view: TrackerView, state: TrackerState, m: Messages): string {
  const column = m.tracker.sortNames[state.sort.key];
  return interpolate(m.tracker.shown, {shown: view.shown, total: view.total, column, direction: state.sort.dir === "asc" ? m.tracker.asc : m.tracker.desc});
}

/**
 * The tracker: every target in one table, a body per group, each row a target
 * with its figures, verdict (shape, colour and word) and sentence. A real
 * table (caption, scoped column and row headers) that reads without
 * JavaScript; with handlers, filters above it and sort buttons in its
 * headers, and a live region that says what changed. Pure: no DOM calls, so
 * the same template renders on a server and in the page.
 */
export function trackerTable(model: TrackerModel, view: TrackerView, options: TrackerTableOptions): TemplateResult {
  const {messages: m, lang, handlers, state, reserve = false} = options;
  const live = handlers !== undefined;
  return html`<section id="tracker" class="tracker" aria-labelledby="tracker-h">
    <h2 id="tracker-h">${model.heading}</h2>
    <p>${marked(model.intro, lang)}</p>
    ${live || reserve ? controls(view, options) : nothing}
    ${live ? html`<p class="tracker-count" role="status">${trackerStatusText(view, state, m)}</p>` : reserve ? html`<p class="tracker-count pre-reserve" aria-hidden="true">${trackerStatusText(view, state, m)}</p>` : nothing}
    <div class="tracker-wrap" role="region" tabindex="0" aria-labelledby="tracker-caption">
      ${!live && reserve ? html`<div class="tracker-sort-reserve pre-reserve" aria-hidden="true"></div>` : nothing}
      <table class="tracker-table" role="table">
        <caption id="tracker-caption">${model.caption}</caption>
        <thead role="rowgroup"><tr role="row" data-label=${m.tracker.sortRow}>${COLUMNS.map((c) => header(c, model.columns, options))}</tr></thead>
        ${view.groups.map((g) => html`<tbody role="rowgroup" class="group-${g.id}" ?hidden=${g.rows.length === 0}>
          <tr role="row" class="group"><th role="rowheader" scope="rowgroup" colspan=${COLUMNS.length} id="tracker-${g.id}">${marked(g.label, lang)}</th></tr>
          ${g.rows.map((r) => row(r, model.columns, options))}
        </tbody>`)}
        ${view.shown === 0 ? html`<tbody role="rowgroup"><tr role="row"><td role="cell" colspan=${COLUMNS.length}>${m.tracker.empty}</td></tr></tbody>` : nothing}
      </table>
    </div>
  </section>`;
}
