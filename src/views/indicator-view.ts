/** An indicator's page, loaded when a permalink is opened. */
import {html} from "lit";
import {dataAddress, dataLink} from "../app/data-address.ts";
import "../components/bj-indicator-detail.ts";
import {dataSnippets} from "../model/data-snippets.ts";
import {indicatorDetail} from "../model/indicator-detail.ts";
import {hrefFor} from "../model/url-state.ts";
import {NO_SITE} from "../schema/site.ts";
import type {ViewContext} from "./view-context.ts";

export function render({state, model}: ViewContext) {
  const summary = model.data.summaries.get(state.indicator!)!;
  const back = hrefFor(state, {view: "explainer", doc: null, indicator: null});
  const base = dataAddress(model.data.content.site ?? NO_SITE);
  const snippets = base ? dataSnippets({base, indicator: summary.indicator.id}) : null;
  const detail = indicatorDetail(summary, model.data, model);
  // The model names the files from the site's root; from this page (the English file is one folder down):
  const downloads = {csv: dataLink(detail.downloads.csv), metadata: dataLink(detail.downloads.metadata)};
  return html`<bj-indicator-detail .detail=${{...detail, downloads}} .snippets=${snippets} .snippetBase=${base ?? ""} .lang=${state.lang} .backHref=${back}></bj-indicator-detail>`;
}
