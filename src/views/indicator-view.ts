/** An indicator's page, loaded when a permalink is opened. */
import {html} from "lit";
import "../components/bj-indicator-detail.ts";
import {indicatorDetail} from "../model/indicator-detail.ts";
import {hrefFor} from "../model/url-state.ts";
import type {ViewContext} from "./view-context.ts";

export function render({state, model}: ViewContext) {
  const summary = model.data.summaries.get(state.indicator!)!;
  const back = hrefFor(state, {view: "explainer", doc: null, indicator: null});
  return html`<bj-indicator-detail .detail=${indicatorDetail(summary, model.data, model)} .lang=${state.lang} .backHref=${back}></bj-indicator-detail>`;
}
