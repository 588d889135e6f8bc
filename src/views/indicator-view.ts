/** An indicator's page, loaded when a permalink is opened. */
import {html} from "lit";
import {dataAddress} from "../app/data-address.ts";
import "../components/bj-indicator-detail.ts";
import {dataSnippets} from "../model/data-snippets.ts";
import {indicatorDetail} from "../model/indicator-detail.ts";
import {hrefFor} from "../model/url-state.ts";
import type {ViewContext} from "./view-context.ts";

export function render({state, model}: ViewContext) {
  const summary = model.data.summaries.get(state.indicator!)!;
  const back = hrefFor(state, {view: "explainer", doc: null, indicator: null});
  const base = dataAddress(model.data.content.explainer.project.homepage);
  const snippets = dataSnippets({base, indicator: summary.indicator.id});
  return html`<bj-indicator-detail .detail=${indicatorDetail(summary, model.data, model)} .snippets=${snippets} .snippetBase=${base} .lang=${state.lang} .backHref=${back}></bj-indicator-detail>`;
}
