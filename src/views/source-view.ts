/** The source view, loaded when first opened. */
import {html} from "lit";
import "../components/bj-source-view.ts";
import {sourceDocs} from "../model/source-docs.ts";
import {hrefFor} from "../model/url-state.ts";
import type {ViewContext} from "./view-context.ts";

export function render({state, model}: ViewContext) {
  const back = hrefFor(state, {view: "explainer", doc: null, indicator: null});
  return html`<bj-source-view .docs=${sourceDocs(model)} .current=${state.doc ?? ""} .lang=${state.lang} .backHref=${back}></bj-source-view>`;
}
