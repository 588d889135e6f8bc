/** The data view, loaded when first opened: its model, its citations and its element. */
import {html} from "lit";
import type {Citation} from "../components/bj-cite-panel.ts";
import "../components/bj-data-view.ts";
import {citeDataset, citeSource} from "../formats/citation.ts";
import {dataRows, dataViewModel, type DataRow} from "../model/data-view-model.ts";
import type {PageModel} from "../model/page-model.ts";
import type {Observation} from "../schema/dataset.ts";
import type {ViewContext} from "./view-context.ts";

// The rows of each language, made once per dataset: every filter and sort reuses them (and the index made from them).
const rowsOf = new WeakMap<object, Partial<Record<string, DataRow[]>>>();

function rowsFor({data, lang}: PageModel): DataRow[] {
  let byLang = rowsOf.get(data.observations);
  if (!byLang) rowsOf.set(data.observations, (byLang = {}));
  return (byLang[lang] ??= dataRows(data.observations, data.sources, lang));
}

function model({state, model}: ViewContext) {
  const {data, lang, messages} = model;
  return dataViewModel(rowsFor(model), state, {lang, messages, sources: data.sources, table: data.table});
}

/** The rows the reader has selected: what "download the selection" writes. */
export function selection(context: ViewContext): Observation[] {
  return model(context).rows;
}

export function citations({data, lang, messages}: PageModel, url: string, version: string, date: string): Citation[] {
  const asCitation = (id: string, title: string, c: ReturnType<typeof citeSource>): Citation => ({id, title, text: c.text, bibtex: c.bibtex, csl: JSON.stringify(c.csl, null, 2)});
  return [
    asCitation("dataset", messages.cite.dataset, citeDataset({name: "beijing-education-14th-fyp", title: messages.title, version, date, url}, {lang})),
    ...[...data.sources.values()].map((s) => asCitation(s.id, lang === "zh" ? s.title_zh : s.title_en, citeSource(s, {lang})))
  ];
}

// One list of citations per page model: every filter and sort redraws the view, none changes them.
const citationsOf = new WeakMap<PageModel, Citation[]>();

export function render(context: ViewContext) {
  const {state} = context;
  let cites = citationsOf.get(context.model);
  if (!cites) citationsOf.set(context.model, (cites = citations(context.model, new URL(location.pathname, location.origin).toString(), __APP_VERSION__, __BUILD_DATE__)));
  return html`<bj-data-view .model=${model(context)} .state=${state} .lang=${state.lang} .citations=${cites}></bj-data-view>`;
}
