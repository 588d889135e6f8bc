/** An indicator's page, loaded when a permalink is opened: drawn from its part. */
import {html} from "lit";
import {dataAddress} from "../app/data-address.ts";
import "../components/bj-indicator-detail.ts";
// Its chart keeps its space until drawn: the layout that says how much comes with the view (src/app/chart-drawing.ts).
import "../charts/chart-heights.ts";
import {whenReady} from "../components/part-state.ts";
import {dataSnippets} from "../model/data-snippets.ts";
import {hrefFor} from "../model/url-state.ts";
import type {ViewContext} from "./view-context.ts";

export function render({state, parts, index}: ViewContext) {
  const {lang} = state;
  const id = state.indicator!;
  const back = hrefFor(state, {view: "explainer", doc: null, indicator: null});
  const base = dataAddress(index.site);
  return whenReady(parts.indicator(lang, id), lang, () => parts.indicator(lang, id, {retry: true}), (detail) =>
    html`<bj-indicator-detail .detail=${detail} .snippets=${base ? dataSnippets({base, indicator: id}) : null} .snippetBase=${base ?? ""} .lang=${lang} .backHref=${back}></bj-indicator-detail>`
  );
}
