/** The source view, loaded when first opened: drawn from its part. */
import {html} from "lit";
import "../components/bj-source-view.ts";
import {whenReady} from "../components/part-state.ts";
import {hrefFor} from "../model/url-state.ts";
import type {ViewContext} from "./view-context.ts";

export function render({state, parts}: ViewContext) {
  const {lang} = state;
  const back = hrefFor(state, {view: "explainer", doc: null, indicator: null});
  return whenReady(parts.sources(lang), lang, () => parts.sources(lang, {retry: true}), ({docs}) =>
    html`<bj-source-view .docs=${docs} .current=${state.doc ?? ""} .lang=${lang} .backHref=${back}></bj-source-view>`
  );
}
