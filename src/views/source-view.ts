/** The source view, loaded when first opened: drawn from its part. */
import {html} from "lit";
import "../components/bj-source-view.ts";
import {whenReady} from "../components/part-state.ts";
import {hrefFor} from "../model/url-state.ts";
import {fragmentId} from "../model/fragment.ts";
import type {ViewContext} from "./view-context.ts";

export function render({state, parts}: ViewContext) {
  const {lang} = state;
  const back = hrefFor(state, {view: "explainer", doc: null, indicator: null});
  // A link to a quote (`#q-<observation>`) singles it out. The fragment is not state (the router keeps the query):
  // read here, where only this view pays for it; a link to another fragment is a popstate, which draws the view again.
  const target = fragmentId(location.hash);
  const quote = target.startsWith("q-") ? target.slice(2) : "";
  return whenReady(parts.sources(lang), lang, () => parts.sources(lang, {retry: true}), ({docs}) =>
    html`<bj-source-view .docs=${docs} .current=${state.doc ?? ""} .lang=${lang} .backHref=${back} .quote=${quote}></bj-source-view>`
  );
}
