/** The data view, loaded when first opened: its rows from its part, filtered and sorted here; its snippets and its element. */
import {html} from "lit";
import {dataAddress} from "../app/data-address.ts";
import "../components/bj-data-view.ts";
import "../styles/data-view.css";
import {whenReady} from "../components/part-state.ts";
import {messagesFor} from "../i18n/messages.ts";
import {dataViewModel, type SourceTitle} from "../model/data-view-model.ts";
import {dataSnippets} from "../model/data-snippets.ts";
import {PAGE_FILES, type DataViewPart} from "../model/page-parts.ts";
import type {PlaceName} from "../model/place-names.ts";
import type {Observation} from "../schema/dataset.ts";
import type {ViewContext} from "./view-context.ts";

// The sources of each part, as the filter reads them, made once.
const sourcesOf = new WeakMap<DataViewPart, ReadonlyMap<string, SourceTitle>>();

function sources(part: DataViewPart): ReadonlyMap<string, SourceTitle> {
  let map = sourcesOf.get(part);
  if (!map) sourcesOf.set(part, (map = new Map(part.sources.map((s) => [s.id, s]))));
  return map;
}

// The places of each index, by id, made once.
const placesOf = new WeakMap<readonly PlaceName[], ReadonlyMap<string, PlaceName>>();

function places({index}: ViewContext): ReadonlyMap<string, PlaceName> {
  let map = placesOf.get(index.places);
  if (!map) placesOf.set(index.places, (map = new Map(index.places.map((p) => [p.id, p]))));
  return map;
}

function viewModel(context: ViewContext, part: DataViewPart) {
  const {state} = context;
  return dataViewModel(part.rows, state, {lang: state.lang, messages: messagesFor(state.lang), sources: sources(part), places: places(context)});
}

/** The rows the reader has selected (what "download the selection" writes), with what the README says of their sources. */
export function selection(context: ViewContext): {rows: Observation[]; sources: ReadonlyMap<string, SourceTitle>} | undefined {
  const part = context.parts.peek("dataView", PAGE_FILES.dataView(context.state.lang));
  return part && {rows: viewModel(context, part).rows, sources: sources(part)};
}

export function render(context: ViewContext) {
  const {state, parts, index} = context;
  const {lang} = state;
  const base = dataAddress(index.site);
  return whenReady(parts.dataView(lang), lang, () => parts.dataView(lang, {retry: true}), (part) =>
    html`<bj-data-view .model=${viewModel(context, part)} .state=${state} .lang=${lang} .citations=${part.citations} .snippets=${base ? dataSnippets({base}) : null} .snippetBase=${base ?? ""}></bj-data-view>`
  );
}
