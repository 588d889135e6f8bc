/** The data view, loaded when first opened: its model, its citations, its code snippets and its element. */
import {html} from "lit";
import {dataAddress} from "../app/data-address.ts";
import type {Citation} from "../components/bj-cite-panel.ts";
import "../components/bj-data-view.ts";
import {citeSource, type Citation as Cited} from "../formats/citation.ts";
import {datasetCitation} from "../formats/dataset-citation.ts";
import {dataRows, dataViewModel, type DataRow} from "../model/data-view-model.ts";
import {dataSnippets} from "../model/data-snippets.ts";
import type {PageModel} from "../model/page-model.ts";
import {NO_SITE, siteUrl} from "../schema/site.ts";
import type {Observation} from "../schema/dataset.ts";
import type {ViewContext} from "./view-context.ts";

// The rows of each language, made once per dataset: every filter and sort reuses them (and the index made from them).
const rowsOf = new WeakMap<object, Partial<Record<string, DataRow[]>>>();

function rowsFor({data, lang}: PageModel): DataRow[] {
  let byLang = rowsOf.get(data.observations);
  if (!byLang) rowsOf.set(data.observations, (byLang = {}));
  return (byLang[lang] ??= dataRows(data.observations, data.sources, lang));
}

function viewModel({state, model}: ViewContext) {
  const {data, lang, messages} = model;
  return dataViewModel(rowsFor(model), state, {lang, messages, sources: data.sources, table: data.table});
}

/** The rows the reader has selected: what "download the selection" writes. */
export function selection(context: ViewContext): Observation[] {
  return viewModel(context).rows;
}

/**
 * The dataset and each source, cited as the published metadata cites them:
 * the project as author and publisher, the version's release date and
 * archive; each source by its issuers, with the address of the cleaned text
 * this version publishes, read on the release date.
 */
export function citations({data, lang, messages}: PageModel): Citation[] {
  const {release, explainer, site = NO_SITE} = data.content;
  const project = explainer.project.name;
  const asCitation = (id: string, title: string, c: Cited): Citation => ({id, title, text: c.text, bibtex: c.bibtex, csl: JSON.stringify(c.csl, null, 2)});
  return [
    ...(release ? [asCitation("dataset", messages.cite.dataset, datasetCitation({release, site, project, lang}))] : []),
    ...[...data.sources.values()].map((s) => asCitation(s.id, lang === "zh" ? s.title_zh : s.title_en, citeSource(s, {lang, ...(site.url ? {url: siteUrl(site, `data/${s.text_path}`)!, accessed: release?.date} : {})})))
  ];
}

// One list of citations per page model: every filter and sort redraws the view, none changes them.
const citationsOf = new WeakMap<PageModel, Citation[]>();

export function render(context: ViewContext) {
  const {state, model} = context;
  let cites = citationsOf.get(model);
  if (!cites) citationsOf.set(model, (cites = citations(model)));
  const base = dataAddress(model.data.content.site ?? NO_SITE);
  return html`<bj-data-view .model=${viewModel(context)} .state=${state} .lang=${state.lang} .citations=${cites} .snippets=${base ? dataSnippets({base}) : null} .snippetBase=${base ?? ""}></bj-data-view>`;
}
